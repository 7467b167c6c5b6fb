#include "FixFlow.h"
#include "WizardDriver.h"
#include "pages/DonePage.h"
#include "remedy/BackupBundle.h"
#include "remedy/JournalState.h"
#include "widgets/StatusBanner.h"

#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

class tst_ApplyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void showsProgressAndLog();
    void cancelStopsBetweenActionsAndRollsBack();
    void backupFailureChangesNothing();
};

void tst_ApplyPage::initTestCase()
{
    WizardDriver::isolateSettings();
    removeTrainingCopies();
}

void tst_ApplyPage::cleanup()
{
    ApplyJob::setStepHook(nullptr);
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_ApplyPage::cleanupTestCase()
{
    removeTrainingCopies();
}

void tst_ApplyPage::showsProgressAndLog()
{
    QTemporaryDir backups;
    WizardDriver driver;
    QString why;
    const auto plan =
        walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.filePath(QStringLiteral("b")), why);
    QVERIFY2(plan && !plan->isEmpty(), qPrintable(why));
    QVERIFY2(confirmAndApply(driver, why), qPrintable(why));

    auto* progress = driver.find<QProgressBar>(QStringLiteral("applyProgressBar"));
    QCOMPARE(progress->maximum(), int(plan->size()));
    QCOMPARE(progress->value(), progress->maximum());
    const QString log = driver.find<QPlainTextEdit>(QStringLiteral("applyLogTextEdit"))->toPlainText();
    QVERIFY2(log.contains(plan->actions().constFirst().toText()), qPrintable(log));
    QVERIFY2(log.contains(QDir::toNativeSeparators(driver.session().lastBackupBundle)), qPrintable(log));
    QVERIFY(!driver.find<QPushButton>(QStringLiteral("cancelApplyButton"))->isEnabled());
    QCOMPARE(driver.find<StatusBanner>(QStringLiteral("applyStatusBanner"))->kind(), StatusBanner::Kind::Success);
    QVERIFY2(!driver.button(QWizard::BackButton)->isVisible() || !driver.button(QWizard::BackButton)->isEnabled(),
             "Back must not lead past the commit page");
    QVERIFY(driver.button(QWizard::CancelButton)->isEnabled());
}

void tst_ApplyPage::cancelStopsBetweenActionsAndRollsBack()
{
    // The engine pauses before its first action until the test has pressed Stop: the cancel lands between
    // actions, every time.
    auto reached = std::make_shared<std::atomic<bool>>(false);
    auto gate = std::make_shared<QSemaphore>(0);
    ApplyJob::setStepHook([reached, gate](int done, int) {
        if (done == 0) {
            reached->store(true);
            gate->tryAcquire(1, 20000);
        }
    });

    QTemporaryDir backups;
    WizardDriver driver;
    QString why;
    const auto plan =
        walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.filePath(QStringLiteral("b")), why);
    QVERIFY2(plan && !plan->isEmpty(), qPrintable(why));
    QVERIFY(driver.next());
    QVERIFY(driver.waitForPage(ConfirmPageId));
    driver.find<QCheckBox>(QStringLiteral("confirmCheckBox"))->setChecked(true);
    QVERIFY(driver.commit());
    QVERIFY(driver.waitForPage(ApplyPageId));
    QTRY_VERIFY_WITH_TIMEOUT(reached->load(), 15000);
    QVERIFY(!driver.currentPage()->isComplete());
    QVERIFY2(!driver.button(QWizard::CancelButton)->isEnabled(), "closing the wizard mid-apply must be disabled");
    auto* stop = driver.find<QPushButton>(QStringLiteral("cancelApplyButton"));
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    gate->release();
    QVERIFY2(driver.waitForComplete(), qPrintable(driver.failure()));

    const auto& outcome = driver.page<ApplyPage>(ApplyPageId)->outcome();
    QVERIFY(outcome && outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Cancelled);
    QCOMPARE(driver.find<StatusBanner>(QStringLiteral("applyStatusBanner"))->kind(), StatusBanner::Kind::Warning);
    // Nothing changed: the copy is the scenario, and the backup says the fix was rolled back.
    QCOMPARE(readTree(outcome->workingCopy), readTree(QStringLiteral(":/scenarios/intermediate-in-root")));
    QVERIFY(outcome->backupWritten());
    auto journal =
        JournalState::read(QDir(outcome->bundlePath).filePath(BackupBundle::journalFileName()), plan->size());
    QVERIFY(journal);
    QCOMPARE(journal->status, JournalState::Status::RolledBack);

    QVERIFY(driver.commit());
    QVERIFY2(driver.waitForPage(DonePageId), qPrintable(driver.failure()));
    QCOMPARE(driver.currentPage()->title(), DonePage::tr("Not fixed"));
}

void tst_ApplyPage::backupFailureChangesNothing()
{
    QTemporaryDir folder;
    QFile blocker(folder.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder inside a regular file can never be created, whoever runs the test.
    const QString backupRoot = folder.filePath(QStringLiteral("not-a-folder/backups"));

    WizardDriver driver;
    QString why;
    QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), backupRoot, why), qPrintable(why));
    QVERIFY2(confirmAndApply(driver, why), qPrintable(why));
    const auto& outcome = driver.page<ApplyPage>(ApplyPageId)->outcome();
    QVERIFY(outcome && outcome->error);
    QVERIFY(!outcome->backupWritten());
    QCOMPARE(driver.find<StatusBanner>(QStringLiteral("applyStatusBanner"))->kind(), StatusBanner::Kind::Error);
    QCOMPARE(readTree(outcome->workingCopy), readTree(QStringLiteral(":/scenarios/intermediate-in-root")));
    QVERIFY(driver.commit());
    QVERIFY2(driver.waitForPage(DonePageId), qPrintable(driver.failure()));
    QVERIFY(!driver.find<QPushButton>(QStringLiteral("undoButton"))->isVisible());
}

QTEST_MAIN(tst_ApplyPage)
#include "tst_ApplyPage.moc"
