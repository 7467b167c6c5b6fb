#include "schannel/WindowsVersion.h"

#include <QRegularExpression>

namespace certmend {

WindowsVersion WindowsVersion::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})(?:\\.(\\d{1,6}))?"));
    const auto m = re.match(text);
    WindowsVersion v;
    if (!m.hasMatch())
        return v;
    v.m_major = m.captured(1).toInt();
    v.m_minor = m.captured(2).toInt();
    v.m_build = m.captured(3).isEmpty() ? -1 : m.captured(3).toInt();
    return v;
}

bool WindowsVersion::isServer2012OrLater() const
{
    if (!isKnown())
        return true;
    return m_major > 6 || (m_major == 6 && m_minor >= 2);
}

QString WindowsVersion::toString() const
{
    if (!isKnown())
        return {};
    QString s = QStringLiteral("%1.%2").arg(m_major).arg(m_minor);
    if (m_build >= 0)
        s += QStringLiteral(".%1").arg(m_build);
    return s;
}

} // namespace certmend
