#include "FixFlow.h"
#include "WizardDriver.h"
#include "pages/DonePage.h"
#include "remedy/BackupBundle.h"
#include "remedy/BackupManifest.h"
#include "remedy/JournalState.h"
#include "scenario/ScenarioCatalog.h"
#include "schannel/SnapshotSchannelRegistry.h"
#include "store/SnapshotStore.h"
#include "widgets/StatusBanner.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

namespace {

/// What a fix of each training scenario must do: the certificates moved from Root to CA, and the Schannel values
/// changed. Empty both: the wizard must end with "nothing to fix".
struct Expected
{
    QStringList moved;
    QStringList settings;
};

const QMap<QString, Expected>& expectations()
{
    static const QMap<QString, Expected> map{
        {QStringLiteral("intermediate-in-root"), {{QStringLiteral("CDE8E15E7609BF2B7FE079B2960779F068212763")}, {}}},
        {QStringLiteral("issuer-list-403-7"), {{QStringLiteral("CDE8E15E7609BF2B7FE079B2960779F068212763")}, {}}},
        {QStringLiteral("rollover-in-root"), {{QStringLiteral("B4BA835643A8BA56B22B6A8EC6A17DF235F88AC1")}, {}}},
        {QStringLiteral("issuer-list-over-16k"), {{}, {QStringLiteral("SendTrustedIssuerList")}}},
        {QStringLiteral("group-policy-intermediate"), {}},
        {QStringLiteral("external-ca-trust-mode-2"), {}},
        {QStringLiteral("healthy"), {}},
    };
    return map;
}

bool storeHolds(const QString& root, const QString& storeName, const QString& sha1)
{
    SnapshotStore store(root, true);
    auto entries = store.list(storeName);
    if (!entries)
        return false;
    for (const StoreEntry& entry : *entries) {
        if (entry.certificate.sha1Thumbprint() == sha1)
            return true;
    }
    return false;
}

} // namespace

class tst_WizardFixFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void everyScenarioHasAnExpectation();
    void welcomeToDone_data();
    void welcomeToDone();
    void backupFolderIsRemembered();
};

void tst_WizardFixFlow::initTestCase()
{
    WizardDriver::isolateSettings();
    removeTrainingCopies();
}

void tst_WizardFixFlow::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_WizardFixFlow::cleanupTestCase()
{
    removeTrainingCopies();
}

void tst_WizardFixFlow::everyScenarioHasAnExpectation()
{
    const QList<Scenario> scenarios = ScenarioCatalog::all();
    QVERIFY(!scenarios.isEmpty());
    for (const Scenario& scenario : scenarios)
        QVERIFY2(expectations().contains(scenario.id), qPrintable(scenario.id + QStringLiteral(" is not tested")));
}

void tst_WizardFixFlow::welcomeToDone_data()
{
    QTest::addColumn<QString>("scenarioId");
    for (const Scenario& scenario : ScenarioCatalog::all())
        QTest::newRow(qPrintable(scenario.id)) << scenario.id;
}

