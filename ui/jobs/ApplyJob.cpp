#include "ApplyJob.h"

#include "jobs/MachineAccess.h"
#include "remedy/Applier.h"
#include "remedy/BackupWriter.h"
#include "scenario/ScenarioCatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMutex>
#include <QStandardPaths>
#include <QtConcurrent>

namespace certmend::ui {

namespace {

QMutex& hookMutex()
{
    static QMutex mutex;
    return mutex;
}

ApplyJob::StepHook& installedHook()
{
    static ApplyJob::StepHook hook;
    return hook;
}

} // namespace

struct ApplyJob::Shared
{
    std::atomic<bool> cancelled{false};
    StepHook hook;
};

ApplyJob::ApplyJob(Request request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_shared(std::make_shared<Shared>())
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_outcome = m_watcher.result();
        Q_EMIT finished();
    });
}

ApplyJob::~ApplyJob()
{
    cancel();
    m_watcher.waitForFinished(); // the engine rolls back on cancel; the store must not be left mid-action
}

QString ApplyJob::trainingFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("training"));
}

void ApplyJob::setStepHook(StepHook hook)
{
    QMutexLocker lock(&hookMutex());
    installedHook() = std::move(hook);
}

void ApplyJob::start()
{
    if (m_watcher.isRunning())
        return;
    {
        QMutexLocker lock(&hookMutex());
        m_shared->hook = installedHook();
    }
    m_watcher.setFuture(QtConcurrent::run([this] { return run(); }));
}

void ApplyJob::cancel()
{
    // The worker passes this on to the Applier between actions (see run()).
    m_shared->cancelled = true;
}

ApplyJob::Outcome ApplyJob::run()
{
    Outcome outcome;
    const RemediationPlan& plan = m_request.plan;
    auto fail = [&outcome](Error error) {
        outcome.error = std::move(error);
        return outcome;
    };

    outcome.workingCopy = m_request.sourcePath;
    if (!m_request.scenarioId.isEmpty()) {
        Q_EMIT message(tr("Making a writable copy of the training scenario…"));
        const QString folder =
            QDir(trainingFolder())
                .filePath(m_request.scenarioId + QLatin1Char('-') +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        if (!QDir().mkpath(folder))
            return fail(makeError(ErrorCode::Io, tr("cannot create the folder for the training copy"), folder));
        auto copy = ScenarioCatalog::extractTo(m_request.scenarioId, folder);
        if (!copy)
            return fail(copy.error());
        outcome.workingCopy = copy.value();
        Q_EMIT message(tr("Training copy: %1").arg(QDir::toNativeSeparators(outcome.workingCopy)));
    }

    auto machine = MachineAccess::open(outcome.workingCopy, true);
    if (!machine)
        return fail(machine.error());
    CertificateStore& store = *machine->store;
    SchannelRegistry* registry = machine->registry.get();
    if (!store.isWritable())
        return fail(makeError(ErrorCode::InvalidArgument, tr("this source cannot be changed; nothing was changed"),
                              outcome.workingCopy));
    if (m_shared->cancelled)
        return fail(makeError(ErrorCode::Cancelled, tr("cancelled before the backup; nothing was changed")));

    Q_EMIT message(tr("Writing the backup to %1…").arg(QDir::toNativeSeparators(m_request.backupRoot)));
    BackupWriter writer(store);
    writer.setHostName(m_request.hostName);
    writer.setSourcePath(outcome.workingCopy);
    auto bundle = writer.write(plan, m_request.backupRoot);
    if (!bundle)
        return fail(bundle.error());
    outcome.bundlePath = bundle->path();
    Q_EMIT message(tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(outcome.bundlePath)));
    if (m_shared->cancelled)
        return fail(makeError(ErrorCode::Cancelled, tr("cancelled after the backup; nothing was changed")));

    Applier applier(store, registry);
    // Direct: the applier emits on this worker thread, between its actions, which is where a cancel is safe.
    connect(
        &applier, &Applier::progress, &applier,
        [this, &plan, &applier](int done, int total) {
            if (done > 0 && done <= plan.size())
                Q_EMIT message(tr("Done %1 of %2: %3").arg(done).arg(total).arg(plan.actions().at(done - 1).toText()));
            Q_EMIT progress(done, total);
            if (m_shared->hook)
                m_shared->hook(done, total);
            if (m_shared->cancelled)
                applier.cancel(); // apply() clears an earlier cancel when it starts
        },
        Qt::DirectConnection);
    Q_EMIT message(tr("Applying the changes…"));
    auto report = applier.apply(bundle.value());
    if (!report)
        return fail(report.error());
    for (qsizetype i = report->changed + report->skipped; i < report->steps.size(); ++i)
        Q_EMIT message(report->steps.at(i));
    outcome.report = report.value();
    return outcome;
}

} // namespace certmend::ui
