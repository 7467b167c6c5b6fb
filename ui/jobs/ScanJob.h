#pragma once

#include "WizardSession.h"
#include "analysis/ScanResult.h"
#include "util/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace certmend::ui {

/// Scans one source off the GUI thread: progress(done, total, what), then succeeded(result) or failed(error).
/// cancel() asks the scan to stop at its next step; it then fails with ErrorCode::Cancelled. Never touches widgets.
/// Deleting a running job is safe: the scan is told to stop and its result is dropped.
class ScanJob : public QObject
{
    Q_OBJECT
public:
    explicit ScanJob(QString source, WizardSession::ScanFunction scanFunction = {}, QObject* parent = nullptr);
    ~ScanJob() override;

    /// Starts the scan; does nothing when it already runs.
    void start();
    /// Asks the running scan to stop; `failed` with Cancelled follows once it has.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const;
    const QString& source() const { return m_source; }

Q_SIGNALS:
    void progress(int done, int total, const QString& what);
    void succeeded(std::shared_ptr<const certmend::ScanResult> result);
    void failed(const certmend::Error& error);

private:
    struct Shared;
    using Outcome = std::shared_ptr<Result<ScanResult>>;

    void onFinished();

    QString m_source;
    WizardSession::ScanFunction m_scanFunction;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false;
};

} // namespace certmend::ui
