#include "FixFlow.h"
#include "WizardDriver.h"
#include "pages/RestorePage.h"
#include "remedy/BackupBundle.h"
#include "remedy/JournalState.h"
#include "scenario/ScenarioCatalog.h"
#include "widgets/StatusBanner.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

class tst_WizardUndoFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void fixThenUndoRestoresByteIdentical_data();
    void fixThenUndoRestoresByteIdentical();
    void declinedConfirmationChangesNothing();
};

void tst_WizardUndoFlow::initTestCase()
{
    WizardDriver::isolateSettings();
    removeTrainingCopies();
}

void tst_WizardUndoFlow::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_WizardUndoFlow::cleanupTestCase()
{
    removeTrainingCopies();
}

void tst_WizardUndoFlow::fixThenUndoRestoresByteIdentical_data()
{
    QTest::addColumn<QString>("scenarioId");
    // Every scenario whose plan changes something; the others are covered by WizardFixFlow's "nothing to fix".
    for (const Scenario& scenario : ScenarioCatalog::all()) {
        if (scenario.expectedSymptom != QLatin1String("none"))
            QTest::newRow(qPrintable(scenario.id)) << scenario.id;
    }
}

void tst_WizardUndoFlow::fixThenUndoRestoresByteIdentical()
{
    QFETCH(QString, scenarioId);
    QTemporaryDir backups;
    WizardDriver driver;
    QString why;
    const auto plan = walkToPlan(driver, scenarioId, backups.filePath(QStringLiteral("b")), why);
    QVERIFY2(plan, qPrintable(why));
    if (plan->isEmpty())
        QSKIP("nothing to fix in this scenario (a Group Policy copy, for example)");
    QVERIFY2(confirmAndApply(driver, why), qPrintable(why));
    QVERIFY(driver.page<ApplyPage>(ApplyPageId)->outcome()->succeeded());
    QVERIFY(driver.commit());
    QVERIFY2(driver.waitForPage(DonePageId), qPrintable(driver.failure()));

    const QString copy = driver.session().workingCopyPath;
    const QMap<QString, QByteArray> original = readTree(QStringLiteral(":/scenarios/%1").arg(scenarioId));
    QVERIFY(!original.isEmpty());
    QVERIFY2(readTree(copy) != original, "the fix changed nothing on disk");

    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("undoButton")), Qt::LeftButton);
    QVERIFY2(driver.waitForPage(RestorePageId), qPrintable(driver.failure()));
    auto* restore = driver.page<RestorePage>(RestorePageId);
    QTRY_VERIFY_WITH_TIMEOUT(restore->isBundleVerified(), 15000);
    QCOMPARE(QDir::fromNativeSeparators(driver.find<QLineEdit>(QStringLiteral("restoreTargetLineEdit"))->text()), copy);
    QVERIFY(driver.find<QTextBrowser>(QStringLiteral("bundleCheckTextBrowser"))
                ->toPlainText()
                .contains(plan->actions().constFirst().isCertificateAction()
                              ? plan->actions().constFirst().sha1Thumbprint
                              : plan->actions().constFirst().settingName));

    driver.dialogs().confirmAnswers << true;
    auto* button = driver.find<QPushButton>(QStringLiteral("restoreButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(restore->isRestoreDone(), 15000);
    auto* banner = driver.find<StatusBanner>(QStringLiteral("restoreStatusBanner"));
    QCOMPARE(banner->kind(), StatusBanner::Kind::Success);

    // Byte-identical to the embedded scenario: every file back, nothing added, nothing left over.
    const QMap<QString, QByteArray> restored = readTree(copy);
    QCOMPARE(restored.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it)
        QVERIFY2(restored.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" differs")));
    auto journal = JournalState::read(QDir(driver.session().lastBackupBundle).filePath(BackupBundle::journalFileName()),
                                      plan->size());
    QVERIFY(journal);
    QCOMPARE(journal->status, JournalState::Status::Restored);
    QVERIFY(driver.finish());
}

void tst_WizardUndoFlow::declinedConfirmationChangesNothing()
{
    QTemporaryDir backups;
    WizardDriver driver;
    QString why;
    QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.filePath(QStringLiteral("b")), why),
             qPrintable(why));
    QVERIFY2(confirmAndApply(driver, why), qPrintable(why));
    QVERIFY(driver.commit());
    QVERIFY2(driver.waitForPage(DonePageId), qPrintable(driver.failure()));
    const QString copy = driver.session().workingCopyPath;
    const QMap<QString, QByteArray> fixed = readTree(copy);

    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("undoButton")), Qt::LeftButton);
    QVERIFY2(driver.waitForPage(RestorePageId), qPrintable(driver.failure()));
    auto* restore = driver.page<RestorePage>(RestorePageId);
    QTRY_VERIFY_WITH_TIMEOUT(restore->isBundleVerified(), 15000);
    driver.dialogs().confirmAnswers << false; // "Put back everything…?" — No
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QCOMPARE(driver.dialogs().asked.size(), 1);
    QTest::qWait(200);
    QVERIFY(!restore->isRestoreDone());
    QCOMPARE(readTree(copy), fixed);
    QVERIFY(driver.finish());
}

QTEST_MAIN(tst_WizardUndoFlow)
#include "tst_WizardUndoFlow.moc"
