#include "FixFlow.h"
#include "WizardDriver.h"
#include "pages/DonePage.h"
#include "widgets/StatusBanner.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

class tst_DonePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void saveReportWritesHtml();
    void saveReportFailureIsInline();
    void cancelledSaveWritesNothing();

private:
    bool fixAndReachDone(WizardDriver& driver, const QString& backupRoot, QString& why);
};

void tst_DonePage::initTestCase()
{
    WizardDriver::isolateSettings();
    removeTrainingCopies();
}

void tst_DonePage::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_DonePage::cleanupTestCase()
{
    removeTrainingCopies();
}

bool tst_DonePage::fixAndReachDone(WizardDriver& driver, const QString& backupRoot, QString& why)
{
    if (!walkToPlan(driver, QStringLiteral("intermediate-in-root"), backupRoot, why) || !confirmAndApply(driver, why))
        return false;
    if (!driver.commit() || !driver.waitForPage(DonePageId)) {
        why = driver.failure();
        return false;
    }
    return true;
}

void tst_DonePage::saveReportWritesHtml()
{
    QTemporaryDir folder;
    WizardDriver driver;
    QString why;
    QVERIFY2(fixAndReachDone(driver, folder.filePath(QStringLiteral("backups")), why), qPrintable(why));
    const QString reportPath = folder.filePath(QStringLiteral("report.html"));
    driver.dialogs().pathAnswers << reportPath;
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("saveReportButton")), Qt::LeftButton);
    QCOMPARE(driver.dialogs().asked.size(), 1);

    QFile file(reportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("WEB01")));
    QVERIFY(html.contains(QStringLiteral("CDE8E15E7609BF2B7FE079B2960779F068212763")));
    QVERIFY(html.contains(QDir::toNativeSeparators(driver.session().lastBackupBundle).toHtmlEscaped()));
    QVERIFY(html.contains(HtmlReport::tr("The fix was applied and verified.")));
    for (const Finding& finding : driver.session().scan->findings)
        QVERIFY2(html.contains(finding.title.toHtmlEscaped()), qPrintable(finding.title));
    auto* banner = driver.find<StatusBanner>(QStringLiteral("doneStatusBanner"));
    QCOMPARE(banner->kind(), StatusBanner::Kind::Success);
    QVERIFY(banner->text().contains(QDir::toNativeSeparators(reportPath)));
}

void tst_DonePage::saveReportFailureIsInline()
{
    QTemporaryDir folder;
    WizardDriver driver;
    QString why;
    QVERIFY2(fixAndReachDone(driver, folder.filePath(QStringLiteral("backups")), why), qPrintable(why));
    QFile blocker(folder.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    driver.dialogs().pathAnswers << folder.filePath(QStringLiteral("file/report.html"));
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("saveReportButton")), Qt::LeftButton);
    auto* banner = driver.find<StatusBanner>(QStringLiteral("doneStatusBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), StatusBanner::Kind::Error);
    QCOMPARE(driver.currentId(), int(DonePageId));
}

void tst_DonePage::cancelledSaveWritesNothing()
{
    QTemporaryDir folder;
    WizardDriver driver;
    QString why;
    QVERIFY2(fixAndReachDone(driver, folder.filePath(QStringLiteral("backups")), why), qPrintable(why));
    const QStringList before = QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("saveReportButton")), Qt::LeftButton); // no answer
    QCOMPARE(driver.dialogs().asked.size(), 1);
    QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), before);
    QCOMPARE(driver.find<StatusBanner>(QStringLiteral("doneStatusBanner"))->kind(), StatusBanner::Kind::Success);
    QVERIFY(!driver.find<StatusBanner>(QStringLiteral("doneStatusBanner"))->text().contains(QStringLiteral("report")));
}

QTEST_MAIN(tst_DonePage)
#include "tst_DonePage.moc"
