#include "WizardDriver.h"
#include "analysis/MachineScanner.h"
#include "jobs/BackupLocation.h"
#include "pages/WelcomePage.h"
#include "remedy/BackupWriter.h"
#include "remedy/Journal.h"
#include "remedy/PlanBuilder.h"
#include "scenario/ScenarioCatalog.h"
#include "store/MachineSnapshot.h"
#include "widgets/InlineBanner.h"
#include "widgets/TrainingPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

class tst_WelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void defaultScenarioPreselected();
    void listsEveryScenarioWithItsStory();
    void thisComputerOnlyOnWindows();
    void browseIsAnsweredThroughTheDialogWrapper_data();
    void browseIsAnsweredThroughTheDialogWrapper();
    void snapshotNeedsAPath();
    void trainingPanelFollowsTheChoice();
    void restoreGoesToTheRestorePage();
    void interruptedFixIsOfferedFirst();
};

void tst_WelcomePage::initTestCase()
{
    WizardDriver::isolateSettings();
}

void tst_WelcomePage::cleanup()
{
    BackupLocation::remember(WizardDriver::defaultBackupFolder());
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_WelcomePage::defaultScenarioPreselected()
{
    WizardDriver driver;
    QCOMPARE(driver.currentId(), int(WelcomePageId));
    auto* page = driver.page<WelcomePage>(WelcomePageId);
    QVERIFY(page);
    QCOMPARE(page->choice(), WelcomePage::Choice::Scenario);
    QCOMPARE(page->selectedScenarioId(), ScenarioCatalog::defaultId());
    QVERIFY(driver.find<QRadioButton>(QStringLiteral("scenarioRadioButton"))->isChecked());
    QVERIFY(driver.button(QWizard::NextButton)->isEnabled());
}

void tst_WelcomePage::listsEveryScenarioWithItsStory()
{
    WizardDriver driver;
    auto* list = driver.find<QListView>(QStringLiteral("sourceScenarioListView"));
    QVERIFY(list);
    const QList<Scenario> scenarios = ScenarioCatalog::all();
    QCOMPARE(list->model()->rowCount(), scenarios.size());
    for (int row = 0; row < scenarios.size(); ++row) {
        const QString text = list->model()->index(row, 0).data().toString();
        QVERIFY2(text.contains(scenarios.at(row).title), qPrintable(text));
        QVERIFY2(text.contains(scenarios.at(row).story), qPrintable(text));
    }
    QVERIFY(!list->accessibleName().isEmpty());
}

void tst_WelcomePage::thisComputerOnlyOnWindows()
{
    WizardDriver driver;
    auto* radio = driver.find<QRadioButton>(QStringLiteral("thisComputerRadioButton"));
    auto* reason = driver.find<QLabel>(QStringLiteral("thisComputerReasonLabel"));
    QVERIFY(radio && reason);
    QVERIFY(!radio->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->text().isEmpty());
    if (QSysInfo::productType() != QLatin1String("windows"))
        QVERIFY2(reason->text().contains(QStringLiteral("Windows")), qPrintable(reason->text()));
}

void tst_WelcomePage::browseIsAnsweredThroughTheDialogWrapper_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("chosen") << true;
    QTest::newRow("cancelled") << false;
}

void tst_WelcomePage::browseIsAnsweredThroughTheDialogWrapper()
{
    QFETCH(bool, answer);
    QTemporaryDir folder;
    WizardDriver driver;
    if (answer)
        driver.dialogs().pathAnswers = {folder.path()};
    WizardDriver::clickButton(driver.find<QRadioButton>(QStringLiteral("snapshotRadioButton")));
    auto* browse = driver.find<QPushButton>(QStringLiteral("browseSnapshotPushButton"));
    QVERIFY(browse->isEnabled());
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(driver.dialogs().asked.size(), 1);
    auto* edit = driver.find<QLineEdit>(QStringLiteral("snapshotPathLineEdit"));
    QCOMPARE(edit->text(), answer ? QDir::toNativeSeparators(folder.path()) : QString());
    QCOMPARE(driver.button(QWizard::NextButton)->isEnabled(), answer);
}

