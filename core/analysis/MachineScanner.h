#pragma once

#include "analysis/ScanResult.h"
#include "util/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace certmend {

/// Reads a machine and works out everything about its trust: verdicts, chains, Schannel, issuer lists, findings.
class MachineScanner
{
public:
    /// Reports progress: `done` of `total` steps, and what is being done ("Reading stores…").
    using Progress = std::function<void(int done, int total, const QString& what)>;

    /// What a user typed, as a loadable path: empty → the default training scenario; a scenario id (or
    /// "scenario:ID") → its embedded folder, unless a file or folder of that name exists (then: that path);
    /// anything else is a file-system path, returned unchanged.
    static QString resolveSource(const QString& argument);

    /// Loads and analyses `source` (see resolveSource; "live" / "live:<helper command>" is this computer through
    /// certmend-winhelper, see LiveMachineLoader). Fails only when the source itself cannot be read;
    /// unreadable parts of a machine end up in ScanResult::issues and as findings. `cancel` is polled between steps.
    static Result<ScanResult> scan(const QString& source, const Progress& progress = {},
                                   const std::atomic<bool>* cancel = nullptr);

    /// Analyses a machine that is already loaded (tests, the live backend).
    static Result<ScanResult> analyse(MachineSnapshot snapshot, const Progress& progress = {},
                                      const std::atomic<bool>* cancel = nullptr);
};

} // namespace certmend
