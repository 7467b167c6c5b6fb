#include "store/SnapshotManifest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace certmend {

namespace {

const QLatin1String FormatName("certmend-snapshot");

} // namespace

Result<SnapshotManifest> SnapshotManifest::fromJson(const QByteArray& json, const QString& file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            ErrorCode::BadFormat,
            QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
            file);
    if (!document.isObject())
        return makeError(ErrorCode::BadFormat, QStringLiteral("not a JSON object"), file);
    const QJsonObject object = document.object();
    const QString format = object.value(QLatin1String("format")).toString();
    if (!format.isEmpty() && format != FormatName)
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("\"format\" is \"%1\", not \"%2\"").arg(format, FormatName), file);
    SnapshotManifest manifest;
    manifest.formatVersion = object.value(QLatin1String("formatVersion")).toInt(FormatVersion);
    if (manifest.formatVersion > FormatVersion)
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("formatVersion %1 is newer than this CertMend reads (%2)")
                             .arg(manifest.formatVersion)
                             .arg(FormatVersion),
                         file);
    const QString host = object.value(QLatin1String("hostName")).toString().trimmed();
    if (!host.isEmpty())
        manifest.hostName = host;
    manifest.windowsVersion = object.value(QLatin1String("windowsVersion")).toString();
    manifest.productName = object.value(QLatin1String("productName")).toString();
    manifest.description = object.value(QLatin1String("description")).toString();
    const QString captured = object.value(QLatin1String("capturedUtc")).toString();
    if (!captured.isEmpty()) {
        manifest.capturedUtc = QDateTime::fromString(captured, Qt::ISODate).toUTC();
        if (!manifest.capturedUtc.isValid())
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("\"capturedUtc\" is not an ISO 8601 time: \"%1\"").arg(captured), file);
    }
    return manifest;
}

QByteArray SnapshotManifest::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("format"), FormatName);
    object.insert(QLatin1String("formatVersion"), formatVersion);
    object.insert(QLatin1String("hostName"), hostName);
    object.insert(QLatin1String("windowsVersion"), windowsVersion);
    object.insert(QLatin1String("productName"), productName);
    if (capturedUtc.isValid())
        object.insert(QLatin1String("capturedUtc"), capturedUtc.toUTC().toString(Qt::ISODate));
    if (!description.isEmpty())
        object.insert(QLatin1String("description"), description);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace certmend
