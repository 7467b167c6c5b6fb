#include "store/CertificateFileWriter.h"

#include "x509/OpenSslPtr.h"
#include "x509/SerializedStore.h"

#include <openssl/pkcs7.h>

namespace certmend {

namespace {

using Pkcs7Ptr = std::unique_ptr<PKCS7, OpenSslDeleter<PKCS7_free>>;

} // namespace

Result<QByteArray> CertificateFileWriter::encode(CertificateFormat format, const QList<ReadCertificate>& certificates)
{
    switch (format) {
    case CertificateFormat::Der:
        if (certificates.size() != 1)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("a DER file holds exactly one certificate, not %1").arg(certificates.size()));
        return certificates.first().certificate.der();
    case CertificateFormat::Pem:
        return toPem(certificates);
    case CertificateFormat::Pkcs7:
        return toPkcs7(certificates);
    case CertificateFormat::SerializedStore:
        return SerializedStore::write(certificates);
    case CertificateFormat::Unknown:
        break;
    }
    return makeError(ErrorCode::UnsupportedFormat, QStringLiteral("cannot write a file of unknown format"));
}

QByteArray CertificateFileWriter::toPem(const QList<ReadCertificate>& certificates)
{
    QByteArray out;
    for (const ReadCertificate& item : certificates) {
        const QByteArray base64 = item.certificate.der().toBase64();
        out += "-----BEGIN CERTIFICATE-----\n";
        for (qsizetype i = 0; i < base64.size(); i += 64)
            out += base64.mid(i, 64) + '\n';
        out += "-----END CERTIFICATE-----\n";
    }
    return out;
}

Result<QByteArray> CertificateFileWriter::toPkcs7(const QList<ReadCertificate>& certificates)
{
    Pkcs7Ptr p7(PKCS7_new());
    if (!p7 || !PKCS7_set_type(p7.get(), NID_pkcs7_signed) || !PKCS7_content_new(p7.get(), NID_pkcs7_data))
        return makeError(ErrorCode::OpenSsl,
                         QStringLiteral("cannot build a PKCS#7 structure: ") + drainOpenSslErrors());
    for (const ReadCertificate& item : certificates) {
        // PKCS7_add_certificate takes its own reference.
        if (!PKCS7_add_certificate(p7.get(), item.certificate.native()))
            return makeError(ErrorCode::OpenSsl,
                             QStringLiteral("cannot add a certificate to PKCS#7: ") + drainOpenSslErrors());
    }
    unsigned char* der = nullptr;
    const int length = i2d_PKCS7(p7.get(), &der);
    if (length <= 0)
        return makeError(ErrorCode::OpenSsl, QStringLiteral("cannot encode PKCS#7: ") + drainOpenSslErrors());
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace certmend
