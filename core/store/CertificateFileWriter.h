#pragma once

#include "util/Result.h"
#include "x509/CertificateReader.h"

#include <QByteArray>
#include <QList>

namespace certmend {

/// Encodes certificates back into the container format a snapshot file had, so that removing one certificate
/// from a PEM bundle, a .p7b or a .sst rewrites that file in its own format.
class CertificateFileWriter
{
public:
    /// DER needs exactly one certificate; PEM writes one block each; PKCS#7 a certs-only SignedData (DER);
    /// SerializedStore a .sst with friendly names.
    static Result<QByteArray> encode(CertificateFormat format, const QList<ReadCertificate>& certificates);
    /// "-----BEGIN CERTIFICATE-----" blocks, 64 columns, LF line ends.
    static QByteArray toPem(const QList<ReadCertificate>& certificates);
    /// A degenerate PKCS#7 SignedData holding only certificates (what Windows exports as .p7b).
    static Result<QByteArray> toPkcs7(const QList<ReadCertificate>& certificates);
};

} // namespace certmend
