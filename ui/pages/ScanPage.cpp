#include "pages/ScanPage.h"

#include "jobs/ScanJob.h"
#include "widgets/InlineBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace certmend::ui {

namespace {

/// What the user reads for an error code: the technical detail follows in smaller print.
QString headlineFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound:
        return ScanPage::tr("That folder or file does not exist.");
    case ErrorCode::FileUnreadable:
        return ScanPage::tr("That folder or file cannot be read.");
    case ErrorCode::BadFormat:
    case ErrorCode::Truncated:
    case ErrorCode::UnsupportedFormat:
    case ErrorCode::EmptyFile:
    case ErrorCode::BadEncoding:
        return ScanPage::tr("This is not a snapshot CertMend can read.");
    case ErrorCode::Cancelled:
        return ScanPage::tr("The scan was cancelled.");
    default:
        return ScanPage::tr("The scan failed.");
    }
}

constexpr int IssuesShown = 5;

} // namespace

ScanPage::ScanPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("scanPage"));
    setTitle(tr("Reading the machine"));
    setSubTitle(tr("CertMend reads the certificate stores, checks every certificate's signature and chain, and "
                   "reads the Schannel settings and HTTPS bindings. Nothing is changed."));

    m_banner = new InlineBanner(this);
    m_banner->setObjectName(QStringLiteral("scanErrorBanner"));
    connect(m_banner, &InlineBanner::actionTriggered, this, &ScanPage::startScan);

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("scanSourceLabel"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgressBar"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scanStatusLabel"));
    m_status->setWordWrap(true);

    m_cancel = new QPushButton(tr("&Cancel scan"), this);
    m_cancel->setObjectName(QStringLiteral("cancelScanPushButton"));
    m_cancel->setAccessibleName(tr("Cancel the scan"));
    m_rescan = new QPushButton(tr("&Scan again"), this);
    m_rescan->setObjectName(QStringLiteral("rescanPushButton"));
    m_rescan->setAccessibleName(tr("Scan again"));
    connect(m_cancel, &QPushButton::clicked, this, &ScanPage::cancelScan);
    connect(m_rescan, &QPushButton::clicked, this, &ScanPage::startScan);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_rescan);
    buttons->addWidget(m_cancel);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scanSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_source);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_summary, 1);
    setRunning(false);
}

ScanPage::~ScanPage() = default;

void ScanPage::initializePage()
{
    m_source->setText(tr("Source: %1").arg(m_session.sourceDisplayName()));
    if (m_session.scan && !isScanning()) {
        // Back to Welcome and forward again with the same source: the scan is still valid.
        m_banner->clear();
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_status->setText(tr("Done."));
        showSummary(*m_session.scan);
        setRunning(false);
        return;
    }
    startScan();
}

void ScanPage::cleanupPage()
{
    // Going back: a scan of a source the user is about to change is of no use.
    if (m_job) {
        m_job->cancel();
        m_job.reset();
    }
    setRunning(false);
}

bool ScanPage::isComplete() const
{
    return !isScanning() && m_session.scan != nullptr;
}

bool ScanPage::isScanning() const
{
    return m_job && m_job->isRunning();
}

void ScanPage::startScan()
{
    m_session.clearScan();
    m_banner->clear();
    m_summary->clear();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Starting…"));
    m_job = std::make_unique<ScanJob>(m_session.sourcePath, m_session.scanFunction);
    connect(m_job.get(), &ScanJob::progress, this, &ScanPage::onProgress);
    connect(m_job.get(), &ScanJob::succeeded, this, &ScanPage::onSucceeded);
    connect(m_job.get(), &ScanJob::failed, this, &ScanPage::onFailed);
    setRunning(true);
    m_job->start();
}

void ScanPage::cancelScan()
{
    if (!isScanning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping after the current step…"));
}

void ScanPage::setRunning(bool running)
{
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_rescan->setVisible(!running && !m_session.scan);
    Q_EMIT completeChanged();
}

void ScanPage::onProgress(int done, int total, const QString& what)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(std::clamp(done, 0, std::max(total, 1)));
    m_status->setText(what);
}

void ScanPage::onSucceeded(std::shared_ptr<const ScanResult> result)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_status->setText(tr("Done."));
    showSummary(*result);
    if (!result->issues.isEmpty()) {
        m_banner->showMessage(InlineBanner::Kind::Warning,
                              tr("Some files could not be read; CertMend shows what it could read. The list is "
                                 "below and in the findings.")
                                  .toHtmlEscaped());
    }
    m_session.setScan(std::move(result));
    setRunning(false);
    Q_EMIT scanEnded(true);
}

void ScanPage::onFailed(const Error& error)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(headlineFor(error.code));
    const InlineBanner::Kind kind =
        error.code == ErrorCode::Cancelled ? InlineBanner::Kind::Information : InlineBanner::Kind::Error;
    QString text = QStringLiteral("<b>%1</b>").arg(headlineFor(error.code).toHtmlEscaped());
    if (error.code != ErrorCode::Cancelled)
        text += QStringLiteral("<br><small>%1</small>").arg(error.message().toHtmlEscaped());
    text += QStringLiteral("<br>%1").arg(tr("Go <i>Back</i> to choose another source, or scan again.").toHtmlEscaped());
    m_banner->showMessage(kind, text, tr("Scan &again"));
    setRunning(false);
    Q_EMIT scanEnded(false);
}

void ScanPage::showSummary(const ScanResult& result)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Stores read: %1. Certificates: %2.")
                                .arg(result.snapshot.stores.size())
                                .arg(result.snapshot.certificateCount())
                                .toHtmlEscaped());
    if (!result.snapshot.manifest.hostName.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Machine: %1 (%2)")
                             .arg(result.snapshot.manifest.hostName, result.snapshot.manifest.productName)
                             .toHtmlEscaped());
    }
    QStringList problems;
    for (const Finding& finding : result.findings) {
        if (finding.severity != Severity::Info)
            problems.append(QStringLiteral("<li>%1</li>").arg(finding.title.toHtmlEscaped()));
    }
    if (problems.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("No problem found.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(tr("What CertMend found (Next explains it):").toHtmlEscaped(), problems.join(QString()));
    }
    if (!result.issues.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Could not be read:").toHtmlEscaped());
        for (qsizetype i = 0; i < std::min<qsizetype>(IssuesShown, result.issues.size()); ++i)
            html += QStringLiteral("<li>%1</li>").arg(result.issues.at(i).message().toHtmlEscaped());
        if (result.issues.size() > IssuesShown) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("… and %1 more").arg(result.issues.size() - IssuesShown).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_summary->setText(html);
}

} // namespace certmend::ui
