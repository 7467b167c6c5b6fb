#include "FixFlow.h"
#include "WizardDriver.h"
#include "analysis/MachineScanner.h"
#include "jobs/BackupLocation.h"
#include "pages/RestorePage.h"
#include "remedy/BackupWriter.h"
#include "remedy/Journal.h"
#include "remedy/JournalState.h"
#include "remedy/PlanBuilder.h"
#include "scenario/ScenarioCatalog.h"
#include "schannel/SnapshotSchannelRegistry.h"
#include "store/SnapshotStore.h"
#include "widgets/InlineBanner.h"
#include "widgets/StatusBanner.h"

#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

namespace {

const QString ScenarioId = QStringLiteral("intermediate-in-root");

/// A fix that died half-way through its first action: the backup is written and verified, the journal says
/// "begin 0", and the certificate was already added to the target store but not yet removed from Root.
struct Interrupted
{
    QString machine;
    QString bundle;
    RemediationAction action;
};

std::optional<Interrupted> interruptFix(const QString& folder, const QString& backupRoot, QString& why)
{
    auto copy = ScenarioCatalog::extractTo(ScenarioId, folder);
    if (!copy) {
        why = copy.error().message();
        return std::nullopt;
    }
    auto scan = MachineScanner::scan(copy.value());
    if (!scan) {
        why = scan.error().message();
        return std::nullopt;
    }
    SnapshotStore store(copy.value());
    SnapshotSchannelRegistry registry(QDir(copy.value()).filePath(QStringLiteral("schannel.reg")));
    auto plan = PlanBuilder(store, &registry).build(scan->findings);
    if (!plan || plan->isEmpty() || plan->actions().constFirst().kind != RemediationAction::Kind::Move) {
        why = plan ? QStringLiteral("the plan has no move first") : plan.error().message();
        return std::nullopt;
    }
    BackupWriter writer(store);
    writer.setHostName(scan->snapshot.manifest.hostName);
    writer.setSourcePath(copy.value());
    auto bundle = writer.write(plan.value(), backupRoot);
    if (!bundle) {
        why = bundle.error().message();
        return std::nullopt;
    }
    auto journal = Journal::open(bundle->journalPath());
    const RemediationAction action = plan->actions().constFirst();
    auto certificate = bundle->certificate(action.sha1Thumbprint);
    if (!journal || !certificate || !journal.value().append(Journal::PlanStart, -1, plan->size()) ||
        !journal.value().append(Journal::Begin, 0) || !store.add(action.targetStore, certificate.value())) {
        why = QStringLiteral("could not write the interrupted state");
        return std::nullopt;
    }
    return Interrupted{copy.value(), bundle->path(), action};
}

bool holds(const QString& machine, const QString& storeName, const QString& sha1)
{
    auto entries = SnapshotStore(machine, true).list(storeName);
    if (!entries)
        return false;
    return std::any_of(entries->cbegin(), entries->cend(),
                       [&](const StoreEntry& e) { return e.certificate.sha1Thumbprint() == sha1; });
}

} // namespace

class tst_InterruptedJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void welcomeOffersRecoveryFirst_data();
    void welcomeOffersRecoveryFirst();
    void noBannerWithoutInterruptedFix();
};

void tst_InterruptedJournal::initTestCase()
{
    WizardDriver::isolateSettings();
}

void tst_InterruptedJournal::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_InterruptedJournal::welcomeOffersRecoveryFirst_data()
{
    QTest::addColumn<bool>("finish");
    QTest::newRow("roll back") << false;
    QTest::newRow("finish") << true;
}

void tst_InterruptedJournal::welcomeOffersRecoveryFirst()
{
    QFETCH(bool, finish);
    QTemporaryDir folder;
    const QString backupRoot = folder.filePath(QStringLiteral("backups"));
    QString why;
    const auto interrupted = interruptFix(folder.filePath(QStringLiteral("machine")), backupRoot, why);
    QVERIFY2(interrupted, qPrintable(why));
    const QString sha1 = interrupted->action.sha1Thumbprint;
    QVERIFY(holds(interrupted->machine, QStringLiteral("Root"), sha1));
    QVERIFY(holds(interrupted->machine, QStringLiteral("CA"), sha1));
    BackupLocation::remember(backupRoot);

    WizardDriver driver;
    QCOMPARE(driver.currentId(), int(WelcomePageId));
    auto* banner = driver.find<InlineBanner>(QStringLiteral("journalBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    auto* recover = banner->findChild<QPushButton*>(QStringLiteral("bannerActionPushButton"));
    QVERIFY(recover && recover->isVisible() && recover->isEnabled());
    QTest::mouseClick(recover, Qt::LeftButton);
    QVERIFY2(driver.waitForPage(RestorePageId), qPrintable(driver.failure()));

    auto* page = driver.page<RestorePage>(RestorePageId);
    QTRY_VERIFY_WITH_TIMEOUT(page->isBundleVerified(), 15000);
    QCOMPARE(QDir::cleanPath(
                 QDir::fromNativeSeparators(driver.find<QLineEdit>(QStringLiteral("restoreBundleLineEdit"))->text())),
             QDir::cleanPath(interrupted->bundle));
    auto* rollBack = driver.find<QRadioButton>(QStringLiteral("rollBackRadioButton"));
    auto* finishRadio = driver.find<QRadioButton>(QStringLiteral("finishRadioButton"));
    QVERIFY(rollBack->isVisible() && finishRadio->isVisible());
    QVERIFY2(rollBack->isChecked(), "rolling back must be the default");
    QCOMPARE(driver.find<StatusBanner>(QStringLiteral("restoreStatusBanner"))->kind(), StatusBanner::Kind::Warning);
    if (finish)
        QTest::mouseClick(finishRadio, Qt::LeftButton, {}, QPoint(8, finishRadio->height() / 2));
    QCOMPARE(finishRadio->isChecked(), finish);

    driver.dialogs().confirmAnswers << true;
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isRestoreDone(), 15000);

    auto state = JournalState::read(QDir(interrupted->bundle).filePath(BackupBundle::journalFileName()), 1);
    QVERIFY(state);
    if (finish) {
        QVERIFY(!holds(interrupted->machine, QStringLiteral("Root"), sha1));
        QVERIFY(holds(interrupted->machine, QStringLiteral("CA"), sha1));
        QVERIFY(!state->needsRecovery());
    } else {
        QCOMPARE(state->status, JournalState::Status::RolledBack);
        // Byte-identical to the scenario as it was before the fix began.
        const auto original = readTree(QStringLiteral(":/scenarios/%1").arg(ScenarioId));
        const auto now = readTree(interrupted->machine);
        QCOMPARE(now.keys(), original.keys());
        QVERIFY(now == original);
    }
    QVERIFY(driver.finish());

    // Recovered: the next start offers nothing.
    WizardDriver next;
    QTest::qWait(50);
    QVERIFY(!next.find<InlineBanner>(QStringLiteral("journalBanner"))->isVisible());
}

void tst_InterruptedJournal::noBannerWithoutInterruptedFix()
{
    QTemporaryDir folder;
    BackupLocation::remember(folder.path());
    WizardDriver driver;
    QTest::qWait(50);
    QVERIFY(!driver.find<InlineBanner>(QStringLiteral("journalBanner"))->isVisible());
}

QTEST_MAIN(tst_InterruptedJournal)
#include "tst_InterruptedJournal.moc"
