#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct x509_st X509;

namespace certmend {

/// One X.509 certificate, parsed once, immutable and cheap to copy (shared data).
/// Holds everything the wizard shows plus the parsed OpenSSL object for signature checks.
class Certificate
{
public:
    Certificate() = default; ///< a null certificate

    /// Parses DER bytes. `origin` (a file name, "Root.sst#3") only goes into the error detail.
    static Result<Certificate> fromDer(const QByteArray& der, const QString& origin = {});
    /// Parses many DER blobs on `threads` threads (0 = all cores); results in input order.
    /// `origins` (same length as `ders`, or empty) name each blob in errors.
    static QList<Result<Certificate>> parseAll(const QList<QByteArray>& ders, const QStringList& origins = {},
                                               int threads = 0);

    bool isNull() const { return !d; }
    const QByteArray& der() const;

    /// Distinguished names as Windows shows them ("CN=Contoso Root, O=Contoso, C=US"): most specific first.
    QString subject() const;
    QString issuer() const;
    /// The CN, else the O, else the whole subject: what a list shows in one column.
    QString displayName() const;
    QString issuerDisplayName() const;
    /// DER encoding of the names, compared byte for byte by the self-signed test and chain building.
    const QByteArray& subjectDer() const;
    const QByteArray& issuerDer() const;
    /// Encoded subject equals encoded issuer (the name part of the self-signed test, DOMAIN.md §3).
    bool isSelfIssued() const;

    QString serialNumber() const;     ///< upper-case hex, no separators
    QString sha1Thumbprint() const;   ///< 40 upper-case hex digits: Windows' "Thumbprint"
    QString sha256Thumbprint() const; ///< 64 upper-case hex digits
    QDateTime notBefore() const;      ///< UTC
    QDateTime notAfter() const;       ///< UTC
    bool isTimeValid(const QDateTime& at) const;

    QString keyType() const;            ///< "RSA", "EC (P-256)", "Ed25519", …
    int keyBits() const;                ///< 0 when unknown
    QString signatureAlgorithm() const; ///< OpenSSL long name, e.g. "sha256WithRSAEncryption"

    int version() const;        ///< 1, 2 or 3
    bool hasExtensions() const; ///< any extension at all
    bool hasBasicConstraints() const;
    bool isCa() const;                    ///< basicConstraints cA=TRUE
    int pathLength() const;               ///< -1 when unlimited or absent
    QStringList keyUsage() const;         ///< e.g. {"Certificate Sign", "CRL Sign"}
    QStringList extendedKeyUsage() const; ///< names or dotted OIDs, e.g. {"Client Authentication"}
    bool hasKeyUsage() const;
    bool allowsCertSign() const;       ///< keyUsage absent, or keyCertSign present
    QByteArray subjectKeyId() const;   ///< empty when absent
    QByteArray authorityKeyId() const; ///< the keyIdentifier of the AKI; empty when absent

    /// The parsed object (owned by this certificate's shared data; valid while any copy lives).
    X509* native() const;

    /// Whether `issuerCandidate`'s public key verifies this certificate's signature.
    /// Unverifiable (unknown/disabled algorithm) is reported as an Error with code OpenSsl.
    Result<bool> isSignedBy(const Certificate& issuerCandidate) const;

    friend bool operator==(const Certificate& a, const Certificate& b) { return a.der() == b.der(); }

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace certmend

Q_DECLARE_METATYPE(certmend::Certificate)