void tst_WelcomePage::snapshotNeedsAPath()
{
    WizardDriver driver;
    WizardDriver::clickButton(driver.find<QRadioButton>(QStringLiteral("snapshotRadioButton")));
    QVERIFY(!driver.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!driver.find<QListView>(QStringLiteral("sourceScenarioListView"))->isEnabled());
    QVERIFY(driver.chooseSnapshot(QStringLiteral("/some/where")));
    QVERIFY(driver.button(QWizard::NextButton)->isEnabled());
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ScanPageId), qPrintable(driver.failure()));
    QCOMPARE(driver.session().sourceKind, WizardSession::SourceKind::SnapshotPath);
    QCOMPARE(driver.session().sourcePath, QStringLiteral("/some/where"));
    QVERIFY(!driver.session().isTraining());
}

void tst_WelcomePage::trainingPanelFollowsTheChoice()
{
    WizardDriver driver;
    auto* panel = driver.find<TrainingPanel>(QStringLiteral("trainingPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    auto* title = panel->findChild<QLabel*>(QStringLiteral("trainingTitleLabel"));
    const Scenario other = *ScenarioCatalog::find(QStringLiteral("issuer-list-403-7"));
    QVERIFY2(driver.chooseScenario(other.id), qPrintable(driver.failure()));
    QVERIFY2(title->text().contains(other.title.toHtmlEscaped()), qPrintable(title->text()));
    WizardDriver::clickButton(driver.find<QRadioButton>(QStringLiteral("snapshotRadioButton")));
    QVERIFY(!panel->isVisible());
}

void tst_WelcomePage::restoreGoesToTheRestorePage()
{
    WizardDriver driver;
    auto* restore = driver.find<QRadioButton>(QStringLiteral("restoreRadioButton"));
    QVERIFY(restore);
    if (!driver.wizard().page(RestorePageId)) {
        // Without a Restore page the choice would lead nowhere: it is offered disabled.
        QVERIFY(!restore->isEnabled());
        QSKIP("this build has no Restore page yet");
    }
    WizardDriver::clickButton(restore);
    QCOMPARE(driver.page<WelcomePage>(WelcomePageId)->nextId(), int(RestorePageId));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(RestorePageId), qPrintable(driver.failure()));
    QCOMPARE(driver.session().sourceKind, WizardSession::SourceKind::RestoreBackup);
}

void tst_WelcomePage::interruptedFixIsOfferedFirst()
{
    // A real bundle for a real plan, whose journal says an action began and never finished.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const auto copy = ScenarioCatalog::extractTo(QStringLiteral("intermediate-in-root"), work.path());
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message()));
    auto scan = MachineScanner::scan(*copy);
    QVERIFY(scan);
    const SnapshotStore store = scan->snapshot.certificateStore();
    auto plan = PlanBuilder(store, nullptr).build(scan->findings);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message()));
    QVERIFY(!plan->isEmpty());
    BackupWriter writer(store);
    writer.setHostName(QStringLiteral("WEB01"));
    writer.setSourcePath(*copy);
    const QString backupRoot = work.filePath(QStringLiteral("backups"));
    auto bundle = writer.write(*plan, backupRoot);
    QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().message()));
    auto opened = Journal::open(bundle->journalPath());
    QVERIFY(opened);
    Journal journal = std::move(opened).value();
    QVERIFY(journal.append(Journal::PlanStart, -1, plan->size()).ok());
    QVERIFY(journal.append(Journal::Begin, 0, plan->size()).ok());

    BackupLocation::remember(backupRoot);
    WizardDriver driver;
    auto* banner = driver.find<InlineBanner>(QStringLiteral("journalBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), InlineBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QFileInfo(bundle->path()).fileName()), qPrintable(banner->text()));
    if (!driver.wizard().page(RestorePageId))
        QSKIP("this build has no Restore page yet: the banner's action leads there");
    QVERIFY(banner->actionButton()->isEnabled());
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QVERIFY2(driver.waitForPage(RestorePageId), qPrintable(driver.failure()));
    QCOMPARE(QDir(driver.session().restoreBundle), QDir(bundle->path()));
}

QTEST_MAIN(tst_WelcomePage)
#include "tst_WelcomePage.moc"
