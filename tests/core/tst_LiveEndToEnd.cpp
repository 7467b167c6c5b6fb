// The live machine end to end (issue 5): with CERTMEND_WINHELPER set ("wine64 /path/certmend-winhelper.exe", see
// scripts/wine-contract.sh) an intermediate is planted in Root through the helper, then the live machine is scanned,
// exported as a snapshot folder (whose scan must give the same findings), fixed with a backup and restored, all
// through WinHelperStore / WinHelperSchannelRegistry: the same engine calls `certmend-cli fix live` makes.
#include "ScanKeys.h"
#include "TestPki.h"

#include "analysis/MachineScanner.h"
#include "remedy/Applier.h"
#include "remedy/BackupWriter.h"
#include "remedy/PlanBuilder.h"
#include "remedy/Restorer.h"
#include "store/LiveMachine.h"
#include "store/LiveMachineLoader.h"
#include "store/SnapshotExporter.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace certmend;
using namespace certmend::test;

namespace {

const QString kNotSelfSigned = QStringLiteral("root.not-self-signed");

bool findingNames(const ScanResult& scan, const QString& id, const QString& sha1)
{
    for (const Finding& finding : scan.findings) {
        if (finding.id != id)
            continue;
        for (const FindingSubject& subject : finding.certificates) {
            if (subject.sha1Thumbprint == sha1)
                return true;
        }
    }
    return false;
}

/// "origin/SHA1" of every entry of a store, sorted.
QStringList listing(const CertificateStore& store, const QString& storeName)
{
    const Result<QList<StoreEntry>> entries = store.list(storeName);
    if (!entries)
        return {QStringLiteral("error: ") + entries.error().message()};
    QStringList out;
    for (const StoreEntry& entry : *entries)
        out.append(storeOriginName(entry.origin) + QLatin1Char('/') + entry.certificate.sha1Thumbprint());
    out.sort();
    return out;
}

QString message(const Error& error)
{
    return error.message();
}

} // namespace

class tst_LiveEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scanFindsThePlantedIntermediate_data();
    void scanFindsThePlantedIntermediate();
    void exportScansTheSame();
    void fixWithBackupThenRestore();

private:
    std::optional<LiveMachine> m_machine;
    TestCert m_root;
    TestCert m_intermediate;
};

void tst_LiveEndToEnd::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CERTMEND_WINHELPER"))
        QSKIP("set CERTMEND_WINHELPER to a certmend-winhelper command (scripts/wine-contract.sh does, under Wine)");
    Result<LiveMachine> machine = LiveMachine::open(QStringLiteral("live"));
    QVERIFY2(machine, qPrintable(machine ? QString() : message(machine.error())));
    m_machine = *machine;
    m_root = TestPki::makeRoot(QStringLiteral("CertMend Live Root"));
    m_intermediate = TestPki::makeIntermediate(QStringLiteral("CertMend Live Intermediate"), m_root);
    // The classic mistake: the intermediate imported into Trusted Root Certification Authorities.
    const Result<void> planted = m_machine->createStore()->add(QStringLiteral("Root"), m_intermediate.cert);
    QVERIFY2(planted.ok(), qPrintable(planted.ok() ? QString() : message(planted.error())));
}

void tst_LiveEndToEnd::cleanupTestCase()
{
    if (!m_machine)
        return;
    const std::unique_ptr<WinHelperStore> store = m_machine->createStore();
    for (const char* name : {"Root", "CA"})
        (void)store->remove(QString::fromLatin1(name), m_intermediate.cert.sha1Thumbprint());
}

void tst_LiveEndToEnd::scanFindsThePlantedIntermediate_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("live (CERTMEND_WINHELPER)") << QStringLiteral("live");
    const QStringList command = WinHelperConnection::commandFromEnvironment();
    QTest::newRow("live:<command>") << QStringLiteral("live:") + command.join(QLatin1Char(' '));
}

void tst_LiveEndToEnd::scanFindsThePlantedIntermediate()
{
    QFETCH(QString, source);
    QVERIFY(LiveMachine::isLiveSource(source));
    const Result<ScanResult> scan = MachineScanner::scan(source);
    QVERIFY2(scan, qPrintable(scan ? QString() : message(scan.error())));
    QCOMPARE(scan->snapshot.rootPath, source);
    QVERIFY(!scan->snapshot.manifest.hostName.isEmpty());
    QVERIFY2(scan->snapshot.manifest.windowsVersion.count(QLatin1Char('.')) == 2,
             qPrintable(scan->snapshot.manifest.windowsVersion));
    QVERIFY2(findingNames(*scan, kNotSelfSigned, m_intermediate.cert.sha1Thumbprint()),
             qPrintable(findingKeys(*scan).join(QLatin1Char('\n'))));
    QVERIFY(!findingNames(*scan, kNotSelfSigned, m_root.cert.sha1Thumbprint()));
}

