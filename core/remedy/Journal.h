#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

class QFile;

namespace certmend {

/// The append-only journal (journal.jsonl) of a fix: one JSON object per line, so that after a crash JournalState
/// tells how far the fix got. Phase events (plan-start, complete, rolled-back, …) are synced to the disk before the
/// next step; per-action events are written through to the OS (they survive a killed process) but not synced:
/// recovery does not depend on them, because every action is idempotent in both directions and a rollback undoes
/// every action of the plan, begun or not. They make the report precise and cost no fsync per certificate.
class Journal
{
public:
    /// Event names, in the order a fix writes them.
    static constexpr const char* PlanStart = "plan-start";
    static constexpr const char* Begin = "begin";
    static constexpr const char* Done = "done";
    static constexpr const char* Verified = "verified";
    static constexpr const char* Complete = "complete";
    static constexpr const char* RollbackStart = "rollback-start";
    static constexpr const char* Undone = "undone";
    static constexpr const char* RolledBack = "rolled-back";
    static constexpr const char* RestoreStart = "restore-start";
    static constexpr const char* Restored = "restored";

    Journal();
    ~Journal();
    Journal(Journal&&) noexcept;
    Journal& operator=(Journal&&) noexcept;

    /// Opens (creating if needed) the journal for appending.
    static Result<Journal> open(const QString& path);
    /// Appends one event (with the action index when >= 0); phase events (index < 0) are synced to the disk.
    Result<void> append(const char* event, qsizetype index = -1, qsizetype total = -1);
    QString path() const;

private:
    std::unique_ptr<QFile> m_file;
};

} // namespace certmend
