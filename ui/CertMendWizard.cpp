#include "CertMendWizard.h"

#include "PageId.h"
#include "jobs/BackupLocation.h"
#include "pages/ApplyPage.h"
#include "pages/ConfirmPage.h"
#include "pages/DonePage.h"
#include "pages/FindingsPage.h"
#include "pages/PlanPage.h"
#include "pages/RestorePage.h"
#include "pages/ScanPage.h"
#include "pages/TrustSettingsPage.h"
#include "pages/WelcomePage.h"
#include "scenario/ScenarioCatalog.h"
#include "widgets/TrainingPanel.h"

#include <QAbstractButton>
#include <QDir>
#include <QGuiApplication>
#include <QMetaMethod>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QSize>

namespace certmend::ui {

namespace {

const QString GeometryKey = QStringLiteral("wizard/geometry");
/// The size a first start opens with, and every screenshot tour uses (README images stay comparable).
constexpr QSize DefaultSize(1040, 760);
constexpr int TourTickMs = 100;
/// A page that is not complete after this long (a scan that hangs) ends the tour with an error.
constexpr int TourPageTimeoutTicks = 600;

} // namespace

CertMendWizard::CertMendWizard(const Options& options, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("certMendWizard"));
    setWindowTitle(tr("CertMend"));
    // ModernStyle draws the title and subtitle as a header band: the same on every platform and offscreen
    // (screenshots). macOS keeps its native look.
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);

    m_session.backupRoot = BackupLocation::current();

    m_trainingPanel = new TrainingPanel(this);
    m_trainingPanel->setObjectName(QStringLiteral("trainingPanel"));
    setSideWidget(m_trainingPanel);

    addPages();
    setStartId(WelcomePageId);
    applyOptions(options);

    connect(this, &QWizard::currentIdChanged, this, &CertMendWizard::updateTrainingPanel);
    connect(&m_session, &WizardSession::sourceChanged, this, &CertMendWizard::updateTrainingPanel);
    connect(m_welcome, &WelcomePage::choiceChanged, this, &CertMendWizard::updateTrainingPanel);
    updateTrainingPanel();

    m_tour.timer.setInterval(TourTickMs);
    connect(&m_tour.timer, &QTimer::timeout, this, &CertMendWizard::tourTick);

    resize(DefaultSize);
    const QByteArray geometry = QSettings().value(GeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

CertMendWizard::~CertMendWizard()
{
    QSettings().setValue(GeometryKey, saveGeometry());
}

void CertMendWizard::addPages()
{
    m_welcome = new WelcomePage(m_session);
    setPage(WelcomePageId, m_welcome);
    setPage(ScanPageId, new ScanPage(m_session));
    setPage(FindingsPageId, new FindingsPage(m_session));
    setPage(TrustSettingsPageId, new TrustSettingsPage(m_session));
    setPage(PlanPageId, new PlanPage(m_session));
    setPage(ConfirmPageId, new ConfirmPage(m_session));
    setPage(ApplyPageId, new ApplyPage(m_session));
    setPage(DonePageId, new DonePage(m_session));
    setPage(RestorePageId, new RestorePage(m_session));
}

void CertMendWizard::applyOptions(const Options& options)
{
    if (!options.sourcePath.isEmpty()) {
        m_session.useSnapshotPath(options.sourcePath);
        m_welcome->setSnapshotPath(options.sourcePath);
        return;
    }
    const QString id = options.scenarioId.isEmpty() ? ScenarioCatalog::defaultId() : options.scenarioId;
    if (const std::optional<Scenario> scenario = ScenarioCatalog::find(id)) {
        m_session.useScenario(*scenario);
        m_welcome->selectScenario(id);
    }
}

void CertMendWizard::updateTrainingPanel()
{
    // On the Welcome page the panel follows the list, so the trainer can read a scenario before choosing it.
    const std::optional<Scenario> scenario =
        currentId() == WelcomePageId || currentId() == -1 ? m_welcome->chosenScenario() : m_session.scenario;
    m_trainingPanel->setScenario(scenario);
    m_trainingPanel->setPage(currentId() == -1 ? WelcomePageId : currentId());
}

QString CertMendWizard::pageName(int pageId)
{
    switch (pageId) {
    case WelcomePageId:
        return QStringLiteral("welcome");
    case ScanPageId:
        return QStringLiteral("scan");
    case FindingsPageId:
        return QStringLiteral("findings");
    case TrustSettingsPageId:
        return QStringLiteral("trust-settings");
    case PlanPageId:
        return QStringLiteral("plan");
    case ConfirmPageId:
        return QStringLiteral("confirm");
    case ApplyPageId:
        return QStringLiteral("apply");
    case DonePageId:
        return QStringLiteral("done");
    case RestorePageId:
        return QStringLiteral("restore");
    }
    return QStringLiteral("page-%1").arg(pageId);
}

void CertMendWizard::setScreenshotPreparer(int pageId, ScreenshotPreparer preparer)
{
    m_preparers.insert(pageId, std::move(preparer));
}

void CertMendWizard::startScreenshotTour(const QString& folder)
{
    m_tour.folder = folder;
    m_tour.files.clear();
    resize(DefaultSize);
    m_tour.waitedTicks = 0;
    m_tour.prepared = false;
    m_tour.settled = false;
    m_tour.captured = false;
    if (!QDir().mkpath(folder)) {
        // Reported through the signal like every other outcome, after the caller has connected to it.
        QTimer::singleShot(0, this, [this, folder] {
            finishTour(false, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        });
        return;
    }
    m_tour.timer.start();
}

void CertMendWizard::tourTick()
{
    QWizardPage* page = currentPage();
    if (!page) {
        finishTour(false, tr("The wizard shows no page."));
        return;
    }
    if (!m_tour.prepared) {
        // Some pages only complete once prepared (a confirmation to tick), so this comes first.
        if (const auto it = m_preparers.constFind(currentId()); it != m_preparers.cend())
            (*it)(page);
        if (page->metaObject()->indexOfMethod("prepareForScreenshot()") >= 0)
            QMetaObject::invokeMethod(page, "prepareForScreenshot", Qt::DirectConnection);
        m_tour.prepared = true;
        return;
    }
    if (!page->isComplete()) {
        if (++m_tour.waitedTicks > TourPageTimeoutTicks)
            finishTour(false, tr("The page \"%1\" did not complete.").arg(pageName(currentId())));
        return;
    }
    if (!m_tour.captured) {
        // One more tick after completion, so that the last layout and repaint have happened.
        if (!m_tour.settled) {
            m_tour.settled = true;
            return;
        }
        const QString file = QDir(m_tour.folder)
                                 .filePath(QStringLiteral("%1-%2.png")
                                               .arg(m_tour.files.size() + 1, 2, 10, QLatin1Char('0'))
                                               .arg(pageName(currentId())));
        if (!grab().save(file)) {
            finishTour(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(file)));
            return;
        }
        m_tour.files.append(file);
        m_tour.captured = true;
        return;
    }
    if (currentId() == DonePageId || page->nextId() == -1) {
        finishTour(true, tr("%n screenshot(s) written.", nullptr, static_cast<int>(m_tour.files.size())));
        return;
    }
    const int before = currentId();
    if (page->isCommitPage())
        button(QWizard::CommitButton)->click();
    else
        next();
    if (currentId() == before) {
        finishTour(false, tr("Could not leave the page \"%1\".").arg(pageName(before)));
        return;
    }
    m_tour.prepared = false;
    m_tour.settled = false;
    m_tour.captured = false;
    m_tour.waitedTicks = 0;
}

void CertMendWizard::finishTour(bool ok, const QString& message)
{
    m_tour.timer.stop();
    Q_EMIT screenshotTourFinished(ok, message);
}

} // namespace certmend::ui
