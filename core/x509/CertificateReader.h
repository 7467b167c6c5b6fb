#pragma once

#include "x509/Certificate.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace certmend {

/// The container formats CertMend reads certificates from.
enum class CertificateFormat
{
    Unknown,
    Der,
    Pem,
    Pkcs7,
    SerializedStore
};

/// One certificate read from a file, with the properties a serialized store carried for it.
struct ReadCertificate
{
    Certificate certificate;
    QString friendlyName; ///< from an .sst property element (CERT_FRIENDLY_NAME_PROP_ID), else empty
};

/// What a file gave: the certificates it holds, and what in it could not be read (a bad PEM block
/// among good ones is an issue, not a failure of the whole file).
struct ReadResult
{
    CertificateFormat format = CertificateFormat::Unknown;
    QList<ReadCertificate> certificates;
    QList<Error> issues;
};

/// Reads DER, PEM (any number of blocks), PKCS#7 (.p7b, DER or PEM) and Microsoft serialized stores (.sst).
/// The format is recognised from the bytes, not the extension.
class CertificateReader
{
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024; ///< larger files are refused, not read

    /// Reads a file. Fails (no certificates at all) with an Error naming the file and the reason.
    static Result<ReadResult> readFile(const QString& path);
    /// Reads bytes; `origin` names them in errors.
    static Result<ReadResult> readBytes(const QByteArray& bytes, const QString& origin);

    static CertificateFormat detectFormat(const QByteArray& bytes);
};

} // namespace certmend
