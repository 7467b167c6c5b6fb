#include "ApplyPage.h"

#include "widgets/StatusBanner.h"

#include <QAbstractButton>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace certmend::ui {

ApplyPage::ApplyPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_banner(new StatusBanner(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Applying the changes"));
    setSubTitle(tr("First the backup is written and checked, then each change is made and the result verified."));
    // Once applied there is no way back to a page that could apply again: Done is reached through a commit.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_banner->setObjectName(QStringLiteral("applyStatusBanner"));
    m_status->setObjectName(QStringLiteral("applyStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("applyProgressBar"));
    m_progress->setAccessibleName(tr("Progress of the changes"));
    m_log->setObjectName(QStringLiteral("applyLogTextEdit"));
    m_log->setAccessibleName(tr("Log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    m_cancel->setToolTip(tr("Stops before the next change and undoes the changes already made."));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_job || !m_job->isRunning())
            return;
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping after the current step and undoing what was done…"));
        m_log->appendPlainText(tr("Stop requested."));
    });
}

ApplyPage::~ApplyPage() = default;

bool ApplyPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ApplyPage::setWizardCancelEnabled(bool enabled)
{
    // Closing the wizard mid-apply would only wait for the engine; say so by disabling the button instead.
    if (wizard()) {
        if (QAbstractButton* button = wizard()->button(QWizard::CancelButton))
            button->setEnabled(enabled);
    }
}

void ApplyPage::initializePage()
{
    m_outcome.reset();
    m_banner->clear();
    m_log->clear();
    m_progress->setRange(0, 0); // busy until the backup is written
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Writing the backup…"));

    ApplyJob::Request request;
    request.plan = m_session.plan;
    request.backupRoot = m_session.backupRoot;
    if (m_session.scan) {
        request.hostName = m_session.scan->snapshot.manifest.hostName;
        request.sourcePath = m_session.scan->snapshot.rootPath;
    }
    if (m_session.isTraining())
        request.scenarioId = m_session.scenario->id;

    m_job = std::make_unique<ApplyJob>(request);
    connect(m_job.get(), &ApplyJob::progress, this, &ApplyPage::onProgress);
    connect(m_job.get(), &ApplyJob::message, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_job.get(), &ApplyJob::finished, this, &ApplyPage::onFinished);
    setWizardCancelEnabled(false);
    m_job->start();
    Q_EMIT completeChanged();
}

void ApplyPage::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(done < total ? tr("Change %1 of %2…").arg(done + 1).arg(total) : tr("Checking the result…"));
}

void ApplyPage::onFinished()
{
    m_outcome = m_job->outcome();
    const ApplyJob::Outcome& outcome = *m_outcome;
    m_session.workingCopyPath = outcome.workingCopy;
    m_session.lastBackupBundle = outcome.bundlePath;
    m_cancel->setEnabled(false);
    setWizardCancelEnabled(true);
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);

    if (outcome.succeeded()) {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Done."));
        m_banner->showMessage(StatusBanner::Kind::Success, tr("Every change was made and verified."));
    } else {
        const Error& error = *outcome.error;
        m_status->setText(error.code == ErrorCode::Cancelled ? tr("Stopped.") : tr("Failed."));
        m_log->appendPlainText(error.message());
        QString text = error.code == ErrorCode::Cancelled ? tr("Stopped: %1").arg(error.detail)
                                                          : tr("The fix did not complete: %1").arg(error.message());
        if (outcome.backupWritten())
            text += QLatin1Char(' ') + tr("The backup is in %1.").arg(QDir::toNativeSeparators(outcome.bundlePath));
        m_banner->showMessage(
            error.code == ErrorCode::Cancelled ? StatusBanner::Kind::Warning : StatusBanner::Kind::Error, text);
    }
    m_job.release()->deleteLater(); // we are inside its finished() signal
    Q_EMIT completeChanged();
    Q_EMIT applyFinished();
}

bool ApplyPage::isComplete() const
{
    return m_outcome.has_value();
}

} // namespace certmend::ui
