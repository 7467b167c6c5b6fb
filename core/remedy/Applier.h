#pragma once

#include "remedy/BackupBundle.h"
#include "remedy/RemedyReport.h"
#include "store/CertificateStore.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>

namespace certmend {

class ActionRunner;
class Journal;
class SchannelRegistry;
class StoreContents;

/// Applies a plan whose backup bundle was written and verified: checks the store is still as scanned, runs the
/// actions with a journal in the bundle, verifies the result, and rolls back what it did on any failure or cancel.
/// A job object: run it off the GUI thread; progress() is emitted from that thread.
class Applier : public QObject
{
    Q_OBJECT
public:
    /// `registry` may be null when the plan has no Schannel action.
    Applier(CertificateStore& store, SchannelRegistry* registry, QObject* parent = nullptr);

    /// Applies `bundle`'s plan. Errors: StoreChanged (nothing done), VerifyFailed / Io / Cancelled (rolled back;
    /// the detail says whether the rollback succeeded and where the backup is).
    Result<RemedyReport> apply(const BackupBundle& bundle);
    /// Asks the running apply to stop before its next action and roll back. Thread-safe.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(int done, int total);

private:
    Result<void> checkUnchanged(const BackupBundle& bundle, ActionRunner& runner, StoreContents& known) const;
    Error rollBack(const Error& cause, qsizetype begun, const BackupBundle& bundle, ActionRunner& runner,
                   Journal& journal, StoreContents& known, RemedyReport& report);

    CertificateStore& m_store;
    SchannelRegistry* m_registry = nullptr;
    std::atomic<bool> m_cancelled{false};
};

} // namespace certmend
