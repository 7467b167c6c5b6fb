#include "CertificateReader.h"

#include "x509/OpenSslPtr.h"
#include "x509/SerializedStore.h"

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/pkcs7.h>

#include <QFile>
#include <QFileInfo>

namespace certmend {

namespace {

using Pkcs7Ptr = std::unique_ptr<PKCS7, OpenSslDeleter<PKCS7_free>>;

const QByteArray BeginMarker = QByteArrayLiteral("-----BEGIN ");
const QByteArray Dashes = QByteArrayLiteral("-----");

Error withFile(Error error, const QString& file)
{
    error.file = file;
    return error;
}

// Length of the outermost DER element (header + content), or -1 if the header itself is unreadable.
qsizetype derElementLength(const QByteArray& bytes, bool* truncated = nullptr, int* innerTag = nullptr)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.constData());
    const unsigned char* p = begin;
    long length = 0;
    int tag = 0;
    int xclass = 0;
    const int flags = ASN1_get_object(&p, &length, &tag, &xclass, bytes.size());
    ERR_clear_error();
    if (flags & 0x80 && p == begin) // header unreadable
        return -1;
    if (truncated)
        *truncated = (flags & 0x80) != 0;
    if (innerTag) {
        *innerTag = -1;
        const long remaining = static_cast<long>(bytes.size() - (p - begin));
        const unsigned char* q = p;
        long innerLength = 0;
        int innerClass = 0;
        int tagFound = -1;
        if (remaining > 0) {
            const int innerFlags = ASN1_get_object(&q, &innerLength, &tagFound, &innerClass, remaining);
            if (!((innerFlags & 0x80) && q == p))
                *innerTag = tagFound;
        }
        ERR_clear_error();
    }
    return (p - begin) + length;
}

Result<ReadResult> readPkcs7(const QByteArray& der, const QString& origin)
{
    ERR_clear_error();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, der.size()));
    if (!p7) {
        bool truncated = false;
        derElementLength(der, &truncated);
        return makeError(truncated ? ErrorCode::Truncated : ErrorCode::BadFormat,
                         QStringLiteral("not a readable PKCS#7 structure (%1)").arg(drainOpenSslErrors()), origin);
    }
    STACK_OF(X509)* certs = nullptr;
    if (PKCS7_type_is_signed(p7.get()))
        certs = p7->d.sign->cert;
    else if (PKCS7_type_is_signedAndEnveloped(p7.get()))
        certs = p7->d.signed_and_enveloped->cert;
    else
        return makeError(ErrorCode::UnsupportedFormat, QStringLiteral("PKCS#7 content type without certificates"),
                         origin);
    ReadResult result;
    result.format = CertificateFormat::Pkcs7;
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        // i2d of a decoded certificate returns its original encoding, so thumbprints stay those of the file.
        unsigned char* encoded = nullptr;
        const int length = i2d_X509(sk_X509_value(certs, i), &encoded);
        if (length <= 0) {
            result.issues << makeError(ErrorCode::OpenSsl,
                                       QStringLiteral("certificate %1: %2").arg(i).arg(drainOpenSslErrors()), origin);
            continue;
        }
        auto certificate = Certificate::fromDer(QByteArray(reinterpret_cast<const char*>(encoded), length),
                                                QStringLiteral("%1#%2").arg(origin).arg(i));
        OPENSSL_free(encoded);
        if (certificate)
            result.certificates << ReadCertificate{certificate.value(), {}};
        else
            result.issues << withFile(certificate.error(), origin);
    }
    if (result.certificates.isEmpty())
        return result.issues.isEmpty()
                   ? makeError(ErrorCode::BadFormat, QStringLiteral("PKCS#7 holds no certificates"), origin)
                   : result.issues.first();
    return result;
}

