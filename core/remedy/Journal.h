#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

class QFile;

namespace certmend {

/// The append-only journal (journal.jsonl) of a fix: one JSON object per line, each synced to the disk before the
/// step it announces is taken, so that after a crash JournalState tells what was begun and what was finished.
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
    /// Appends one event (with the action index when >= 0) and syncs it.
    Result<void> append(const char* event, qsizetype index = -1, qsizetype total = -1);
    QString path() const;

private:
    std::unique_ptr<QFile> m_file;
};

} // namespace certmend
