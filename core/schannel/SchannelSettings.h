#pragma once

#include "schannel/WindowsVersion.h"

#include <QList>
#include <QString>

#include <optional>

namespace certmend {

class RegFile;

/// Schannel's client-authentication settings of one machine (DOMAIN.md §2): the raw registry values, what
/// Schannel makes of them, near-miss value names that do nothing, and plain-language explanations.
class SchannelSettings
{
public:
    /// ClientAuthTrustMode values.
    enum class TrustMode
    {
        MachineTrust = 0,       ///< issued by a certificate in the trusted issuers list (default)
        ExclusiveRootTrust = 1, ///< chains to a root in the trusted issuer store and issued by a listed issuer
        ExclusiveCaTrust = 2,   ///< chains to a CA or root in the trusted issuer store
    };

    /// One value as found under the SCHANNEL key.
    struct RawValue
    {
        bool present = false;         ///< a value of that name exists (any type; a deletion marker does not count)
        std::optional<quint32> dword; ///< set when it is a REG_DWORD
        QString foundName;            ///< the name as spelled in the file (case may differ)
        QString foundType;            ///< "REG_DWORD", "REG_SZ", …
        QString foundData;            ///< the data of a wrongly typed value as text, e.g. "1"

        /// Present, but not a REG_DWORD: Schannel cannot read it.
        bool isWrongType() const { return present && !dword; }
    };

    /// A value whose name looks like an attempt at one of the two settings but is not it (so it does nothing).
    struct Misspelling
    {
        QString nameFound; ///< as spelled in the file, e.g. "SendTrustedIssuers"
        QString meant;     ///< "SendTrustedIssuerList" or "ClientAuthTrustMode"
        QString data;      ///< the value's data as text, e.g. "1"
    };

    static constexpr const char* SendTrustedIssuerListName = "SendTrustedIssuerList";
    static constexpr const char* ClientAuthTrustModeName = "ClientAuthTrustMode";

    SchannelSettings() = default; ///< nothing known: every value absent, Windows version unknown

    /// Reads the SCHANNEL key of `reg` (null, or without that key: all values absent).
    static SchannelSettings fromRegistry(const RegFile* reg, const WindowsVersion& version);

    WindowsVersion windowsVersion() const { return m_version; }
    const RawValue& rawSendTrustedIssuerList() const { return m_sendTrustedIssuerList; }
    const RawValue& rawClientAuthTrustMode() const { return m_clientAuthTrustMode; }

    /// What Schannel does: the DWORD when readable (any non-zero means on), else the default for the version.
    bool sendTrustedIssuerList() const;
    /// The default when absent: off on NT 6.2 and later (and when the version is unknown), on before.
    bool sendTrustedIssuerListDefault() const { return !m_version.isServer2012OrLater(); }
    /// The value is absent or unreadable, so the default applies.
    bool sendTrustedIssuerListIsDefault() const { return !m_sendTrustedIssuerList.dword.has_value(); }

    /// What Schannel does: the DWORD when it is 0, 1 or 2, else MachineTrust.
    TrustMode trustMode() const;
    /// A DWORD other than 0, 1, 2 (CertMend assumes Schannel then falls back to machine trust).
    bool trustModeOutOfRange() const;

    /// Near-miss names found next to (or instead of) the real ones, with the name as found.
    QList<Misspelling> misspelledValues() const { return m_misspellings; }
    /// Whether `name` is a near miss of `meant` (exposed for the analysis and tests).
    static bool isNearMiss(const QString& name, const QString& meant);

    /// Short plain-language sentences for a helpdesk engineer (translated).
    QString explainSendTrustedIssuerList() const;
    QString explainTrustMode() const;
    /// "Machine Trust", "Exclusive Root Trust", "Exclusive CA Trust" (translated).
    static QString trustModeName(TrustMode mode);

private:
    WindowsVersion m_version;
    RawValue m_sendTrustedIssuerList;
    RawValue m_clientAuthTrustMode;
    QList<Misspelling> m_misspellings;
};

} // namespace certmend
