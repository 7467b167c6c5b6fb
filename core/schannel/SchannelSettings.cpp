#include "schannel/SchannelSettings.h"

#include "schannel/RegFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace certmend {

namespace {

const QString kSchannelKey = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\"
                                            "SecurityProviders\\SCHANNEL");

QString dataText(const RegValue& v)
{
    switch (v.type) {
    case RegValue::Type::Dword:
    case RegValue::Type::Qword:
        return QString::number(v.number);
    case RegValue::Type::String:
    case RegValue::Type::ExpandString:
    case RegValue::Type::MultiString:
        return v.text;
    case RegValue::Type::Binary:
        return QString::fromLatin1(v.bytes.toHex(','));
    case RegValue::Type::Deleted:
        return {};
    case RegValue::Type::Other:
        break;
    }
    return v.regType == RegValue::UnknownForm ? v.text : QString::fromLatin1(v.bytes.toHex(','));
}

SchannelSettings::RawValue readRaw(const RegKey& key, const QString& name)
{
    SchannelSettings::RawValue raw;
    const RegValue* v = key.value(name);
    if (!v || v->type == RegValue::Type::Deleted)
        return raw;
    raw.present = true;
    raw.foundName = v->name;
    raw.foundType = v->typeName();
    if (v->type == RegValue::Type::Dword)
        raw.dword = quint32(v->number);
    else
        raw.foundData = dataText(*v);
    return raw;
}

