#include "MachineAccess.h"

#include "schannel/SnapshotSchannelRegistry.h"
#include "store/LiveMachine.h"
#include "store/SnapshotManifest.h"
#include "store/SnapshotStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace certmend::ui {

Result<MachineAccess::Opened> MachineAccess::open(const QString& source, bool forChanges)
{
    Opened opened;
    if (LiveMachine::isLiveSource(source)) {
        auto machine = LiveMachine::open(source, !forChanges);
        if (!machine)
            return machine.error();
        if (forChanges) {
            if (auto elevated = machine->requireElevation(); !elevated)
                return elevated.error();
        }
        opened.store = machine->createStore();
        opened.registry = machine->createRegistry();
        return opened;
    }
    if (QFileInfo(source).isFile()) {
        // A single certificate file has no Schannel settings.
        opened.store = std::make_unique<SnapshotStore>(SnapshotStore::singleFile(source));
        return opened;
    }
    // A scenario's schannel.reg (under ":/") can be read, not written: SnapshotStore and the registry refuse.
    opened.store = std::make_unique<SnapshotStore>(source, !forChanges);
    opened.registry = std::make_unique<SnapshotSchannelRegistry>(QDir(source).filePath(QStringLiteral("schannel.reg")));
    return opened;
}

QString MachineAccess::hostNameOf(const QString& source)
{
    if (LiveMachine::isLiveSource(source)) {
        auto machine = LiveMachine::open(source, true);
        auto manifest = machine ? machine->manifest() : Result<SnapshotManifest>(machine.error());
        return manifest ? manifest->hostName : SnapshotManifest().hostName;
    }
    QFile file(QDir(source).filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::ReadOnly))
        return SnapshotManifest().hostName;
    auto manifest = SnapshotManifest::fromJson(file.read(1024 * 1024), file.fileName());
    return manifest ? manifest->hostName : SnapshotManifest().hostName;
}

} // namespace certmend::ui
