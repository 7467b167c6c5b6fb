#pragma once

#include "store/LiveMachine.h"
#include "store/MachineSnapshot.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace certmend {

/// Reads a live machine (through certmend-winhelper) into a MachineSnapshot, so the analysis that reads snapshot
/// folders reads it unchanged: the stores the analysis needs plus every store a binding names, the SCHANNEL values
/// as an in-memory schannel.reg, the bindings as `netsh http show sslcert` text, and a manifest from the helper.
class LiveMachineLoader
{
public:
    /// The logical stores always read: Root, AuthRoot, CA, ClientAuthIssuer, My, Disallowed.
    static const QStringList& analysedStores();

    /// Opens `source` ("live", "live:<helper command>") read-only and loads it. Fails only when the helper cannot
    /// be started or does not answer; a store or value that cannot be read becomes an issue of the snapshot.
    static Result<MachineSnapshot> load(const QString& source);
    /// Loads through an open helper. The snapshot's rootPath is the source string and `writable` is true: changes
    /// go through LiveMachine::open(rootPath), which checks elevation per change. Do not call certificateStore()
    /// on it (that is a snapshot folder's store): use LiveMachine::createStore().
    static Result<MachineSnapshot> load(const LiveMachine& machine);

    /// The names MachineSnapshot::schannelRegPath and sslcertPath carry for a live machine (for messages).
    static QString schannelOrigin();
    static QString bindingsOrigin();
};

} // namespace certmend