void readPemBlock(const QByteArray& label, const QByteArray& der, const QString& where, ReadResult& result)
{
    if (label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE") {
        QByteArray certificateDer = der;
        if (label == "TRUSTED CERTIFICATE") {
            // OpenSSL's trusted form: the certificate followed by its trust settings (X509_CERT_AUX).
            const qsizetype length = derElementLength(der);
            if (length > 0 && length < der.size())
                certificateDer = der.left(length);
        }
        auto certificate = Certificate::fromDer(certificateDer, where);
        if (certificate)
            result.certificates << ReadCertificate{certificate.value(), {}};
        else
            result.issues << certificate.error();
    } else if (label == "PKCS7" || label == "CERTIFICATE CHAIN") {
        auto p7 = readPkcs7(der, where);
        if (p7) {
            result.certificates << p7->certificates;
            result.issues << p7->issues;
        } else {
            result.issues << p7.error();
        }
    }
    // Keys, CRLs and requests share PEM files with certificates; they are not an error.
}

Result<ReadResult> readPem(const QByteArray& bytes, const QString& origin)
{
    ReadResult result;
    result.format = CertificateFormat::Pem;
    QList<QByteArray> otherLabels;
    qsizetype pos = 0;
    int line = 1;
    qsizetype lineCountedTo = 0;
    auto lineAt = [&](qsizetype offset) {
        line += static_cast<int>(QByteArrayView(bytes).sliced(lineCountedTo, offset - lineCountedTo).count('\n'));
        lineCountedTo = offset;
        return line;
    };
    for (qsizetype begin = bytes.indexOf(BeginMarker, pos); begin >= 0; begin = bytes.indexOf(BeginMarker, pos)) {
        const QString where = QStringLiteral("%1 line %2").arg(origin).arg(lineAt(begin));
        const qsizetype labelStart = begin + BeginMarker.size();
        const qsizetype labelEnd = bytes.indexOf(Dashes, labelStart);
        const qsizetype nextBegin = bytes.indexOf(BeginMarker, labelStart);
        if (labelEnd < 0 || (nextBegin >= 0 && labelEnd > nextBegin)) {
            result.issues << makeError(ErrorCode::Truncated, where + QStringLiteral(": PEM header line is cut off"),
                                       origin);
            pos = nextBegin >= 0 ? nextBegin : bytes.size();
            continue;
        }
        const QByteArray label = bytes.mid(labelStart, labelEnd - labelStart);
        const QByteArray endMarker = "-----END " + label + Dashes;
        const qsizetype bodyStart = labelEnd + Dashes.size();
        const qsizetype end = bytes.indexOf(endMarker, bodyStart);
        if (end < 0 || (nextBegin >= 0 && end > nextBegin)) {
            result.issues << makeError(
                ErrorCode::Truncated,
                where + QStringLiteral(": PEM block %1 has no END line").arg(QString::fromLatin1(label)), origin);
            pos = nextBegin >= 0 ? nextBegin : bytes.size();
            continue;
        }
        pos = end + endMarker.size();
        QByteArray body;
        for (const QByteArray& bodyLine : bytes.mid(bodyStart, end - bodyStart).split('\n')) {
            if (!bodyLine.contains(':')) // RFC 1421 headers ("Proc-Type: ...") precede the base64
                body += bodyLine.simplified().replace(' ', QByteArray());
        }
        auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            result.issues << makeError(
                ErrorCode::BadFormat,
                where + QStringLiteral(": PEM block %1 is not valid base64").arg(QString::fromLatin1(label)), origin);
            continue;
        }
        const qsizetype before = result.certificates.size() + result.issues.size();
        readPemBlock(label, decoded.decoded, where, result);
        if (result.certificates.size() + result.issues.size() == before)
            otherLabels << label;
    }
    for (Error& issue : result.issues)
        issue.file = origin;
    if (!result.certificates.isEmpty())
        return result;
    if (!result.issues.isEmpty())
        return result.issues.first();
    return makeError(ErrorCode::BadFormat,
                     otherLabels.isEmpty() ? QStringLiteral("no PEM block found")
                                           : QStringLiteral("no certificate among the PEM blocks (%1)")
                                                 .arg(QString::fromLatin1(otherLabels.join(", "))),
                     origin);
}