void tst_LiveEndToEnd::exportScansTheSame()
{
    const Result<ScanResult> live = MachineScanner::scan(QStringLiteral("live"));
    QVERIFY2(live, qPrintable(live ? QString() : message(live.error())));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("snapshot"));
    const Result<MachineSnapshot> snapshot = LiveMachineLoader::load(*m_machine);
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : message(snapshot.error())));
    QVERIFY2(snapshot->issues.isEmpty(),
             qPrintable(snapshot->issues.isEmpty() ? QString() : message(snapshot->issues.first())));
    const Result<SnapshotExporter::Summary> written = SnapshotExporter::write(*snapshot, folder);
    QVERIFY2(written, qPrintable(written ? QString() : message(written.error())));
    QCOMPARE(written->certificates, int(snapshot->certificateCount()));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/stores/Root/registry/") + m_intermediate.cert.sha1Thumbprint() +
                              QStringLiteral(".cer")));

    const Result<ScanResult> exported = MachineScanner::scan(folder);
    QVERIFY2(exported, qPrintable(exported ? QString() : message(exported.error())));
    QVERIFY(findingNames(*exported, kNotSelfSigned, m_intermediate.cert.sha1Thumbprint()));
    QCOMPARE(findingKeys(*exported), findingKeys(*live));
    QCOMPARE(exported->snapshot.manifest.hostName, live->snapshot.manifest.hostName);
    QCOMPARE(exported->snapshot.stores.keys(), live->snapshot.stores.keys());
    for (const QString& name : live->snapshot.stores.keys())
        QCOMPARE(exported->snapshot.stores.value(name).size(), live->snapshot.stores.value(name).size());
    QCOMPARE(exported->settings.sendTrustedIssuerList(), live->settings.sendTrustedIssuerList());
    QCOMPARE(exported->bindings.size(), live->bindings.size());
}

void tst_LiveEndToEnd::fixWithBackupThenRestore()
{
    const QString sha1 = m_intermediate.cert.sha1Thumbprint();
    const std::unique_ptr<WinHelperStore> store = m_machine->createStore();
    const std::unique_ptr<WinHelperSchannelRegistry> registry = m_machine->createRegistry();
    const QStringList rootBefore = listing(*store, QStringLiteral("Root"));
    const QStringList caBefore = listing(*store, QStringLiteral("CA"));
    const Result<std::optional<QList<RegValue>>> schannelBefore = registry->allValues();
    QVERIFY(schannelBefore);
    QVERIFY(rootBefore.contains(QStringLiteral("registry/") + sha1));

    const Result<ScanResult> scan = MachineScanner::scan(QStringLiteral("live"));
    QVERIFY2(scan, qPrintable(scan ? QString() : message(scan.error())));
    const Result<RemediationPlan> plan = PlanBuilder(*store, registry.get()).build(scan->findings);
    QVERIFY2(plan, qPrintable(plan ? QString() : message(plan.error())));
    const auto movesIt = [&sha1](const RemediationAction& action) {
        return action.kind == RemediationAction::Kind::Move && action.sha1Thumbprint == sha1 &&
               action.sourceStore == QLatin1String("Root") && action.targetStore == QLatin1String("CA");
    };
    QVERIFY2(std::any_of(plan->actions().cbegin(), plan->actions().cend(), movesIt), qPrintable(plan->toText()));

    QTemporaryDir backups;
    BackupWriter writer(*store);
    writer.setHostName(scan->snapshot.manifest.hostName);
    writer.setSourcePath(QStringLiteral("live"));
    const Result<BackupBundle> bundle = writer.write(*plan, backups.path());
    QVERIFY2(bundle, qPrintable(bundle ? QString() : message(bundle.error())));
    const Result<RemedyReport> applied = Applier(*store, registry.get()).apply(*bundle);
    QVERIFY2(applied, qPrintable(applied ? QString() : message(applied.error())));
    QVERIFY(applied->changed > 0);

    // Verified through a new helper process: what the machine holds now, not what the engine believes.
    const Result<ScanResult> after = MachineScanner::scan(QStringLiteral("live"));
    QVERIFY2(after, qPrintable(after ? QString() : message(after.error())));
    QVERIFY2(!findingNames(*after, kNotSelfSigned, sha1), qPrintable(findingKeys(*after).join(QLatin1Char('\n'))));
    QVERIFY(!listing(*store, QStringLiteral("Root")).contains(QStringLiteral("registry/") + sha1));
    QVERIFY(listing(*store, QStringLiteral("CA")).contains(QStringLiteral("registry/") + sha1));

    Restorer restorer(*store, registry.get());
    restorer.setTargetHostName(after->snapshot.manifest.hostName);
    const Result<RemedyReport> restored = restorer.restore(*bundle);
    QVERIFY2(restored, qPrintable(restored ? QString() : message(restored.error())));
    const std::unique_ptr<WinHelperStore> reopened = LiveMachine::open(QStringLiteral("live"))->createStore();
    QCOMPARE(listing(*reopened, QStringLiteral("Root")), rootBefore);
    QCOMPARE(listing(*reopened, QStringLiteral("CA")), caBefore);
    const Result<std::optional<QList<RegValue>>> schannelAfter = registry->allValues();
    QVERIFY(schannelAfter);
    QCOMPARE(*schannelAfter, *schannelBefore);
}

QTEST_GUILESS_MAIN(tst_LiveEndToEnd)

#include "tst_LiveEndToEnd.moc"
