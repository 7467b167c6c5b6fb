#pragma once

#include "store/MachineSnapshot.h"
#include "util/Result.h"

#include <QString>

namespace certmend {

/// Writes a loaded machine (typically the live one, see LiveMachineLoader) as a snapshot folder: manifest.json,
/// stores/<Store>/<origin>/<SHA1>.cer (DER) per certificate, an empty folder for an existing empty store,
/// schannel.reg and sslcert.txt when the machine has them. Loading the folder gives the same stores back.
class SnapshotExporter
{
public:
    /// What was written.
    struct Summary
    {
        int stores = 0;
        int certificates = 0;
        bool schannel = false;
        bool bindings = false;
    };

    /// Writes `snapshot` into `folder`, which must not exist or be empty (SnapshotWriter::create).
    static Result<Summary> write(const MachineSnapshot& snapshot, const QString& folder);
    /// "stores/<Store>/<origin>/<SHA1>.cer" relative to the folder; Unknown origin goes directly under the store.
    static QString certificatePath(const StoreEntry& entry);
};

} // namespace certmend