Result<ReadResult> readDer(const QByteArray& bytes, const QString& origin)
{
    int innerTag = -1;
    derElementLength(bytes, nullptr, &innerTag);
    // A certificate starts SEQUENCE { SEQUENCE tbs ...}, a ContentInfo SEQUENCE { OBJECT IDENTIFIER ...}.
    if (innerTag == V_ASN1_OBJECT)
        return readPkcs7(bytes, origin);
    auto certificate = Certificate::fromDer(bytes, origin);
    if (certificate) {
        ReadResult result;
        result.format = CertificateFormat::Der;
        result.certificates << ReadCertificate{certificate.value(), {}};
        return result;
    }
    auto p7 = readPkcs7(bytes, origin);
    if (p7)
        return p7;
    return withFile(certificate.error(), origin);
}

} // namespace

CertificateFormat CertificateReader::detectFormat(const QByteArray& bytes)
{
    if (SerializedStore::hasHeader(bytes))
        return CertificateFormat::SerializedStore;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    const QByteArrayView trimmed = view.trimmed();
    if (trimmed.startsWith(BeginMarker))
        return CertificateFormat::Pem;
    if (!bytes.isEmpty() && static_cast<quint8>(bytes.at(0)) == 0x30) {
        int innerTag = -1;
        derElementLength(bytes, nullptr, &innerTag);
        return innerTag == V_ASN1_OBJECT ? CertificateFormat::Pkcs7 : CertificateFormat::Der;
    }
    // Text before the first block ("Bag Attributes", `openssl x509 -text` output) is common in PEM files.
    if (bytes.contains(BeginMarker) && !bytes.left(4096).contains('\0'))
        return CertificateFormat::Pem;
    return CertificateFormat::Unknown;
}

Result<ReadResult> CertificateReader::readBytes(const QByteArray& bytes, const QString& origin)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::EmptyFile, QStringLiteral("the file is empty"), origin);
    switch (detectFormat(bytes)) {
    case CertificateFormat::SerializedStore:
        return SerializedStore::read(bytes, origin);
    case CertificateFormat::Pem:
        return readPem(bytes, origin);
    case CertificateFormat::Der:
    case CertificateFormat::Pkcs7:
        return readDer(bytes, origin);
    case CertificateFormat::Unknown:
        break;
    }
    if (QByteArray::fromRawData("\0\0\0\0CERT", 8).startsWith(bytes))
        return makeError(ErrorCode::Truncated,
                         QStringLiteral("serialized store ends inside its header (%1 bytes)").arg(bytes.size()),
                         origin);
    return makeError(ErrorCode::BadFormat,
                     QStringLiteral("not DER, PEM, PKCS#7 or a serialized store (starts with %1)")
                         .arg(QString::fromLatin1(bytes.left(8).toHex(' '))),
                     origin);
}

Result<ReadResult> CertificateReader::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return makeError(ErrorCode::FileNotFound, QStringLiteral("no such file"), path);
    if (!info.exists())
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("broken link to %1").arg(info.symLinkTarget()),
                         path);
    if (!info.isFile())
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("not a regular file"), path);
    // The size is checked before reading so that a huge file is never loaded.
    if (info.size() > MaxFileSize)
        return makeError(
            ErrorCode::FileTooLarge,
            QStringLiteral("%1 bytes; certificate files over %2 bytes are not read").arg(info.size()).arg(MaxFileSize),
            path);
    if (info.size() == 0)
        return makeError(ErrorCode::EmptyFile, QStringLiteral("the file is empty"), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), path);
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::FileUnreadable, file.errorString(), path);
    if (bytes.size() > MaxFileSize)
        return makeError(ErrorCode::FileTooLarge, QStringLiteral("grew past %1 bytes while read").arg(MaxFileSize),
                         path);
    auto result = readBytes(bytes, path);
    if (!result)
        return withFile(result.error(), path);
    for (Error& issue : result.value().issues)
        issue.file = path;
    return result;
}

} // namespace certmend
