#include "FixFlow.h"
#include "WizardDriver.h"
#include "analysis/MachineScanner.h"
#include "pages/RestorePage.h"
#include "remedy/Applier.h"
#include "remedy/BackupWriter.h"
#include "remedy/PlanBuilder.h"
#include "scenario/ScenarioCatalog.h"
#include "schannel/SnapshotSchannelRegistry.h"
#include "store/SnapshotStore.h"
#include "widgets/StatusBanner.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

namespace {

struct Fixed
{
    QString machine;
    QString bundle;
    QString sha1;
};

/// A scenario copy fixed with the engine directly (no wizard), and its backup bundle.
std::optional<Fixed> fixWithEngine(const QString& scenarioId, const QString& folder, const QString& backupRoot,
                                   QString& why)
{
    auto copy = ScenarioCatalog::extractTo(scenarioId, folder);
    auto scan = copy ? MachineScanner::scan(copy.value()) : Result<ScanResult>(copy.error());
    if (!scan) {
        why = scan.error().message();
        return std::nullopt;
    }
    SnapshotStore store(copy.value());
    SnapshotSchannelRegistry registry(QDir(copy.value()).filePath(QStringLiteral("schannel.reg")));
    auto plan = PlanBuilder(store, &registry).build(scan->findings);
    if (!plan || plan->isEmpty()) {
        why = plan ? QStringLiteral("nothing to fix") : plan.error().message();
        return std::nullopt;
    }
    BackupWriter writer(store);
    writer.setHostName(scan->snapshot.manifest.hostName);
    writer.setSourcePath(copy.value());
    auto bundle = writer.write(plan.value(), backupRoot);
    auto report = bundle ? Applier(store, &registry).apply(bundle.value()) : Result<RemedyReport>(bundle.error());
    if (!report) {
        why = report.error().message();
        return std::nullopt;
    }
    return Fixed{copy.value(), bundle->path(), plan->actions().constFirst().sha1Thumbprint};
}

} // namespace

class tst_RestorePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void restoreFromWelcome();
    void tamperedBundleIsRefused();
    void notABundleIsAnInlineError();
    void otherMachineNeedsExplicitConsent();

private:
    RestorePage* openRestorePage(WizardDriver& driver);
};

void tst_RestorePage::initTestCase()
{
    WizardDriver::isolateSettings();
}

void tst_RestorePage::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

RestorePage* tst_RestorePage::openRestorePage(WizardDriver& driver)
{
    auto* radio = driver.find<QRadioButton>(QStringLiteral("restoreRadioButton"));
    if (!radio || !radio->isEnabled())
        return nullptr;
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    if (!driver.next() || !driver.waitForPage(RestorePageId))
        return nullptr;
    return driver.page<RestorePage>(RestorePageId);
}

void tst_RestorePage::restoreFromWelcome()
{
    QTemporaryDir folder;
    QString why;
    const auto fixed = fixWithEngine(QStringLiteral("rollover-in-root"), folder.filePath(QStringLiteral("m")),
                                     folder.filePath(QStringLiteral("b")), why);
    QVERIFY2(fixed, qPrintable(why));
    const auto original = readTree(QStringLiteral(":/scenarios/rollover-in-root"));
    QVERIFY(readTree(fixed->machine) != original);

    WizardDriver driver;
    RestorePage* page = openRestorePage(driver);
    QVERIFY2(page, qPrintable(driver.failure()));
    QVERIFY(!driver.find<QPushButton>(QStringLiteral("restoreButton"))->isEnabled());
    driver.dialogs().pathAnswers << fixed->bundle;
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("browseBundleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isBundleVerified(), 15000);
    QCOMPARE(QDir::fromNativeSeparators(driver.find<QLineEdit>(QStringLiteral("restoreTargetLineEdit"))->text()),
             fixed->machine);
    QVERIFY(driver.find<QCheckBox>(QStringLiteral("allowOtherMachineCheckBox"))->isHidden());
    QVERIFY(driver.find<QRadioButton>(QStringLiteral("rollBackRadioButton"))->isHidden());

    driver.dialogs().confirmAnswers << true;
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isRestoreDone(), 15000);
    QVERIFY(readTree(fixed->machine) == original);
    QVERIFY(driver.find<QPlainTextEdit>(QStringLiteral("restoreLogTextEdit"))->toPlainText().contains(fixed->sha1));

    // Restoring again is harmless: everything is skipped.
    driver.dialogs().confirmAnswers << true;
    QTRY_VERIFY(driver.find<QPushButton>(QStringLiteral("restoreButton"))->isEnabled());
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isRestoreDone() && page->isComplete(), 15000);
    QCOMPARE(driver.find<StatusBanner>(QStringLiteral("restoreStatusBanner"))->kind(), StatusBanner::Kind::Success);
    QVERIFY(readTree(fixed->machine) == original);
    QVERIFY(driver.finish());
}

