#include "scenario/ScenarioCatalog.h"

#include "store/DurableFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace certmend {

namespace {

const QLatin1String ScenarioRoot(":/scenarios");

QStringList toStringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out += item.toString();
    return out;
}

constexpr QFile::Permissions FilePermissions = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions FolderPermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

Result<void> makePrivateFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder"), path);
    if (!QFile::setPermissions(path, FolderPermissions))
        return makeError(ErrorCode::Io, QStringLiteral("cannot restrict the folder's permissions"), path);
    return {};
}

} // namespace

Result<Scenario> ScenarioCatalog::parse(const QByteArray& json, const QString& resourcePath)
{
    const QString file = resourcePath + QStringLiteral("/scenario.json");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::BadFormat, QStringLiteral("not a JSON object: ") + parseError.errorString(), file);
    const QJsonObject object = document.object();
    Scenario scenario;
    scenario.id = object.value(QLatin1String("id")).toString();
    scenario.title = object.value(QLatin1String("title")).toString();
    scenario.story = object.value(QLatin1String("story")).toString();
    scenario.narrative = object.value(QLatin1String("narrative")).toString();
    scenario.whatToNotice = toStringList(object.value(QLatin1String("whatToNotice")));
    scenario.expectedFindingIds = toStringList(object.value(QLatin1String("expectedFindingIds")));
    scenario.expectedSymptom = object.value(QLatin1String("expectedSymptom")).toString(QStringLiteral("none"));
    scenario.resourcePath = resourcePath;
    if (scenario.id.isEmpty() || scenario.title.isEmpty())
        return makeError(ErrorCode::BadFormat, QStringLiteral("\"id\" and \"title\" are required"), file);
    return scenario;
}

QList<Scenario> ScenarioCatalog::all()
{
    QList<Scenario> scenarios;
    const QStringList ids = QDir(ScenarioRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& id : ids) {
        const QString path = ScenarioRoot + QLatin1Char('/') + id;
        QFile file(path + QStringLiteral("/scenario.json"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Result<Scenario> scenario = parse(file.readAll(), path);
        // The folder name is the id the catalog answers to; a scenario.json that disagrees is a build mistake.
        if (scenario && scenario->id == id)
            scenarios += std::move(scenario).value();
    }
    std::sort(scenarios.begin(), scenarios.end(), [](const Scenario& a, const Scenario& b) { return a.id < b.id; });
    return scenarios;
}

std::optional<Scenario> ScenarioCatalog::find(const QString& id)
{
    for (Scenario& scenario : all()) {
        if (scenario.id == id)
            return std::move(scenario);
    }
    return std::nullopt;
}

QString ScenarioCatalog::defaultId()
{
    return QStringLiteral("intermediate-in-root");
}

Result<QString> ScenarioCatalog::extractTo(const QString& id, const QString& folder)
{
    const std::optional<Scenario> scenario = find(id);
    if (!scenario)
        return makeError(ErrorCode::NotFound, QStringLiteral("no training scenario \"%1\"").arg(id));
    if (folder.isEmpty() || folder.startsWith(QLatin1Char(':')))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a folder CertMend can write to"), folder);
    const QString target = QDir(folder).absoluteFilePath(id);
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("already exists; not overwritten"), target);
    if (auto made = makePrivateFolder(target); !made)
        return made.error();

    const QString source = scenario->resourcePath;
    QDirIterator it(source, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + from.mid(source.size());
        if (it.fileInfo().isDir()) {
            if (auto made = makePrivateFolder(to); !made)
                return made.error();
            continue;
        }
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::FileUnreadable, QStringLiteral("cannot read: ") + in.errorString(), from);
        if (auto made = makePrivateFolder(QFileInfo(to).absolutePath()); !made)
            return made.error();
        if (auto written = DurableFile::write(to, in.readAll()); !written)
            return written.error();
        if (!QFile::setPermissions(to, FilePermissions))
            return makeError(ErrorCode::Io, QStringLiteral("cannot restrict the file's permissions"), to);
    }
    return target;
}

} // namespace certmend
