#include "FixFlow.h"
#include "WizardDriver.h"
#include "pages/ConfirmPage.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

class tst_ConfirmPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsEveryChangeWithThumbprint_data();
    void listsEveryChangeWithThumbprint();
    void confirmationGatesApply();
    void backReturnsToPlanWithoutChanges();
};

void tst_ConfirmPage::initTestCase()
{
    WizardDriver::isolateSettings();
}

void tst_ConfirmPage::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_ConfirmPage::listsEveryChangeWithThumbprint_data()
{
    QTest::addColumn<QString>("scenarioId");
    QTest::newRow("intermediate-in-root") << QStringLiteral("intermediate-in-root");
    QTest::newRow("rollover-in-root") << QStringLiteral("rollover-in-root");
    QTest::newRow("issuer-list-over-16k") << QStringLiteral("issuer-list-over-16k");
}

void tst_ConfirmPage::listsEveryChangeWithThumbprint()
{
    QFETCH(QString, scenarioId);
    QTemporaryDir backups;
    WizardDriver driver;
    QString why;
    const auto plan = walkToPlan(driver, scenarioId, backups.path(), why);
    QVERIFY2(plan && !plan->isEmpty(), qPrintable(why));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ConfirmPageId), qPrintable(driver.failure()));
    QVERIFY(driver.currentPage()->isCommitPage());

    const QString text = driver.find<QTextBrowser>(QStringLiteral("changesTextBrowser"))->toPlainText();
    for (const RemediationAction& action : plan->actions()) {
        if (action.isCertificateAction()) {
            QVERIFY2(text.contains(action.sha1Thumbprint), qPrintable(text));
            QVERIFY2(text.contains(action.subject), qPrintable(text));
            QVERIFY2(text.contains(action.sourceStore), qPrintable(text));
        } else {
            QVERIFY2(text.contains(action.settingName), qPrintable(text));
            QVERIFY2(text.contains(ConfirmPage::tr("Also affected")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("restart")), qPrintable(text));
        }
    }
    QVERIFY2(text.contains(QDir::toNativeSeparators(backups.path())), qPrintable(text));
    const QString summary = driver.find<QLabel>(QStringLiteral("confirmSummaryLabel"))->text();
    QVERIFY2(summary.contains(driver.session().scenario->title), qPrintable(summary));
}

void tst_ConfirmPage::confirmationGatesApply()
{
    QTemporaryDir backups;
    WizardDriver driver;
    QString why;
    QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.path(), why), qPrintable(why));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ConfirmPageId), qPrintable(driver.failure()));
    auto* commit = driver.button(QWizard::CommitButton);
    QVERIFY(commit->isVisible());
    QCOMPARE(commit->text(), ConfirmPage::tr("&Apply changes"));
    QVERIFY(!commit->isEnabled());

    // Keyboard only: the box takes the focus and Space ticks it.
    auto* box = driver.find<QCheckBox>(QStringLiteral("confirmCheckBox"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QVERIFY(commit->isEnabled());
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(!commit->isEnabled());
    QVERIFY2(!QFileInfo::exists(backups.filePath(QStringLiteral("WEB01"))), "nothing may be written before Apply");
    QCOMPARE(QDir(backups.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void tst_ConfirmPage::backReturnsToPlanWithoutChanges()
{
    QTemporaryDir backups;
    WizardDriver driver;
    QString why;
    QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.path(), why), qPrintable(why));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ConfirmPageId), qPrintable(driver.failure()));
    driver.find<QCheckBox>(QStringLiteral("confirmCheckBox"))->setChecked(true);
    QVERIFY(driver.back());
    QVERIFY2(driver.waitForPage(PlanPageId), qPrintable(driver.failure()));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ConfirmPageId), qPrintable(driver.failure()));
    QVERIFY2(!driver.find<QCheckBox>(QStringLiteral("confirmCheckBox"))->isChecked(),
             "coming back to Confirm must ask again");
    QVERIFY(driver.session().workingCopyPath.isEmpty());
}

QTEST_MAIN(tst_ConfirmPage)
#include "tst_ConfirmPage.moc"
