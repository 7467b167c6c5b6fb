#include "SerializedStore.h"

#include <QtEndian>

namespace certmend {

namespace {

constexpr char Header[] = {0, 0, 0, 0, 'C', 'E', 'R', 'T'};
constexpr qsizetype HeaderSize = 8;
constexpr qsizetype ElementHeaderSize = 12;
constexpr quint32 X509AsnEncoding = 1;

quint32 u32At(const QByteArray& bytes, qsizetype offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

void appendU32(QByteArray& out, quint32 value)
{
    char buffer[4];
    qToLittleEndian(value, buffer);
    out.append(buffer, 4);
}

void appendElement(QByteArray& out, quint32 propId, const QByteArray& payload)
{
    appendU32(out, propId);
    appendU32(out, X509AsnEncoding);
    appendU32(out, static_cast<quint32>(payload.size()));
    out.append(payload);
}

// CERT_FRIENDLY_NAME_PROP_ID: UTF-16LE, normally NUL-terminated; decoded byte by byte (alignment unknown).
QString utf16leString(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const char16_t unit =
            static_cast<char16_t>(static_cast<quint8>(bytes.at(i)) | (static_cast<quint8>(bytes.at(i + 1)) << 8));
        if (unit == 0)
            break;
        text.append(QChar(unit));
    }
    return text;
}

QByteArray utf16leBytes(const QString& text)
{
    QByteArray bytes;
    bytes.reserve((text.size() + 1) * 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    bytes.append(2, '\0');
    return bytes;
}

QString hex(quint32 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper();
}

Result<ReadResult> parseElements(const QByteArray& bytes, qsizetype start, const QString& origin, bool expectEnd)
{
    ReadResult result;
    result.format = CertificateFormat::SerializedStore;
    QString pendingFriendlyName;
    qsizetype offset = start;
    int element = 0;
    bool ended = false;
    while (offset < bytes.size()) {
        const qsizetype left = bytes.size() - offset;
        if (left < ElementHeaderSize) {
            result.issues << makeError(ErrorCode::Truncated,
                                       QStringLiteral("element %1 at offset %2: only %3 of its 12 header bytes")
                                           .arg(element)
                                           .arg(offset)
                                           .arg(left),
                                       origin);
            break;
        }
        const quint32 propId = u32At(bytes, offset);
        const quint32 encoding = u32At(bytes, offset + 4);
        const quint32 length = u32At(bytes, offset + 8);
        if (propId == 0 && encoding == 0 && length == 0) {
            ended = true;
            break;
        }
        if (static_cast<quint64>(length) > static_cast<quint64>(left - ElementHeaderSize)) {
            result.issues << makeError(ErrorCode::Truncated,
                                       QStringLiteral("element %1 at offset %2 (property %3) claims %4 bytes, only %5 "
                                                      "remain")
                                           .arg(element)
                                           .arg(offset)
                                           .arg(hex(propId))
                                           .arg(length)
                                           .arg(left - ElementHeaderSize),
                                       origin);
            break;
        }
        const QByteArray payload = bytes.mid(offset + ElementHeaderSize, length);
        if (propId == SerializedStore::CertificatePropId) {
            auto certificate =
                Certificate::fromDer(payload, QStringLiteral("%1#%2@%3").arg(origin).arg(element).arg(offset));
            if (certificate) {
                result.certificates << ReadCertificate{certificate.value(), pendingFriendlyName};
            } else {
                Error error = certificate.error();
                error.file = origin;
                result.issues << error;
            }
            pendingFriendlyName.clear();
        } else if (propId == SerializedStore::CrlPropId || propId == SerializedStore::CtlPropId) {
            pendingFriendlyName.clear(); // the properties belonged to the CRL/CTL, which CertMend skips
        } else if (propId == SerializedStore::FriendlyNamePropId) {
            pendingFriendlyName = utf16leString(payload);
        }
        offset += ElementHeaderSize + length;
        ++element;
    }
    if (expectEnd && !ended && result.issues.isEmpty())
        result.issues << makeError(
            ErrorCode::Truncated,
            QStringLiteral("no end marker after %1 elements (offset %2)").arg(element).arg(offset), origin);
    if (result.certificates.isEmpty() && !result.issues.isEmpty())
        return result.issues.first();
    return result;
}

} // namespace

bool SerializedStore::hasHeader(const QByteArray& bytes)
{
    return bytes.size() >= HeaderSize && bytes.startsWith(QByteArray::fromRawData(Header, HeaderSize));
}

Result<ReadResult> SerializedStore::read(const QByteArray& bytes, const QString& origin)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::EmptyFile, QStringLiteral("empty serialized store"), origin);
    if (!hasHeader(bytes)) {
        const bool prefix = QByteArray::fromRawData(Header, HeaderSize).startsWith(bytes);
        return makeError(prefix ? ErrorCode::Truncated : ErrorCode::BadFormat,
                         prefix ? QStringLiteral("serialized store ends inside its header (%1 bytes)").arg(bytes.size())
                                : QStringLiteral("no serialized store header (00000000 43455254)"),
                         origin);
    }
    return parseElements(bytes, HeaderSize, origin, true);
}

Result<ReadResult> SerializedStore::readElements(const QByteArray& bytes, const QString& origin)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::EmptyFile, QStringLiteral("empty element list"), origin);
    // A registry Blob has no end marker: ending exactly after an element is normal there.
    return parseElements(bytes, 0, origin, false);
}

QByteArray SerializedStore::write(const QList<ReadCertificate>& certificates)
{
    QByteArray out(Header, HeaderSize);
    for (const ReadCertificate& entry : certificates) {
        if (entry.certificate.isNull())
            continue;
        if (!entry.friendlyName.isEmpty())
            appendElement(out, FriendlyNamePropId, utf16leBytes(entry.friendlyName));
        appendElement(out, CertificatePropId, entry.certificate.der());
    }
    out.append(ElementHeaderSize, '\0');
    return out;
}

} // namespace certmend
