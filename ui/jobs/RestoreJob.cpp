#include "RestoreJob.h"

#include "jobs/MachineAccess.h"
#include "remedy/BackupBundle.h"
#include "remedy/Recovery.h"
#include "remedy/Restorer.h"
#include "store/LiveMachine.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace certmend::ui {

RestoreJob::RestoreJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_checkWatcher, &QFutureWatcher<Check>::finished, this, [this] {
        m_check = m_checkWatcher.result();
        Q_EMIT checked();
    });
    connect(&m_restoreWatcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_outcome = m_restoreWatcher.result();
        Q_EMIT finished();
    });
}

RestoreJob::~RestoreJob()
{
    m_checkWatcher.waitForFinished();
    m_restoreWatcher.waitForFinished();
}

RestoreJob::Check RestoreJob::check(const QString& bundlePath)
{
    Check result;
    result.bundlePath = bundlePath;
    if (bundlePath.isEmpty()) {
        result.error = makeError(ErrorCode::InvalidArgument, tr("no backup folder given"));
        return result;
    }
    if (!QFileInfo(bundlePath).isDir()) {
        result.error = makeError(ErrorCode::FileNotFound, tr("there is no folder here"), bundlePath);
        return result;
    }
    auto bundle = BackupBundle::open(bundlePath);
    if (!bundle) {
        result.error = bundle.error();
        return result;
    }
    const BackupManifest& manifest = bundle->manifest();
    result.hostName = manifest.hostName;
    result.sourcePath = manifest.sourcePath;
    result.createdUtc = manifest.createdUtc;
    result.plan = manifest.plan;
    result.fileCount = manifest.files.size();
    auto journal = JournalState::read(bundle->journalPath(), manifest.plan.size());
    if (!journal) {
        result.error = journal.error();
        return result;
    }
    result.journal = journal.value();
    return result;
}

QString RestoreJob::targetHostName(const QString& targetPath)
{
    return MachineAccess::hostNameOf(targetPath);
}

void RestoreJob::verify(const QString& bundlePath)
{
    if (m_checkWatcher.isRunning())
        m_checkWatcher.waitForFinished(); // a check is short; the newest path wins
    m_checkWatcher.setFuture(QtConcurrent::run([bundlePath] { return check(bundlePath); }));
}

void RestoreJob::restore(const QString& bundlePath, const QString& targetPath, Mode mode, bool allowOtherMachine)
{
    if (m_restoreWatcher.isRunning())
        return;
    m_restoreWatcher.setFuture(QtConcurrent::run([this, bundlePath, targetPath, mode, allowOtherMachine] {
        return run(bundlePath, targetPath, mode, allowOtherMachine);
    }));
}

RestoreJob::Outcome RestoreJob::run(const QString& bundlePath, const QString& targetPath, Mode mode,
                                    bool allowOtherMachine)
{
    Outcome outcome;
    Q_EMIT message(tr("Checking every file of the backup against its SHA-256…"));
    auto bundle = BackupBundle::open(bundlePath);
    if (!bundle) {
        outcome.error = bundle.error();
        return outcome;
    }
    Q_EMIT message(
        tr("The backup is complete and unchanged (%n file(s)).", nullptr, int(bundle->manifest().files.size())));
    if (!LiveMachine::isLiveSource(targetPath) && !QFileInfo(targetPath).isDir()) {
        outcome.error = makeError(ErrorCode::FileNotFound, tr("the folder to restore into does not exist"), targetPath);
        return outcome;
    }
    auto machine = MachineAccess::open(targetPath, true);
    if (!machine) {
        outcome.error = machine.error();
        return outcome;
    }
    CertificateStore& store = *machine->store;
    SchannelRegistry* registry = machine->registry.get();

    Result<RemedyReport> report = makeError(ErrorCode::Internal, QStringLiteral("not run"));
    if (mode == Mode::Restore) {
        Q_EMIT message(tr("Restoring into %1…").arg(QDir::toNativeSeparators(targetPath)));
        Restorer restorer(store, registry);
        restorer.setTargetHostName(targetHostName(targetPath));
        restorer.setAllowOtherMachine(allowOtherMachine);
        report = restorer.restore(bundle.value());
    } else {
        Q_EMIT message(mode == Mode::Finish
                           ? tr("Finishing the interrupted fix in %1…").arg(QDir::toNativeSeparators(targetPath))
                           : tr("Rolling back the interrupted fix in %1…").arg(QDir::toNativeSeparators(targetPath)));
        Recovery recovery(store, registry);
        report =
            recovery.recover(bundle.value(), mode == Mode::Finish ? Recovery::Mode::Finish : Recovery::Mode::RollBack);
    }
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    for (const QString& step : report->steps)
        Q_EMIT message(step);
    outcome.report = report.value();
    return outcome;
}

} // namespace certmend::ui
