#include "RestorePage.h"

#include "widgets/DialogProvider.h"
#include "widgets/StatusBanner.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace certmend::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cleanPath(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(trimmed));
}

QString journalText(const JournalState& journal)
{
    switch (journal.status) {
    case JournalState::Status::NotStarted:
        return RestorePage::tr("The fix was never started with this backup.");
    case JournalState::Status::InProgress:
        return RestorePage::tr("The fix was interrupted: %1 of %2 change(s) were done.")
            .arg(journal.count(JournalState::Step::Done))
            .arg(journal.steps.size());
    case JournalState::Status::Complete:
        return RestorePage::tr("The fix was completed and verified.");
    case JournalState::Status::RolledBack:
        return RestorePage::tr("The fix was rolled back.");
    case JournalState::Status::Restored:
        return RestorePage::tr("This backup was already restored once (restoring again skips what is back).");
    }
    return {};
}

} // namespace

RestorePage::RestorePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_banner(new StatusBanner(this))
    , m_bundleEdit(new QLineEdit(this))
    , m_browseBundle(new QPushButton(tr("B&rowse…"), this))
    , m_checkView(new QTextBrowser(this))
    , m_targetEdit(new QLineEdit(this))
    , m_browseTarget(new QPushButton(tr("Br&owse…"), this))
    , m_rollBack(new QRadioButton(tr("Roll &back: put everything back as it was before the fix (recommended)"), this))
    , m_finish(new QRadioButton(tr("&Finish the fix: make the changes that were not made yet"), this))
    , m_otherMachine(new QCheckBox(this))
    , m_restore(new QPushButton(tr("Restore &now"), this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("restorePage"));
    setTitle(tr("Restore a backup"));
    setSubTitle(tr("Choose a backup folder made by CertMend. It is checked first; then everything the fix changed "
                   "is put back."));

    m_banner->setObjectName(QStringLiteral("restoreStatusBanner"));
    m_bundleEdit->setObjectName(QStringLiteral("restoreBundleLineEdit"));
    m_bundleEdit->setAccessibleName(tr("Backup folder to restore"));
    m_browseBundle->setObjectName(QStringLiteral("browseBundleButton"));
    m_checkView->setObjectName(QStringLiteral("bundleCheckTextBrowser"));
    m_checkView->setAccessibleName(tr("What the backup holds"));
    m_targetEdit->setObjectName(QStringLiteral("restoreTargetLineEdit"));
    m_targetEdit->setAccessibleName(tr("Snapshot folder to restore into"));
    m_browseTarget->setObjectName(QStringLiteral("browseTargetButton"));
    m_rollBack->setObjectName(QStringLiteral("rollBackRadioButton"));
    m_finish->setObjectName(QStringLiteral("finishRadioButton"));
    m_rollBack->setChecked(true);
    m_otherMachine->setObjectName(QStringLiteral("allowOtherMachineCheckBox"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_progress->setObjectName(QStringLiteral("restoreProgressBar"));
    m_progress->setAccessibleName(tr("Progress of the restore"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_log->setObjectName(QStringLiteral("restoreLogTextEdit"));
    m_log->setAccessibleName(tr("Log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* bundleRow = new QHBoxLayout;
    bundleRow->addWidget(m_bundleEdit, 1);
    bundleRow->addWidget(m_browseBundle);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetEdit, 1);
    targetRow->addWidget(m_browseTarget);
    auto* form = new QFormLayout;
    form->addRow(tr("&Backup:"), bundleRow);
    form->addRow(tr("Restore &into:"), targetRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(bundleRow)))
        label->setBuddy(m_bundleEdit);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(targetRow)))
        label->setBuddy(m_targetEdit);

    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_progress, 1);
    actionRow->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_checkView, 2);
    layout->addWidget(m_rollBack);
    layout->addWidget(m_finish);
    layout->addWidget(m_otherMachine);
    layout->addLayout(actionRow);
    layout->addWidget(m_log, 1);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(250);
    connect(&m_checkTimer, &QTimer::timeout, this, [this] { m_job.verify(cleanPath(m_bundleEdit->text())); });
    connect(m_bundleEdit, &QLineEdit::textEdited, this, &RestorePage::scheduleCheck);
    m_bundleEdit->installEventFilter(this);
    connect(m_browseBundle, &QPushButton::clicked, this, [this] {
        const QString chosen =
            DialogProvider::instance().existingDirectory(this, tr("Choose a CertMend backup"), m_bundleEdit->text());
        if (chosen.isEmpty())
            return;
        m_bundleEdit->setText(QDir::toNativeSeparators(chosen));
        scheduleCheck();
    });
    connect(m_browseTarget, &QPushButton::clicked, this, [this] {
        const QString chosen = DialogProvider::instance().existingDirectory(
            this, tr("Choose the snapshot folder to restore into"), m_targetEdit->text());
        if (!chosen.isEmpty())
            m_targetEdit->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_targetEdit, &QLineEdit::textChanged, this, &RestorePage::updateMachineCheck);
    connect(m_otherMachine, &QCheckBox::toggled, this, &RestorePage::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, &RestorePage::startRestore);
    connect(&m_job, &RestoreJob::checked, this, &RestorePage::onChecked);
    connect(&m_job, &RestoreJob::message, m_log, &QPlainTextEdit::appendPlainText);
    connect(&m_job, &RestoreJob::finished, this, &RestorePage::onRestoreFinished);
}

bool RestorePage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the backup field checks that backup; without this the dialog's default button (Finish) would take
    // it and close the wizard.
    if (watched == m_bundleEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_checkTimer.stop();
            m_verified = false;
            updateButtons();
            m_job.verify(cleanPath(m_bundleEdit->text()));
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void RestorePage::initializePage()
{
    m_banner->clear();
    m_log->clear();
    m_checkView->clear();
    m_verified = false;
    m_done = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_otherMachine->setChecked(false);
    m_otherMachine->hide();
    m_rollBack->hide();
    m_finish->hide();
    m_bundleEdit->setText(QDir::toNativeSeparators(m_session.restoreBundle));
    m_targetEdit->clear();
    updateButtons();
    if (!m_session.restoreBundle.isEmpty()) {
        m_checkTimer.stop();
        m_job.verify(m_session.restoreBundle);
    }
}

void RestorePage::scheduleCheck()
{
    m_verified = false;
    updateButtons();
    m_checkTimer.start();
}

bool RestorePage::isInterrupted() const
{
    return m_verified && m_job.lastCheck().journal.needsRecovery();
}

void RestorePage::onChecked()
{
    const RestoreJob::Check& check = m_job.lastCheck();
    if (QDir::cleanPath(check.bundlePath) != cleanPath(m_bundleEdit->text()))
        return; // the user typed on; a newer check is coming
    m_verified = check.ok();
    if (!check.ok()) {
        m_checkView->clear();
        m_banner->showMessage(StatusBanner::Kind::Error,
                              tr("This backup cannot be used: %1").arg(check.error->message()));
        updateButtons();
        Q_EMIT bundleChecked();
        return;
    }
    m_session.restoreBundle = check.bundlePath;
    QString html =
        QStringLiteral("<p><b>%1</b></p>")
            .arg(esc(tr("Verified: all %n file(s) match the SHA-256 in the manifest.", nullptr, int(check.fileCount))));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(esc(tr("Machine: %1").arg(check.hostName)),
                     esc(tr("Made: %1 (UTC)").arg(check.createdUtc.toString(Qt::ISODate))),
                     esc(journalText(check.journal)));
    html += QStringLiteral("<p>%1</p><ol>").arg(esc(tr("Restoring puts back:")));
    for (const RemediationAction& action : check.plan.actions())
        html += QStringLiteral("<li>%1</li>").arg(esc(action.undoText()));
    html += QStringLiteral("</ol>");
    m_checkView->setHtml(html);

    if (m_targetEdit->text().isEmpty())
        m_targetEdit->setText(
            QDir::toNativeSeparators(!check.sourcePath.isEmpty() ? check.sourcePath : m_session.workingCopyPath));

    const bool interrupted = check.journal.needsRecovery();
    m_rollBack->setVisible(interrupted);
    m_finish->setVisible(interrupted);
    m_restore->setText(interrupted ? tr("Recover &now") : tr("Restore &now"));
    if (interrupted) {
        setTitle(tr("Recover an interrupted fix"));
        m_banner->showMessage(StatusBanner::Kind::Warning,
                              tr("A fix was interrupted (power cut or crash). Every certificate is in its store or "
                                 "in this verified backup. Choose how to bring it to a clean end."));
    } else {
        setTitle(tr("Restore a backup"));
        if (!m_done) // keep the restore's result in view when this is the check after it
            m_banner->showMessage(StatusBanner::Kind::Info, tr("The backup is complete and unchanged."));
    }

    updateMachineCheck();
    Q_EMIT bundleChecked();
}

void RestorePage::updateMachineCheck()
{
    // Restoring another machine's backup is refused by the engine unless the user says so explicitly.
    const RestoreJob::Check& check = m_job.lastCheck();
    const QString target = cleanPath(m_targetEdit->text());
    const QString targetHost = target.isEmpty() ? QString() : RestoreJob::targetHostName(target);
    const bool otherMachine = m_verified && !target.isEmpty() && !check.journal.needsRecovery() &&
                              check.hostName.compare(targetHost, Qt::CaseInsensitive) != 0;
    if (!otherMachine)
        m_otherMachine->setChecked(false);
    m_otherMachine->setVisible(otherMachine);
    m_otherMachine->setText(
        tr("This backup is from \"%1\", the folder is \"%2\": restore &anyway").arg(check.hostName, targetHost));
    updateButtons();
}

void RestorePage::updateButtons()
{
    const bool otherMachineOk = m_otherMachine->isHidden() || m_otherMachine->isChecked();
    m_restore->setEnabled(m_verified && !m_running && !m_targetEdit->text().trimmed().isEmpty() && otherMachineOk);
    m_bundleEdit->setEnabled(!m_running);
    m_browseBundle->setEnabled(!m_running);
    m_targetEdit->setEnabled(!m_running);
    m_browseTarget->setEnabled(!m_running);
    Q_EMIT completeChanged();
}

void RestorePage::startRestore()
{
    if (!m_verified || m_running)
        return;
    const QString target = cleanPath(m_targetEdit->text());
    const bool interrupted = isInterrupted();
    const QString question =
        interrupted ? (m_finish->isChecked() ? tr("Finish the interrupted fix in %1?")
                                             : tr("Roll back the interrupted fix in %1?"))
                          .arg(QDir::toNativeSeparators(target))
                    : tr("Put back everything this backup holds into %1?").arg(QDir::toNativeSeparators(target));
    if (!DialogProvider::instance().confirm(this, title(), question))
        return;
    m_running = true;
    m_done = false;
    m_banner->clear();
    m_log->clear();
    m_progress->setRange(0, 0);
    updateButtons();
    const RestoreJob::Mode mode = !interrupted            ? RestoreJob::Mode::Restore
                                  : m_finish->isChecked() ? RestoreJob::Mode::Finish
                                                          : RestoreJob::Mode::RollBack;
    m_job.restore(m_job.lastCheck().bundlePath, target, mode, m_otherMachine->isChecked());
}

void RestorePage::onRestoreFinished()
{
    m_running = false;
    m_progress->setRange(0, 1);
    const RestoreJob::Outcome& outcome = m_job.outcome();
    if (outcome.succeeded()) {
        m_done = true;
        m_progress->setValue(1);
        m_banner->showMessage(StatusBanner::Kind::Success, tr("Done: %1 step(s) put back, %2 already as they were.")
                                                               .arg(outcome.report->changed)
                                                               .arg(outcome.report->skipped));
        m_job.verify(m_job.lastCheck().bundlePath); // show the journal's new state
    } else {
        m_progress->setValue(0);
        m_log->appendPlainText(outcome.error->message());
        m_banner->showMessage(StatusBanner::Kind::Error,
                              tr("The restore did not complete: %1").arg(outcome.error->message()));
    }
    updateButtons();
    Q_EMIT restoreFinished();
}

bool RestorePage::isComplete() const
{
    return !m_running;
}

} // namespace certmend::ui
