#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace certmend {

/// What a journal says happened: the fix's phase and, per action, how far it got.
struct JournalState
{
    enum class Status
    {
        NotStarted, ///< no journal, or nothing in it yet: the store was not touched with this bundle
        InProgress, ///< a fix, rollback or restore started and did not finish: needs recovery
        Complete,   ///< the fix was applied and verified
        RolledBack, ///< the fix was undone after a failure or on request
        Restored,   ///< the bundle was restored
    };
    enum class Step
    {
        Pending, ///< never begun
        Begun,   ///< begun, maybe half done
        Done,    ///< done
        Undone,  ///< done or begun, then reversed
    };

    Status status = Status::NotStarted;
    QString lastEvent;     ///< the last event read ("begin", "done", …)
    QList<Step> steps;     ///< one per plan action
    bool verified = false; ///< the applied result was verified
    bool tornLine = false; ///< the last line was cut off (the process died while writing it)

    /// Reads `path` for a plan of `actionCount` actions. A missing file is NotStarted; a cut-off last line is
    /// ignored (flagged in tornLine); any other unreadable line is BadFormat.
    static Result<JournalState> read(const QString& path, qsizetype actionCount);

    bool needsRecovery() const { return status == Status::InProgress; }
    qsizetype count(Step step) const;
    static QString statusName(Status status); ///< "not-started", "in-progress", "complete", "rolled-back", "restored"
};

} // namespace certmend