void tst_RestorePage::tamperedBundleIsRefused()
{
    QTemporaryDir folder;
    QString why;
    const auto fixed = fixWithEngine(QStringLiteral("intermediate-in-root"), folder.filePath(QStringLiteral("m")),
                                     folder.filePath(QStringLiteral("b")), why);
    QVERIFY2(fixed, qPrintable(why));
    QFile cer(QDir(fixed->bundle).filePath(BackupManifest::certificatePath(fixed->sha1)));
    QVERIFY(cer.open(QIODevice::ReadWrite));
    QByteArray bytes = cer.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x5a);
    QVERIFY(cer.seek(0) && cer.write(bytes) == bytes.size());
    cer.close();
    const auto before = readTree(fixed->machine);

    WizardDriver driver;
    RestorePage* page = openRestorePage(driver);
    QVERIFY2(page, qPrintable(driver.failure()));
    QSignalSpy checked(page, &RestorePage::bundleChecked);
    auto* edit = driver.find<QLineEdit>(QStringLiteral("restoreBundleLineEdit"));
    QTest::keyClicks(edit, fixed->bundle);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 15000);
    QVERIFY(!page->isBundleVerified());
    auto* banner = driver.find<StatusBanner>(QStringLiteral("restoreStatusBanner"));
    QVERIFY2(banner->isVisible(), "Enter in the backup field must check it, not close the wizard");
    QCOMPARE(banner->kind(), StatusBanner::Kind::Error);
    QVERIFY(!driver.find<QPushButton>(QStringLiteral("restoreButton"))->isEnabled());
    QVERIFY(readTree(fixed->machine) == before);
}

void tst_RestorePage::notABundleIsAnInlineError()
{
    QTemporaryDir folder;
    WizardDriver driver;
    RestorePage* page = openRestorePage(driver);
    QVERIFY2(page, qPrintable(driver.failure()));
    QSignalSpy checked(page, &RestorePage::bundleChecked);
    auto* edit = driver.find<QLineEdit>(QStringLiteral("restoreBundleLineEdit"));
    QTest::keyClicks(edit, folder.filePath(QStringLiteral("missing")));
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 15000);
    QCOMPARE(driver.find<StatusBanner>(QStringLiteral("restoreStatusBanner"))->kind(), StatusBanner::Kind::Error);
    QVERIFY(!driver.find<QPushButton>(QStringLiteral("restoreButton"))->isEnabled());
}

void tst_RestorePage::otherMachineNeedsExplicitConsent()
{
    QTemporaryDir folder;
    QString why;
    const auto fixed = fixWithEngine(QStringLiteral("intermediate-in-root"), folder.filePath(QStringLiteral("m")),
                                     folder.filePath(QStringLiteral("b")), why);
    QVERIFY2(fixed, qPrintable(why));
    auto other = ScenarioCatalog::extractTo(QStringLiteral("issuer-list-403-7"), folder.filePath(QStringLiteral("o")));
    QVERIFY(other);
    QVERIFY(RestoreJob::targetHostName(other.value()) != RestoreJob::targetHostName(fixed->machine));

    WizardDriver driver;
    RestorePage* page = openRestorePage(driver);
    QVERIFY2(page, qPrintable(driver.failure()));
    driver.dialogs().pathAnswers << fixed->bundle;
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("browseBundleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isBundleVerified(), 15000);
    auto* target = driver.find<QLineEdit>(QStringLiteral("restoreTargetLineEdit"));
    auto* consent = driver.find<QCheckBox>(QStringLiteral("allowOtherMachineCheckBox"));
    auto* restore = driver.find<QPushButton>(QStringLiteral("restoreButton"));
    QVERIFY(consent->isHidden());
    QVERIFY(restore->isEnabled());

    target->selectAll();
    QTest::keyClicks(target, other.value());
    QVERIFY(!consent->isHidden());
    QVERIFY(!restore->isEnabled());
    QTest::mouseClick(consent, Qt::LeftButton, {}, QPoint(8, consent->height() / 2));
    QVERIFY(consent->isChecked());
    QVERIFY(restore->isEnabled());
}

QTEST_MAIN(tst_RestorePage)
#include "tst_RestorePage.moc"
