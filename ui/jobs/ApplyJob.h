#pragma once

#include "remedy/RemediationPlan.h"
#include "remedy/RemedyReport.h"
#include "util/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace certmend::ui {

/// Runs a confirmed plan off the GUI thread: makes the training copy when the source is a scenario, writes and
/// verifies the backup bundle, then applies the plan with the journaled Applier. progress(done, total) counts
/// actions; message() is one log line. cancel() stops before the next action (the Applier rolls back what it did).
/// Never touches widgets. Deleting a running job cancels it and waits for the engine to reach a consistent state.
class ApplyJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        RemediationPlan plan;
        QString sourcePath; ///< the snapshot folder to change (unused when scenarioId is set)
        QString scenarioId; ///< training: extract this scenario into trainingFolder() and change the copy
        QString backupRoot;
        QString hostName;
    };

    struct Outcome
    {
        QString workingCopy; ///< the folder that was (to be) changed
        QString bundlePath;  ///< the verified backup; empty when it was not written
        std::optional<RemedyReport> report;
        std::optional<Error> error;
        bool backupWritten() const { return !bundlePath.isEmpty(); }
        bool succeeded() const { return report.has_value() && !error; }
    };

    /// Called on the worker thread after each progress step (tests pause here to cancel between actions).
    using StepHook = std::function<void(int done, int total)>;

    explicit ApplyJob(Request request, QObject* parent = nullptr);
    ~ApplyJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Valid after finished().
    const Outcome& outcome() const { return m_outcome; }

    /// Where training copies are made: AppLocalDataLocation/training.
    static QString trainingFolder();
    /// Installs a hook for every job started afterwards (nullptr removes it). For tests and the screenshot mode.
    static void setStepHook(StepHook hook);

Q_SIGNALS:
    void progress(int done, int total);
    void message(const QString& line);
    void finished();

private:
    struct Shared;
    Outcome run();

    Request m_request;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Outcome> m_watcher;
    Outcome m_outcome;
};

} // namespace certmend::ui
