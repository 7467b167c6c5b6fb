#include "remedy/BackupManifest.h"

#include "remedy/VerifiedFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace certmend {

namespace {

const QString kFormat = QStringLiteral("certmend-backup");

QJsonObject withoutDigest(const BackupManifest& m)
{
    QJsonArray files;
    for (const BackupManifest::File& f : m.files) {
        files.append(QJsonObject{
            {QStringLiteral("path"), f.path}, {QStringLiteral("sha256"), f.sha256}, {QStringLiteral("size"), f.size}});
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("formatVersion"), BackupManifest::FormatVersion},
                       {QStringLiteral("hostName"), m.hostName},
                       {QStringLiteral("sourcePath"), m.sourcePath},
                       {QStringLiteral("createdUtc"), m.createdUtc.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("toolVersion"), m.toolVersion},
                       {QStringLiteral("plan"), m.plan.toJson()},
                       {QStringLiteral("files"), files}};
}

QString digestOf(const QJsonObject& object)
{
    // Compact JSON of a QJsonObject is canonical (sorted keys), so the digest does not depend on indentation.
    return VerifiedFile::sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonObject object = withoutDigest(*this);
    object.insert(QStringLiteral("digest"), digestOf(object));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::parse(const QByteArray& bytes, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(ErrorCode::Tampered,
                         QStringLiteral("not valid JSON (truncated or edited): %1 at offset %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                         origin);
    QJsonObject object = doc.object();
    if (object.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorCode::BadFormat, QStringLiteral("not a CertMend backup manifest"), origin);
    const int version = object.value(QStringLiteral("formatVersion")).toInt(-1);
    if (version != FormatVersion)
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("backup format version %1 is not supported (this CertMend reads %2)")
                             .arg(version)
                             .arg(FormatVersion),
                         origin);
    const QString digest = object.take(QStringLiteral("digest")).toString();
    if (digest.isEmpty() || digest != digestOf(object))
        return makeError(ErrorCode::Tampered,
                         QStringLiteral("the manifest was changed after it was written (digest mismatch)"), origin);

    BackupManifest m;
    m.hostName = object.value(QStringLiteral("hostName")).toString();
    m.sourcePath = object.value(QStringLiteral("sourcePath")).toString();
    m.createdUtc = QDateTime::fromString(object.value(QStringLiteral("createdUtc")).toString(), Qt::ISODate);
    m.toolVersion = object.value(QStringLiteral("toolVersion")).toString();
    auto plan = RemediationPlan::fromJson(object.value(QStringLiteral("plan")).toObject());
    if (!plan)
        return makeError(plan.error().code, plan.error().detail, origin);
    m.plan = *plan;

    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue& value : object.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = value.toObject();
        File file{f.value(QStringLiteral("path")).toString(), f.value(QStringLiteral("sha256")).toString(),
                  f.value(QStringLiteral("size")).toInteger(-1)};
        if (!isSafeRelativePath(file.path))
            return makeError(ErrorCode::OutsideSnapshot,
                             QStringLiteral("file path \"%1\" leads outside the backup folder").arg(file.path), origin);
        if (!hex64.match(file.sha256).hasMatch() || file.size < 0)
            return makeError(ErrorCode::BadFormat, QStringLiteral("file \"%1\": bad sha256 or size").arg(file.path),
                             origin);
        m.files.append(file);
    }
    return m;
}

bool BackupManifest::isSafeRelativePath(const QString& path)
{
    if (path.isEmpty() || path.size() > 512 || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QLatin1Char(':')) || path.contains(QChar(0)))
        return false;
    for (const QString& segment : path.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    }
    return true;
}

const BackupManifest::File* BackupManifest::file(const QString& path) const
{
    for (const File& f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QString BackupManifest::certificatePath(const QString& sha1)
{
    return QStringLiteral("certificates/%1.cer").arg(sha1.toUpper());
}

QString BackupManifest::storeExportPath(const QString& storeName)
{
    return QStringLiteral("stores/%1.sst").arg(storeName);
}

} // namespace certmend
