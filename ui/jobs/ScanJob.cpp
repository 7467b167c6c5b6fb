#include "jobs/ScanJob.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <mutex>

namespace certmend::ui {

/// What the worker and the job share. The worker may outlive the job (deleting a running job does not wait), so it
/// reaches the job only through `job`, under `mutex`: posting a queued call to a live object is safe, and Qt drops
/// the call if the object is deleted before it runs.
struct ScanJob::Shared
{
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    ScanJob* job = nullptr;
};

ScanJob::ScanJob(QString source, WizardSession::ScanFunction scanFunction, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_scanFunction(std::move(scanFunction))
{
    if (!m_scanFunction)
        m_scanFunction = &MachineScanner::scan;
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ScanJob::onFinished);
}

ScanJob::~ScanJob()
{
    if (m_shared) {
        m_shared->cancel = true;
        const std::lock_guard lock(m_shared->mutex);
        m_shared->job = nullptr;
    }
    // Not waiting for the worker on purpose: a scan cannot stop inside a step (reading 10,000 files), and the
    // GUI must not freeze for it. The worker only holds its own copies and `Shared`.
    m_watcher.disconnect(this);
}

void ScanJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_shared->job = this;

    const std::shared_ptr<Shared> shared = m_shared;
    const WizardSession::ScanFunction scanFunction = m_scanFunction;
    const QString source = m_source;
    m_watcher.setFuture(QtConcurrent::run([shared, scanFunction, source]() -> Outcome {
        const MachineScanner::Progress report = [shared](int done, int total, const QString& what) {
            const std::lock_guard lock(shared->mutex);
            if (!shared->job)
                return;
            ScanJob* job = shared->job;
            QMetaObject::invokeMethod(
                job, [job, done, total, what]() { Q_EMIT job->progress(done, total, what); }, Qt::QueuedConnection);
        };
        return std::make_shared<Result<ScanResult>>(scanFunction(source, report, &shared->cancel));
    }));
}

void ScanJob::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

bool ScanJob::isCancelRequested() const
{
    return m_shared && m_shared->cancel.load();
}

void ScanJob::onFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Outcome();
    if (!outcome) {
        Q_EMIT failed(makeError(ErrorCode::Internal, QStringLiteral("The scan ended without a result.")));
        return;
    }
    if (!outcome->ok()) {
        Q_EMIT failed(outcome->error());
        return;
    }
    if (isCancelRequested()) {
        // The scan finished before it saw the request; the user still asked to stop.
        Q_EMIT failed(makeError(ErrorCode::Cancelled, tr("The scan was cancelled.")));
        return;
    }
    // Moving the result into shared ownership here costs nothing: ScanResult's members are implicitly shared.
    Q_EMIT succeeded(std::make_shared<const ScanResult>(std::move(*outcome).value()));
}

} // namespace certmend::ui
