#include "TempSnapshot.h"
#include "TestPki.h"
#include "WizardDriver.h"
#include "analysis/MachineScanner.h"
#include "pages/ScanPage.h"
#include "scenario/ScenarioCatalog.h"
#include "widgets/InlineBanner.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

class tst_ScanPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void scansScenarioAndSummarises();
    void cancelDuringScan();
    void brokenSourceShowsInlineError_data();
    void brokenSourceShowsInlineError();
    void unreadablePartsShowWarningButComplete();
    void backDuringScanStopsIt();
};

void tst_ScanPage::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_ScanPage::scansScenarioAndSummarises()
{
    WizardDriver driver;
    QVERIFY2(driver.chooseScenario(QStringLiteral("intermediate-in-root")), qPrintable(driver.failure()));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ScanPageId), qPrintable(driver.failure()));
    QVERIFY2(driver.waitForComplete(), qPrintable(driver.failure()));

    QVERIFY(driver.session().scan);
    auto* progress = driver.find<QProgressBar>(QStringLiteral("scanProgressBar"));
    QVERIFY(progress);
    QCOMPARE(progress->value(), progress->maximum());
    auto* summary = driver.find<QLabel>(QStringLiteral("scanSummaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QString::number(driver.session().scan->snapshot.certificateCount())),
             qPrintable(summary->text()));
    QVERIFY(!driver.find<InlineBanner>(QStringLiteral("scanErrorBanner"))->isVisible());
    QVERIFY(driver.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!driver.find<QPushButton>(QStringLiteral("cancelScanPushButton"))->isVisible());
}

void tst_ScanPage::cancelDuringScan()
{
    WizardDriver driver;
    // A scan that waits in its first step until it is told to stop: the cancel lands mid-scan, every time.
    auto started = std::make_shared<std::atomic<bool>>(false);
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    driver.session().scanFunction = [started, sawCancel](const QString& source,
                                                         const MachineScanner::Progress& progress,
                                                         const std::atomic<bool>* cancel) -> Result<ScanResult> {
        progress(0, 5, QStringLiteral("Reading the certificate stores…"));
        started->store(true);
        for (int i = 0; i < 1000 && !cancel->load(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (cancel->load()) {
            sawCancel->store(true);
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        }
        return MachineScanner::scan(source, progress, cancel);
    };
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ScanPageId), qPrintable(driver.failure()));
    QTRY_VERIFY(started->load());

    auto* cancelButton = driver.find<QPushButton>(QStringLiteral("cancelScanPushButton"));
    QVERIFY(cancelButton);
    QTRY_VERIFY(cancelButton->isVisible() && cancelButton->isEnabled());
    QVERIFY(!driver.button(QWizard::NextButton)->isEnabled());
    QTRY_COMPARE(driver.find<QLabel>(QStringLiteral("scanStatusLabel"))->text(),
                 QStringLiteral("Reading the certificate stores…"));
    QTest::mouseClick(cancelButton, Qt::LeftButton);

    auto* banner = driver.find<InlineBanner>(QStringLiteral("scanErrorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(sawCancel->load());
    QCOMPARE(banner->kind(), InlineBanner::Kind::Information);
    QVERIFY(!driver.currentPage()->isComplete());
    QVERIFY(!driver.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!driver.session().scan);

    // Scanning again (for real this time) completes the page.
    driver.session().scanFunction = {};
    auto* rescan = banner->actionButton();
    QVERIFY(rescan->isVisible());
    QTest::mouseClick(rescan, Qt::LeftButton);
    QVERIFY2(driver.waitForComplete(), qPrintable(driver.failure()));
    QVERIFY(!banner->isVisible());
    QVERIFY(driver.session().scan);
}

void tst_ScanPage::brokenSourceShowsInlineError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("garbage .cer, no manifest") << "garbage-folder";
    QTest::newRow("folder that is no snapshot") << "empty-folder";
    QTest::newRow("garbage certificate file") << "garbage-file";
    QTest::newRow("missing path") << "missing";
}

void tst_ScanPage::brokenSourceShowsInlineError()
{
    QFETCH(QString, kind);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QString source = folder.path();
    QString named = source; // what the error must name
    if (kind == QLatin1String("garbage-folder") || kind == QLatin1String("garbage-file")) {
        QFile garbage(folder.filePath(QStringLiteral("garbage.cer")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a certificate\n");
        garbage.close();
        if (kind == QLatin1String("garbage-file"))
            source = named = garbage.fileName();
    } else if (kind == QLatin1String("missing")) {
        source = named = folder.filePath(QStringLiteral("no-such-snapshot"));
    }

    WizardDriver driver;
    QVERIFY2(driver.chooseSnapshot(QDir::toNativeSeparators(source)), qPrintable(driver.failure()));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ScanPageId), qPrintable(driver.failure()));
    auto* banner = driver.find<InlineBanner>(QStringLiteral("scanErrorBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), InlineBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QFileInfo(named).fileName()), qPrintable(banner->text()));
    QVERIFY(!driver.currentPage()->isComplete());
    QVERIFY(!driver.button(QWizard::NextButton)->isEnabled());
    QVERIFY(WizardDriver::leftoverWindows().size() == 1); // the wizard only: no message box

    // Back leads to the Welcome page, where another source can be chosen.
    QVERIFY(driver.back());
    QVERIFY2(driver.waitForPage(WelcomePageId), qPrintable(driver.failure()));
}

void tst_ScanPage::unreadablePartsShowWarningButComplete()
{
    TempSnapshot snapshot;
    QVERIFY(snapshot.isValid());
    snapshot.addCertificate(QStringLiteral("Root"), TestPki::makeRoot(QStringLiteral("Good Root")).cert);
    snapshot.writeFile(QStringLiteral("stores/Root/registry/broken.cer"), QByteArray("not DER at all"));

    WizardDriver driver({{}, snapshot.path()});
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ScanPageId), qPrintable(driver.failure()));
    QVERIFY2(driver.waitForComplete(), qPrintable(driver.failure()));
    auto* banner = driver.find<InlineBanner>(QStringLiteral("scanErrorBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), InlineBanner::Kind::Warning);
    QVERIFY(!driver.session().scan->issues.isEmpty());
    QVERIFY2(driver.find<QLabel>(QStringLiteral("scanSummaryLabel"))->text().contains(QStringLiteral("broken.cer")),
             qPrintable(driver.find<QLabel>(QStringLiteral("scanSummaryLabel"))->text()));
}

void tst_ScanPage::backDuringScanStopsIt()
{
    WizardDriver driver;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    driver.session().scanFunction = [cancelled](const QString&, const MachineScanner::Progress&,
                                                const std::atomic<bool>* cancel) -> Result<ScanResult> {
        for (int i = 0; i < 1000 && !cancel->load(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        cancelled->store(cancel->load());
        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    };
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(ScanPageId), qPrintable(driver.failure()));
    QVERIFY(driver.back());
    QVERIFY2(driver.waitForPage(WelcomePageId), qPrintable(driver.failure()));
    QTRY_VERIFY(cancelled->load());
}

QTEST_MAIN(tst_ScanPage)
#include "tst_ScanPage.moc"
