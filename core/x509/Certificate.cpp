#include "Certificate.h"

#include "CertificateFields.h"
#include "OpenSslPtr.h"
#include "ParallelFor.h"
#include "ThreadLibraryContext.h"

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

#include <vector>

namespace certmend {

struct Certificate::Data : detail::CertificateFields
{
    QByteArray der;
    X509Ptr x509;
};

namespace {

const QByteArray& emptyBytes()
{
    static const QByteArray empty;
    return empty;
}

Error parseError(ErrorCode code, const QString& what, const QString& origin)
{
    const QString openssl = drainOpenSslErrors();
    QString detail = origin.isEmpty() ? what : origin + QStringLiteral(": ") + what;
    if (!openssl.isEmpty())
        detail += QStringLiteral(" (OpenSSL: ") + openssl + QLatin1Char(')');
    return makeError(code, detail);
}

} // namespace

Result<Certificate> Certificate::fromDer(const QByteArray& der, const QString& origin)
{
    if (der.isEmpty())
        return makeError(ErrorCode::EmptyFile, origin.isEmpty() ? QStringLiteral("no certificate bytes")
                                                                : origin + QStringLiteral(": no certificate bytes"));
    ERR_clear_error();
    auto data = std::make_shared<Data>();
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = begin;
    // Parse into an object of this thread's own library context (see ThreadLibraryContext.h for why).
    X509* target = nullptr;
    if (OSSL_LIB_CTX* context = threadLibraryContext())
        target = X509_new_ex(context, nullptr);
    X509* parsed = d2i_X509(target ? &target : nullptr, &p, der.size());
    if (!parsed)
        X509_free(target); // on failure d2i either freed it and set it to null, or left it to us
    data->x509.reset(parsed);
    if (!data->x509) {
        // Truncated when the outer SEQUENCE claims more bytes than there are.
        const unsigned char* header = begin;
        long length = 0;
        int tag = 0;
        int xclass = 0;
        const bool truncated = der.at(0) == 0x30 &&
                               (ASN1_get_object(&header, &length, &tag, &xclass, der.size()) & 0x80) && header != begin;
        return parseError(truncated ? ErrorCode::Truncated : ErrorCode::BadFormat,
                          truncated ? QStringLiteral("certificate DER ends early (%1 bytes)").arg(der.size())
                                    : QStringLiteral("not a DER X.509 certificate"),
                          origin);
    }
    if (p != begin + der.size())
        return parseError(ErrorCode::BadFormat,
                          QStringLiteral("trailing data: %1 bytes after the certificate's %2")
                              .arg(der.size() - (p - begin))
                              .arg(p - begin),
                          origin);
    X509* x = data->x509.get();
    Data& d = *data;
    d.der = der;
    if (auto fields = detail::readCertificateFields(x, d); !fields)
        return parseError(fields.error().code, fields.error().detail, origin);
    ERR_clear_error();
    Certificate certificate;
    certificate.d = std::move(data);
    return certificate;
}
QList<Result<Certificate>> Certificate::parseAll(const QList<QByteArray>& ders, const QStringList& origins, int threads)
{
    std::vector<std::optional<Result<Certificate>>> parsed(ders.size());
    parallelFor(static_cast<int>(ders.size()), threads,
                [&](int i) { parsed[i].emplace(fromDer(ders.at(i), i < origins.size() ? origins.at(i) : QString())); });
    QList<Result<Certificate>> results;
    results.reserve(ders.size());
    for (auto& result : parsed)
        results.append(std::move(*result));
    return results;
}

const QByteArray& Certificate::der() const
{
    return d ? d->der : emptyBytes();
}
QString Certificate::subject() const
{
    return d ? d->subject : QString();
}
QString Certificate::issuer() const
{
    return d ? d->issuer : QString();
}
QString Certificate::displayName() const
{
    return d ? d->displayName : QString();
}
QString Certificate::issuerDisplayName() const
{
    return d ? d->issuerDisplayName : QString();
}
const QByteArray& Certificate::subjectDer() const
{
    return d ? d->subjectDer : emptyBytes();
}
const QByteArray& Certificate::issuerDer() const
{
    return d ? d->issuerDer : emptyBytes();
}
bool Certificate::isSelfIssued() const
{
    return d && d->subjectDer == d->issuerDer;
}
QString Certificate::serialNumber() const
{
    return d ? d->serialNumber : QString();
}
QString Certificate::sha1Thumbprint() const
{
    return d ? d->sha1 : QString();
}
QString Certificate::sha256Thumbprint() const
{
    return d ? d->sha256 : QString();
}
QDateTime Certificate::notBefore() const
{
    return d ? d->notBefore : QDateTime();
}
QDateTime Certificate::notAfter() const
{
    return d ? d->notAfter : QDateTime();
}
bool Certificate::isTimeValid(const QDateTime& at) const
{
    return d && at >= d->notBefore && at <= d->notAfter;
}
QString Certificate::keyType() const
{
    return d ? d->keyType : QString();
}
int Certificate::keyBits() const
{
    return d ? d->keyBits : 0;
}
QString Certificate::signatureAlgorithm() const
{
    return d ? d->signatureAlgorithm : QString();
}
int Certificate::version() const
{
    return d ? d->version : 0;
}
bool Certificate::hasExtensions() const
{
    return d && d->hasExtensions;
}
bool Certificate::hasBasicConstraints() const
{
    return d && d->hasBasicConstraints;
}
bool Certificate::isCa() const
{
    return d && d->isCa;
}
int Certificate::pathLength() const
{
    return d ? d->pathLength : -1;
}
QStringList Certificate::keyUsage() const
{
    return d ? d->keyUsage : QStringList();
}
QStringList Certificate::extendedKeyUsage() const
{
    return d ? d->extendedKeyUsage : QStringList();
}
bool Certificate::hasKeyUsage() const
{
    return d && d->hasKeyUsage;
}
bool Certificate::allowsCertSign() const
{
    return d && (!d->hasKeyUsage || (d->keyUsageBits & KU_KEY_CERT_SIGN));
}
QByteArray Certificate::subjectKeyId() const
{
    return d ? d->subjectKeyId : QByteArray();
}
QByteArray Certificate::authorityKeyId() const
{
    return d ? d->authorityKeyId : QByteArray();
}
X509* Certificate::native() const
{
    return d ? d->x509.get() : nullptr;
}

Result<bool> Certificate::isSignedBy(const Certificate& issuerCandidate) const
{
    if (!d || !issuerCandidate.d)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("null certificate"));
    EVP_PKEY* key = X509_get0_pubkey(issuerCandidate.d->x509.get());
    if (!key) {
        return makeError(ErrorCode::OpenSsl,
                         QStringLiteral("%1: public key of %2 (%3) cannot be used here: %4")
                             .arg(d->sha1, issuerCandidate.d->sha1, issuerCandidate.d->keyType, drainOpenSslErrors()));
    }
    const int verified = X509_verify(d->x509.get(), key);
    if (verified == 1)
        return true;
    bool wrongKeyType = false;
    QString openssl;
    while (const unsigned long e = ERR_get_error()) {
        wrongKeyType |= ERR_GET_LIB(e) == ERR_LIB_ASN1 && ERR_GET_REASON(e) == ASN1_R_WRONG_PUBLIC_KEY_TYPE;
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        openssl += (openssl.isEmpty() ? QString() : QStringLiteral("; ")) + QString::fromUtf8(buffer);
    }
    const QString unsupported = detail::unsupportedAlgorithmReason(d->x509.get());
    ERR_clear_error();
    if (!unsupported.isEmpty())
        return makeError(ErrorCode::OpenSsl, QStringLiteral("%1: %2").arg(d->sha1, unsupported));
    // An RSA signature checked against an EC key (same CA name, other key type) simply is not "signed by".
    if (verified == 0 || wrongKeyType)
        return false;
    return makeError(ErrorCode::OpenSsl,
                     QStringLiteral("%1: signature could not be checked: %2").arg(d->sha1, openssl));
}

} // namespace certmend
