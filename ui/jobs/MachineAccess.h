#pragma once

#include "schannel/SchannelRegistry.h"
#include "store/CertificateStore.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace certmend::ui {

/// Opens what the remediation engine changes for a source: its certificate store and its Schannel settings, for
/// a snapshot folder, a single certificate file, a training scenario (":/…") or this computer ("live…").
/// Pages never open files themselves; jobs call this on their worker thread.
class MachineAccess
{
public:
    struct Opened
    {
        std::unique_ptr<CertificateStore> store;
        /// Null for a single certificate file: plans then leave setting changes out with a note.
        std::unique_ptr<SchannelRegistry> registry;
    };

    /// Opens `source`. `forChanges`: the live machine must run elevated (NotElevated otherwise), and snapshot
    /// folders are opened writable (scenarios and single files stay read-only whatever is asked).
    static Result<Opened> open(const QString& source, bool forChanges);
    /// The host name of the machine `source` is ("unknown" when it does not say).
    static QString hostNameOf(const QString& source);
};

} // namespace certmend::ui
