#pragma once

#include "schannel/SchannelRegistry.h"
#include "store/SnapshotStore.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace certmend::ui {

/// Opens what the remediation engine changes for a source: its certificate store and its Schannel settings.
/// Pages never open files themselves; jobs call this on their worker thread.
class MachineAccess
{
public:
    /// The stores of a snapshot folder (read-only for scenarios under ":/", single files, or when asked).
    static std::unique_ptr<SnapshotStore> openStore(const QString& snapshotRoot, bool readOnly);
    /// The Schannel settings of a snapshot folder (its schannel.reg, which need not exist); null for a single
    /// certificate file, in which case plans leave setting changes out with a note.
    static std::unique_ptr<SchannelRegistry> openRegistry(const QString& snapshotRoot);
    /// The host name a snapshot folder's manifest.json names ("unknown" when it has none).
    static QString hostNameOf(const QString& snapshotRoot);
};

} // namespace certmend::ui
