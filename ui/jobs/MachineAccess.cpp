#include "MachineAccess.h"

#include "schannel/SnapshotSchannelRegistry.h"
#include "store/SnapshotManifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace certmend::ui {

std::unique_ptr<SnapshotStore> MachineAccess::openStore(const QString& snapshotRoot, bool readOnly)
{
    const QFileInfo info(snapshotRoot);
    if (info.isFile())
        return std::make_unique<SnapshotStore>(SnapshotStore::singleFile(snapshotRoot));
    return std::make_unique<SnapshotStore>(snapshotRoot, readOnly);
}

std::unique_ptr<SchannelRegistry> MachineAccess::openRegistry(const QString& snapshotRoot)
{
    // A single certificate file has no Schannel settings; a scenario's (under ":/") can be read, not written.
    if (QFileInfo(snapshotRoot).isFile())
        return {};
    return std::make_unique<SnapshotSchannelRegistry>(QDir(snapshotRoot).filePath(QStringLiteral("schannel.reg")));
}

QString MachineAccess::hostNameOf(const QString& snapshotRoot)
{
    QFile file(QDir(snapshotRoot).filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::ReadOnly))
        return SnapshotManifest().hostName;
    auto manifest = SnapshotManifest::fromJson(file.read(1024 * 1024), file.fileName());
    return manifest ? manifest->hostName : SnapshotManifest().hostName;
}

} // namespace certmend::ui
