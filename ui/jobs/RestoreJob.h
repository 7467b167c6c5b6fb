#pragma once

#include "remedy/JournalState.h"
#include "remedy/RemediationPlan.h"
#include "remedy/RemedyReport.h"
#include "util/Error.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>

namespace certmend::ui {

/// Verifies a backup bundle and restores it (or finishes / rolls back an interrupted fix) off the GUI thread.
/// check() answers "is this bundle whole, whose is it, where does it go back to"; restore() reports each step.
/// Never touches widgets. Deleting a running job waits for it: a restore is not interrupted half-way.
class RestoreJob : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Restore,  ///< put everything back as before the fix
        Finish,   ///< an interrupted fix: do the remaining actions
        RollBack, ///< an interrupted fix: undo what was begun
    };

    /// What verifying a bundle found.
    struct Check
    {
        QString bundlePath;
        std::optional<Error> error; ///< set when the bundle is unusable (tampered, truncated, missing)
        QString hostName;           ///< the machine the backup is from
        QString sourcePath;         ///< the folder the fix was made on: where the restore goes by default
        QDateTime createdUtc;
        RemediationPlan plan;
        qsizetype fileCount = 0;
        JournalState journal;
        bool ok() const { return !error.has_value(); }
    };

    struct Outcome
    {
        std::optional<RemedyReport> report;
        std::optional<Error> error;
        bool succeeded() const { return report.has_value() && !error; }
    };

    explicit RestoreJob(QObject* parent = nullptr);
    ~RestoreJob() override;

    /// Verifies `bundlePath` (blocking; use verify() from the GUI thread).
    static Check check(const QString& bundlePath);
    /// The host name of the machine a target folder belongs to.
    static QString targetHostName(const QString& targetPath);

    /// Starts check(); checked() follows.
    void verify(const QString& bundlePath);
    /// Starts the restore or recovery of `bundlePath` into `targetPath`; finished() follows.
    void restore(const QString& bundlePath, const QString& targetPath, Mode mode, bool allowOtherMachine);
    bool isRunning() const { return m_checkWatcher.isRunning() || m_restoreWatcher.isRunning(); }

    const Check& lastCheck() const { return m_check; }
    const Outcome& outcome() const { return m_outcome; }

Q_SIGNALS:
    void checked();
    void message(const QString& line);
    void finished();

private:
    Outcome run(const QString& bundlePath, const QString& targetPath, Mode mode, bool allowOtherMachine);

    QFutureWatcher<Check> m_checkWatcher;
    QFutureWatcher<Outcome> m_restoreWatcher;
    Check m_check;
    Outcome m_outcome;
};

} // namespace certmend::ui
