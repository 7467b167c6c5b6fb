#include "DonePage.h"

#include "PageId.h"
#include "pages/ApplyPage.h"
#include "report/NextSteps.h"
#include "widgets/DialogProvider.h"
#include "widgets/StatusBanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

namespace certmend::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString htmlList(const QStringList& lines)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    return html + QStringLiteral("</ul>");
}

} // namespace

const ApplyJob::Outcome* DonePage::applyOutcome() const
{
    if (!wizard())
        return nullptr;
    const auto* apply = qobject_cast<const ApplyPage*>(wizard()->page(ApplyPageId));
    return apply && apply->outcome() ? &*apply->outcome() : nullptr;
}

DonePage::DonePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_banner(new StatusBanner(this))
    , m_summary(new QTextBrowser(this))
    , m_openFolder(new QPushButton(tr("&Open backup folder"), this))
    , m_saveReport(new QPushButton(tr("&Save report…"), this))
    , m_undo(new QPushButton(tr("&Undo now"), this))
{
    setObjectName(QStringLiteral("donePage"));
    m_banner->setObjectName(QStringLiteral("doneStatusBanner"));
    m_summary->setObjectName(QStringLiteral("doneSummaryTextBrowser"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setOpenLinks(false);
    m_openFolder->setObjectName(QStringLiteral("openBackupFolderButton"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveReport->setToolTip(tr("Saves the machine, the findings, the plan, the result and the backup location "
                                "as one HTML file."));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Puts every certificate and setting back from the backup."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_saveReport);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);

    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { DialogProvider::instance().openUrl(QUrl::fromLocalFile(m_session.lastBackupBundle)); });
    connect(m_saveReport, &QPushButton::clicked, this, &DonePage::saveReport);
    connect(m_undo, &QPushButton::clicked, this, &DonePage::undo);
}

HtmlReport::Input DonePage::reportInput() const
{
    HtmlReport::Input input = HtmlReport::fromSession(m_session);
    if (const ApplyJob::Outcome* outcome = applyOutcome()) {
        input.attempted = true;
        input.result = outcome->report;
        if (outcome->error)
            input.failure = outcome->error->message();
        input.backupBundle = outcome->bundlePath;
        if (!outcome->succeeded())
            input.nextSteps.clear();
    } else {
        input.backupBundle.clear();
        input.nextSteps.clear();
    }
    return input;
}

void DonePage::initializePage()
{
    m_undoRequested = false;
    m_banner->clear();
    const ApplyJob::Outcome* outcome = m_session.plan.isEmpty() ? nullptr : applyOutcome();
    QString html;

    if (!outcome) {
        setTitle(tr("Nothing to fix"));
        setSubTitle(tr("No change was made."));
        m_banner->showMessage(StatusBanner::Kind::Success,
                              m_session.plan.notes().isEmpty()
                                  ? tr("Nothing to fix: CertMend found nothing it needs to change.")
                                  : tr("Nothing to fix here: what CertMend found must be left alone or changed "
                                       "elsewhere."));
        if (!m_session.plan.notes().isEmpty())
            html +=
                QStringLiteral("<h3>%1</h3>").arg(tr("Left alone")) + htmlList(NextSteps::alsoAffected(m_session.plan));
    } else if (outcome->succeeded()) {
        setTitle(tr("Fixed"));
        setSubTitle(tr("The changes were made and verified. The backup can put everything back."));
        m_banner->showMessage(StatusBanner::Kind::Success, tr("Every planned change was made and verified."));
        html += QStringLiteral("<h3>%1</h3>").arg(tr("What changed")) + htmlList(outcome->report->steps);
    } else {
        setTitle(tr("Not fixed"));
        setSubTitle(tr("The fix did not complete."));
        const bool cancelled = outcome->error->code == ErrorCode::Cancelled;
        m_banner->showMessage(
            cancelled ? StatusBanner::Kind::Warning : StatusBanner::Kind::Error,
            (cancelled ? tr("Stopped: %1") : tr("The fix did not complete: %1")).arg(outcome->error->message()));
    }

    const bool hasBackup = outcome && outcome->backupWritten();
    if (hasBackup) {
        html += QStringLiteral("<h3>%1</h3><p><tt>%2</tt></p>")
                    .arg(tr("Backup"), esc(QDir::toNativeSeparators(outcome->bundlePath)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Without CertMend: certutil -addstore Root \"%1\"")
                                 .arg(QDir::toNativeSeparators(
                                     QDir(outcome->bundlePath).filePath(QStringLiteral("stores/Root.sst"))))));
    }
    if (outcome && outcome->succeeded()) {
        if (m_session.isTraining())
            html += QStringLiteral("<p>%1 <tt>%2</tt></p>")
                        .arg(esc(tr("The training copy that was changed:")),
                             esc(QDir::toNativeSeparators(outcome->workingCopy)));
        html += QStringLiteral("<h3>%1</h3>").arg(tr("What next")) +
                htmlList(NextSteps::afterFix(m_session.plan, m_session.isTraining()));
    }
    m_summary->setHtml(html);
    m_openFolder->setVisible(hasBackup);
    m_undo->setVisible(hasBackup);
    m_undo->setText(outcome && outcome->succeeded() ? tr("&Undo now") : tr("&Restore the backup…"));
}

int DonePage::nextId() const
{
    return m_undoRequested ? RestorePageId : -1;
}

void DonePage::saveReport()
{
    const HtmlReport::Input input = reportInput();
    const QString folder = m_session.backupRoot.isEmpty() ? QDir::homePath() : m_session.backupRoot;
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("CertMend report %1 %2.html")
                                  .arg(input.hostName, input.generatedUtc.toString(QStringLiteral("yyyy-MM-dd HHmm"))));
    const QString path =
        DialogProvider::instance().saveFile(this, tr("Save report"), suggested, tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return;
    if (auto saved = HtmlReport::save(path, HtmlReport::render(input)); !saved) {
        m_banner->showMessage(StatusBanner::Kind::Error,
                              tr("The report could not be saved: %1").arg(saved.error().message()));
        return;
    }
    m_banner->showMessage(StatusBanner::Kind::Success, tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void DonePage::undo()
{
    m_session.restoreBundle = m_session.lastBackupBundle;
    m_undoRequested = true;
    if (wizard())
        wizard()->next();
}

} // namespace certmend::ui