QString normalized(const QString& name)
{
    QString out;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

SchannelSettings SchannelSettings::fromRegistry(const RegFile* reg, const WindowsVersion& version)
{
    SchannelSettings s;
    s.m_version = version;
    const RegKey* key = reg ? reg->key(kSchannelKey) : nullptr;
    if (!key || key->deleted)
        return s;
    const QString send = QString::fromLatin1(SendTrustedIssuerListName);
    const QString mode = QString::fromLatin1(ClientAuthTrustModeName);
    s.m_sendTrustedIssuerList = readRaw(*key, send);
    s.m_clientAuthTrustMode = readRaw(*key, mode);
    for (const RegValue& v : key->values) {
        if (v.type == RegValue::Type::Deleted || v.isDefault())
            continue;
        for (const QString& meant : {send, mode}) {
            if (isNearMiss(v.name, meant)) {
                s.m_misspellings.append({v.name, meant, dataText(v)});
                break;
            }
        }
    }
    return s;
}

bool SchannelSettings::isNearMiss(const QString& name, const QString& meant)
{
    // Registry names compare case-insensitively: "SendTrustedIssuerlist" IS the value.
    if (name.compare(meant, Qt::CaseInsensitive) == 0)
        return false;
    // Genuine SCHANNEL values that would otherwise look close to one of the two names.
    static const QStringList genuine = {
        QStringLiteral("SendTrustedIssuerList"),  QStringLiteral("ClientAuthTrustMode"),
        QStringLiteral("IssuerCacheSize"),        QStringLiteral("IssuerCacheTime"),
        QStringLiteral("MessageLimitClientAuth"), QStringLiteral("CertificateMappingMethods"),
    };
    if (genuine.contains(name, Qt::CaseInsensitive))
        return false;
    const QString n = normalized(name);
    const QString m = normalized(meant);
    if (n.isEmpty())
        return false;
    // Spaces, underscores and small typos: "Send Trusted Issuer List", "SendTrustedIssuersList",
    // "ClientAuthTrustModes".
    if (n == m || editDistance(n, m) <= 3)
        return true;
    // Shortened or reworded forms seen in the field: "SendTrustedIssuers", "ClientAuthenticationTrustMode".
    if (m == QLatin1String("sendtrustedissuerlist"))
        return n.contains(QLatin1String("trustedissuer")) || n.contains(QLatin1String("trustissuer")) ||
               n.contains(QLatin1String("issuerlist"));
    if (m == QLatin1String("clientauthtrustmode"))
        return n.contains(QLatin1String("trustmode")) || n.contains(QLatin1String("authtrust"));
    return false;
}

bool SchannelSettings::sendTrustedIssuerList() const
{
    // Inference: Schannel reads the DWORD as a flag, so any non-zero value switches the list on.
    if (m_sendTrustedIssuerList.dword)
        return *m_sendTrustedIssuerList.dword != 0;
    return sendTrustedIssuerListDefault();
}

SchannelSettings::TrustMode SchannelSettings::trustMode() const
{
    // Inference (not documented): an out-of-range or unreadable mode behaves like the default, Machine Trust.
    if (m_clientAuthTrustMode.dword && *m_clientAuthTrustMode.dword <= 2)
        return static_cast<TrustMode>(*m_clientAuthTrustMode.dword);
    return TrustMode::MachineTrust;
}

bool SchannelSettings::trustModeOutOfRange() const
{
    return m_clientAuthTrustMode.dword && *m_clientAuthTrustMode.dword > 2;
}

QString SchannelSettings::trustModeName(TrustMode mode)
{
    switch (mode) {
    case TrustMode::MachineTrust:
        return QCoreApplication::translate("SchannelSettings", "Machine Trust");
    case TrustMode::ExclusiveRootTrust:
        return QCoreApplication::translate("SchannelSettings", "Exclusive Root Trust");
    case TrustMode::ExclusiveCaTrust:
        return QCoreApplication::translate("SchannelSettings", "Exclusive CA Trust");
    }
    return {};
}

QString SchannelSettings::explainSendTrustedIssuerList() const
{
    const RawValue& raw = m_sendTrustedIssuerList;
    QString text;
    if (raw.dword) {
        if (*raw.dword == 0)
            text = QCoreApplication::translate(
                "SchannelSettings", "The server does not send a list of trusted issuers (SendTrustedIssuerList = 0).");
        else if (*raw.dword == 1)
            text = QCoreApplication::translate(
                "SchannelSettings", "The server sends its list of trusted issuers (SendTrustedIssuerList = 1).");
        else
            text = QCoreApplication::translate(
                       "SchannelSettings",
                       "The server sends its list of trusted issuers (SendTrustedIssuerList = %1; CertMend assumes "
                       "that any value other than 0 means on).")
                       .arg(*raw.dword);
    } else {
        if (raw.isWrongType())
            text = QCoreApplication::translate(
                       "SchannelSettings",
                       "SendTrustedIssuerList is set as %1 \"%2\" instead of a number (REG_DWORD), so Windows cannot "
                       "read it and uses the default.")
                       .arg(raw.foundType, raw.foundData) +
                   QLatin1Char(' ');
        if (!m_version.isKnown())
            text += QCoreApplication::translate(
                "SchannelSettings",
                "The server does not send a list of trusted issuers (without a readable "
                "SendTrustedIssuerList, Windows Server 2012 and later use 0; the Windows version is unknown, "
                "so CertMend assumes such a version).");
        else if (m_version.isServer2012OrLater())
            text += QCoreApplication::translate(
                "SchannelSettings",
                "The server does not send a list of trusted issuers (SendTrustedIssuerList is absent; on "
                "Windows Server 2012 and later that means 0).");
        else
            text += QCoreApplication::translate(
                "SchannelSettings",
                "The server sends its list of trusted issuers (SendTrustedIssuerList is absent; before "
                "Windows Server 2012 that means 1).");
    }
    text += QLatin1Char(' ');
    if (sendTrustedIssuerList())
        text += QCoreApplication::translate(
            "SchannelSettings",
            "Browsers offer only client certificates issued by a CA in that list; when the list does not "
            "name the client's CA, the browser offers none and IIS answers 403.7.");
    else
        text += QCoreApplication::translate("SchannelSettings", "Browsers offer every client certificate they have.");
    for (const Misspelling& m : m_misspellings) {
        if (m.meant == QLatin1String(SendTrustedIssuerListName))
            text += QLatin1Char(' ') + QCoreApplication::translate(
                                           "SchannelSettings",
                                           "There is also a value named \"%1\": Windows does not read that name, so "
                                           "it has no effect.")
                                           .arg(m.nameFound);
    }
    return text;
}

QString SchannelSettings::explainTrustMode() const
{
    const RawValue& raw = m_clientAuthTrustMode;
    QString text;
    if (!raw.present)
        text = QCoreApplication::translate(
            "SchannelSettings",
            "Client certificates are checked with Machine Trust (ClientAuthTrustMode is absent, which means "
            "0).");
    else if (raw.isWrongType())
        text = QCoreApplication::translate(
                   "SchannelSettings",
                   "ClientAuthTrustMode is set as %1 \"%2\" instead of a number (REG_DWORD), so Windows cannot read "
                   "it and uses Machine Trust.")
                   .arg(raw.foundType, raw.foundData);
    else if (trustModeOutOfRange())
        text = QCoreApplication::translate(
                   "SchannelSettings",
                   "ClientAuthTrustMode = %1 is not a valid mode (only 0, 1 and 2 are); CertMend assumes Windows "
                   "falls back to Machine Trust.")
                   .arg(*raw.dword);
    else
        text = QCoreApplication::translate("SchannelSettings",
                                           "Client certificates are checked with %1 (ClientAuthTrustMode = %2).")
                   .arg(trustModeName(trustMode()))
                   .arg(*raw.dword);
    text += QLatin1Char(' ');
    switch (trustMode()) {
    case TrustMode::MachineTrust:
        text += QCoreApplication::translate(
            "SchannelSettings",
            "A client certificate is accepted when it is issued by a certificate in the trusted issuers "
            "list.");
        break;
    case TrustMode::ExclusiveRootTrust:
        text += QCoreApplication::translate(
            "SchannelSettings",
            "A client certificate must chain to a root in the binding's trusted issuer store and be issued "
            "by a certificate in the trusted issuers list.");
        break;
    case TrustMode::ExclusiveCaTrust:
        text += QCoreApplication::translate(
            "SchannelSettings",
            "A client certificate must chain to a CA or root certificate in the binding's trusted issuer "
            "store.");
        break;
    }
    for (const Misspelling& m : m_misspellings) {
        if (m.meant == QLatin1String(ClientAuthTrustModeName))
            text += QLatin1Char(' ') + QCoreApplication::translate(
                                           "SchannelSettings",
                                           "There is also a value named \"%1\": Windows does not read that name, so "
                                           "it has no effect.")
                                           .arg(m.nameFound);
    }
    return text;
}

} // namespace certmend