void tst_WizardFixFlow::welcomeToDone()
{
    QFETCH(QString, scenarioId);
    const Expected expected = expectations().value(scenarioId);
    const bool nothingToFix = expected.moved.isEmpty() && expected.settings.isEmpty();
    QTemporaryDir backups;
    QVERIFY(backups.isValid());
    const QString backupRoot = backups.filePath(QStringLiteral("backups"));

    WizardDriver driver;
    QString why;
    const std::optional<RemediationPlan> plan = walkToPlan(driver, scenarioId, backupRoot, why);
    QVERIFY2(plan, qPrintable(why));

    if (nothingToFix) {
        QVERIFY2(plan->isEmpty(), qPrintable(plan->toText()));
        QVERIFY(driver.next());
        QVERIFY2(driver.waitForPage(DonePageId), qPrintable(driver.failure()));
        QCOMPARE(driver.currentPage()->title(), DonePage::tr("Nothing to fix"));
        auto* banner = driver.find<StatusBanner>(QStringLiteral("doneStatusBanner"));
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->kind(), StatusBanner::Kind::Success);
        QVERIFY(!driver.find<QPushButton>(QStringLiteral("undoButton"))->isVisible());
        QVERIFY2(!QFileInfo::exists(backupRoot), "nothing to fix, yet a backup was written");
        QVERIFY(driver.session().workingCopyPath.isEmpty());
        return;
    }

    // The plan names exactly the expected changes.
    QStringList plannedMoves;
    QStringList plannedSettings;
    for (const RemediationAction& action : plan->actions()) {
        if (action.kind == RemediationAction::Kind::Move)
            plannedMoves << action.sha1Thumbprint;
        else if (action.kind == RemediationAction::Kind::SetValue)
            plannedSettings << action.settingName;
    }
    QCOMPARE(plannedMoves, expected.moved);
    QCOMPARE(plannedSettings, expected.settings);

    QVERIFY2(confirmAndApply(driver, why), qPrintable(why));
    auto* apply = driver.page<ApplyPage>(ApplyPageId);
    QVERIFY(apply->outcome());
    QVERIFY2(apply->outcome()->succeeded(),
             qPrintable(apply->outcome()->error ? apply->outcome()->error->message() : QString()));
    QVERIFY2(driver.commit(), qPrintable(driver.failure()));
    QVERIFY2(driver.waitForPage(DonePageId), qPrintable(driver.failure()));
    QCOMPARE(driver.currentPage()->title(), DonePage::tr("Fixed"));
    QVERIFY2(!driver.button(QWizard::BackButton)->isEnabled() || !driver.button(QWizard::BackButton)->isVisible(),
             "Done must not lead back to Apply");
    QVERIFY(driver.find<QPushButton>(QStringLiteral("undoButton"))->isVisible());

    // The working copy changed, the embedded scenario did not.
    const QString copy = driver.session().workingCopyPath;
    QVERIFY2(copy.startsWith(ApplyJob::trainingFolder()), qPrintable(copy));
    for (const QString& sha1 : expected.moved) {
        QVERIFY2(!storeHolds(copy, QStringLiteral("Root"), sha1), qPrintable(sha1 + QStringLiteral(" still in Root")));
        QVERIFY2(storeHolds(copy, QStringLiteral("CA"), sha1), qPrintable(sha1 + QStringLiteral(" not in CA")));
        QVERIFY(!QFileInfo::exists(QDir(copy).filePath(QStringLiteral("stores/Root/registry/%1.cer").arg(sha1))));
        QVERIFY(storeHolds(QStringLiteral(":/scenarios/%1").arg(scenarioId), QStringLiteral("Root"), sha1));
    }
    for (const QString& name : expected.settings) {
        SnapshotSchannelRegistry registry(QDir(copy).filePath(QStringLiteral("schannel.reg")));
        auto value = registry.readDword(name);
        QVERIFY2(value, qPrintable(value ? QString() : value.error().message()));
        const RemediationAction* action = nullptr;
        for (const RemediationAction& a : plan->actions())
            action = a.settingName == name ? &a : action;
        QVERIFY(action);
        QCOMPARE(value.value(), action->newValue);
    }

    // The backup bundle is on disk, complete, and verifies.
    const QString bundlePath = driver.session().lastBackupBundle;
    QVERIFY2(bundlePath.startsWith(backupRoot), qPrintable(bundlePath));
    QVERIFY(QFileInfo::exists(QDir(bundlePath).filePath(QStringLiteral("manifest.json"))));
    for (const QString& sha1 : expected.moved) {
        QVERIFY(QFileInfo::exists(QDir(bundlePath).filePath(BackupManifest::certificatePath(sha1))));
        QVERIFY(QFileInfo::exists(QDir(bundlePath).filePath(BackupManifest::storeExportPath(QStringLiteral("Root")))));
    }
    if (!expected.settings.isEmpty())
        QVERIFY(QFileInfo::exists(QDir(bundlePath).filePath(BackupManifest::schannelPath())));
    auto bundle = BackupBundle::open(bundlePath);
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message()));
    QCOMPARE(bundle->plan().actions(), plan->actions());
    auto journal = JournalState::read(bundle->journalPath(), bundle->plan().size());
    QVERIFY(journal);
    QCOMPARE(journal->status, JournalState::Status::Complete);

    // Done shows where the backup is and opens it through the dialog wrapper.
    auto* summary = driver.find<QTextBrowser>(QStringLiteral("doneSummaryTextBrowser"));
    QVERIFY(summary->toPlainText().contains(QDir::toNativeSeparators(bundlePath)));
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("openBackupFolderButton")), Qt::LeftButton);
    QCOMPARE(driver.dialogs().openedUrls, QList<QUrl>{QUrl::fromLocalFile(bundlePath)});
    QVERIFY(driver.finish());
}

void tst_WizardFixFlow::backupFolderIsRemembered()
{
    QTemporaryDir backups;
    const QString backupRoot = backups.filePath(QStringLiteral("remembered"));
    {
        WizardDriver driver;
        QString why;
        QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), backupRoot, why), qPrintable(why));
        QVERIFY(driver.next());
        QVERIFY2(driver.waitForPage(ConfirmPageId), qPrintable(driver.failure()));
        QCOMPARE(driver.session().backupRoot, backupRoot);
    }
    WizardDriver again;
    QVERIFY(again.chooseScenario(QStringLiteral("intermediate-in-root")));
    QVERIFY2(again.goTo(PlanPageId), qPrintable(again.failure()));
    QCOMPARE(QDir::fromNativeSeparators(again.find<QLineEdit>(QStringLiteral("backupFolderLineEdit"))->text()),
             backupRoot);
}

QTEST_MAIN(tst_WizardFixFlow)
#include "tst_WizardFixFlow.moc"
