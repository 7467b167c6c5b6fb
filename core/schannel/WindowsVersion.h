#pragma once

#include <QString>

namespace certmend {

/// The Windows NT version of the machine a snapshot comes from ("10.0.17763", "6.1.7601"); may be unknown.
class WindowsVersion
{
public:
    WindowsVersion() = default; ///< unknown

    /// Reads "major.minor[.build[.revision]]", also inside text such as "Microsoft Windows [Version 10.0.17763.1]".
    /// Anything without such a number gives an unknown version.
    static WindowsVersion parse(const QString& text);

    bool isKnown() const { return m_major >= 0; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int build() const { return m_build; } ///< -1 when not given

    /// NT 6.2 or later (Windows Server 2012 / Windows 8 onwards), where Schannel's trusted-issuer defaults changed.
    /// An unknown version counts as modern: every supported Windows Server is; explanations say it was assumed.
    bool isServer2012OrLater() const;

    /// "10.0.17763", or "" when unknown.
    QString toString() const;

    friend bool operator==(const WindowsVersion&, const WindowsVersion&) = default;

private:
    int m_major = -1;
    int m_minor = -1;
    int m_build = -1;
};

} // namespace certmend
