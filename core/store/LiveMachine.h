#pragma once

#include "schannel/WinHelperSchannelRegistry.h"
#include "store/SnapshotManifest.h"
#include "store/WinHelperConnection.h"
#include "store/WinHelperStore.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace certmend {

/// The live Windows machine as a source: "live" or "live:<helper command line>". Everything goes through one
/// certmend-winhelper process (docs/WINHELPER-PROTOCOL.md) shared by the store and the Schannel registry.
class LiveMachine
{
public:
    /// True for "live" and "live:…" (case-insensitive prefix).
    static bool isLiveSource(const QString& source);
    /// The helper command for `source`: the text after "live:" split like a shell would; for plain "live" the
    /// environment variable CERTMEND_WINHELPER, else certmend-winhelper(.exe) beside the running program.
    /// InvalidArgument when there is none.
    static Result<QStringList> helperCommand(const QString& source);

    /// Starts the helper for `source` and checks that it speaks protocol version 1. `readOnly` passes --read-only.
    static Result<LiveMachine> open(const QString& source, bool readOnly = false);

    QString source() const { return m_source; }
    std::shared_ptr<WinHelperConnection> connection() const { return m_connection; }
    /// The machine's certificate stores through this helper.
    std::unique_ptr<WinHelperStore> createStore() const;
    /// The machine's SCHANNEL values and HTTP.sys bindings through this helper.
    std::unique_ptr<WinHelperSchannelRegistry> createRegistry() const;
    /// Succeeds when the helper runs with administrator rights; NotElevated ("Run as administrator") otherwise.
    /// The helper refuses every change anyway: this lets a fix stop before it writes a backup.
    Result<void> requireElevation() const;
    /// Host name, Windows version and product name (the helper's "machine" request), captured now.
    Result<SnapshotManifest> manifest() const;

private:
    LiveMachine(QString source, std::shared_ptr<WinHelperConnection> connection);

    QString m_source;
    std::shared_ptr<WinHelperConnection> m_connection;
};

} // namespace certmend
