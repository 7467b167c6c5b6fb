#pragma once

#include <QString>

namespace certmend {

/// Test hook for the crash-safety tests, read once from the environment variable CERTMEND_FAULT; inert when unset.
///   CERTMEND_FAULT=kill-at=N          the process kills itself (SIGKILL, no cleanup) at the N-th durability point
///   CERTMEND_FAULT=fail-write-after=N the durable writes after the first N fail with an injected I/O error
///   CERTMEND_FAULT=trace              prints "certmend-fault-point <n> <label>" to stderr at every point
/// Several settings may be combined with ','. A durability point is each moment the on-disk state changes:
/// a backup file or directory synced, a journal line synced, a store change made.
class FaultInjection
{
public:
    /// Marks a durability point; `label` ("backup:file", "apply:add", …) only appears in the trace.
    static void point(const char* label);
    /// True when the next durable write must fail (counts the write).
    static bool failThisWrite();
    /// Re-reads CERTMEND_FAULT and resets the counters (tests that set the variable in-process).
    static void reset();
};

} // namespace certmend
