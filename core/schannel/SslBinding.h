#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace certmend {

/// One HTTP.sys SSL binding as `netsh http show sslcert` prints it.
struct SslBinding
{
    /// Which kind of endpoint the block's first line names.
    enum class Kind
    {
        IpPort,       ///< "IP:port : 0.0.0.0:443"
        HostnamePort, ///< "Hostname:port : www.contoso.com:443" (SNI)
        CcsPort,      ///< "Central Certificate Store : 443"
        Other,        ///< another "…:port" first label of a newer Windows
    };

    QString endpoint; ///< the value of the first line: "0.0.0.0:443", "sts.contoso.com:443", "443"
    Kind kind = Kind::IpPort;
    QString certificateHash;      ///< as printed (lower-case hex); see thumbprint()
    QString applicationId;        ///< "{4dc3e181-…}"
    QString certificateStoreName; ///< "My", "WebHosting"; empty for (null)
    QString ctlIdentifier;        ///< empty for (null)
    QString ctlStoreName;         ///< the binding's trusted-issuer store (sslctlstorename); empty for (null)
    /// Enabled/Disabled lines; nullopt when the line is missing (cut-off output) or says something else.
    std::optional<bool> verifyClientRevocation;
    std::optional<bool> usageCheck;
    std::optional<bool> dsMapperUsage;
    std::optional<bool> negotiateClientCertificate;
    /// Labels CertMend does not interpret, in order, as printed: newer Windows adds many.
    QList<QPair<QString, QString>> fields;
    int line = 0;           ///< 1-based line of the block's first line in the text
    bool truncated = false; ///< the text ends inside this block (a paste cut off before its last lines)

    /// The certificate hash as Windows' thumbprint: upper-case hex without spaces.
    QString thumbprint() const;
    /// The value of an uninterpreted label (case-insensitive); empty when absent.
    QString field(const QString& label) const;
};

} // namespace certmend
