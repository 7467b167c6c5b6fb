// SnapshotExporter without Wine: every training scenario, loaded and written back out as a snapshot folder, must
// load as the same stores (store, origin, thumbprint) and scan to the same findings. The live export
// (`certmend-cli snapshot`) is this writer over LiveMachineLoader's snapshot; tst_LiveEndToEnd covers that under Wine.
#include "ScanKeys.h"
#include "TestPki.h"

#include "analysis/MachineScanner.h"
#include "scenario/ScenarioCatalog.h"
#include "store/LiveMachine.h"
#include "store/SnapshotExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

namespace {

/// "Store/origin/SHA1" for every entry, sorted.
QStringList entryKeys(const MachineSnapshot& snapshot)
{
    QStringList keys;
    for (auto it = snapshot.stores.cbegin(); it != snapshot.stores.cend(); ++it) {
        for (const StoreEntry& entry : it.value())
            keys.append(it.key() + QLatin1Char('/') + storeOriginName(entry.origin) + QLatin1Char('/') +
                        entry.certificate.sha1Thumbprint());
    }
    keys.sort();
    return keys;
}

} // namespace

class tst_SnapshotExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void layout();
    void refusesNonEmptyFolder();
    void liveSourceSyntax_data();
    void liveSourceSyntax();
};

void tst_SnapshotExporter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const Scenario& scenario : ScenarioCatalog::all())
        QTest::newRow(qPrintable(scenario.id)) << scenario.resourcePath;
}

void tst_SnapshotExporter::roundTrip()
{
    QFETCH(QString, path);
    const Result<MachineSnapshot> original = MachineSnapshot::load(path);
    QVERIFY2(original, qPrintable(original ? QString() : original.error().message()));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("export"));
    const Result<SnapshotExporter::Summary> summary = SnapshotExporter::write(*original, folder);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message()));
    QCOMPARE(summary->stores, int(original->stores.size()));
    QCOMPARE(summary->schannel, !original->schannelRegPath.isEmpty());
    QCOMPARE(summary->bindings, !original->sslcertPath.isEmpty());

    const Result<MachineSnapshot> exported = MachineSnapshot::load(folder);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message()));
    QVERIFY2(exported->issues.isEmpty(),
             qPrintable(exported->issues.isEmpty() ? QString() : exported->issues.first().message()));
    QCOMPARE(exported->stores.keys(), original->stores.keys());
    QCOMPARE(entryKeys(*exported), entryKeys(*original));
    QCOMPARE(exported->manifest.hostName, original->manifest.hostName);
    QCOMPARE(exported->manifest.windowsVersion, original->manifest.windowsVersion);

    const Result<ScanResult> before = MachineScanner::analyse(*original);
    const Result<ScanResult> after = MachineScanner::analyse(*exported);
    QVERIFY(before && after);
    QCOMPARE(findingKeys(*after), findingKeys(*before));
}

void tst_SnapshotExporter::layout()
{
    const TestCert root = TestPki::makeRoot(QStringLiteral("Exporter Root"));
    const TestCert intermediate = TestPki::makeIntermediate(QStringLiteral("Exporter Intermediate"), root);
    MachineSnapshot snapshot;
    snapshot.manifest.hostName = QStringLiteral("WEB01");
    StoreEntry gpo{intermediate.cert, QStringLiteral("Root"), StoreOrigin::GroupPolicy, {}, {}};
    StoreEntry own{root.cert, QStringLiteral("Root"), StoreOrigin::Registry, {}, {}};
    snapshot.stores.insert(QStringLiteral("Root"), {own, gpo, own});
    snapshot.stores.insert(QStringLiteral("ClientAuthIssuer"), {});
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("out"));
    const Result<SnapshotExporter::Summary> summary = SnapshotExporter::write(snapshot, folder);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message()));
    QCOMPARE(summary->certificates, 2); // the duplicate entry is one file
    QCOMPARE(summary->stores, 2);
    QVERIFY(!summary->schannel);
    QVERIFY(!QFile::exists(folder + QStringLiteral("/schannel.reg")));
    QFile own1(folder + QStringLiteral("/stores/Root/registry/") + root.cert.sha1Thumbprint() + QStringLiteral(".cer"));
    QVERIFY(own1.open(QIODevice::ReadOnly));
    QCOMPARE(own1.readAll(), root.cert.der());
    QVERIFY(QFile::exists(folder + QStringLiteral("/stores/Root/grouppolicy/") + intermediate.cert.sha1Thumbprint() +
                          QStringLiteral(".cer")));
    QVERIFY(QDir(folder + QStringLiteral("/stores/ClientAuthIssuer")).exists());
    const Result<MachineSnapshot> loaded = MachineSnapshot::load(folder);
    QVERIFY(loaded);
    QVERIFY(loaded->stores.contains(QStringLiteral("ClientAuthIssuer")));
    QCOMPARE(loaded->manifest.hostName, QStringLiteral("WEB01"));
}

void tst_SnapshotExporter::refusesNonEmptyFolder()
{
    QTemporaryDir dir;
    QFile stray(dir.filePath(QStringLiteral("stray.txt")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    const Result<SnapshotExporter::Summary> summary = SnapshotExporter::write(MachineSnapshot(), dir.path());
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("manifest.json"))));
}

void tst_SnapshotExporter::liveSourceSyntax_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("live");
    QTest::addColumn<QStringList>("command");
    QTest::newRow("live:command") << "live:wine64 /opt/x/certmend-winhelper.exe" << true
                                  << QStringList{"wine64", "/opt/x/certmend-winhelper.exe"};
    QTest::newRow("quoted path") << "LIVE:\"C:/Program Files/CertMend/certmend-winhelper.exe\" --read-only" << true
                                 << QStringList{"C:/Program Files/CertMend/certmend-winhelper.exe", "--read-only"};
    QTest::newRow("a folder") << "lively" << false << QStringList();
    QTest::newRow("a scenario") << "intermediate-in-root" << false << QStringList();
}

void tst_SnapshotExporter::liveSourceSyntax()
{
    QFETCH(QString, source);
    QFETCH(bool, live);
    QFETCH(QStringList, command);
    QCOMPARE(LiveMachine::isLiveSource(source), live);
    const Result<QStringList> helper = LiveMachine::helperCommand(source);
    QCOMPARE(helper.ok(), live);
    if (live)
        QCOMPARE(*helper, command);
}

QTEST_GUILESS_MAIN(tst_SnapshotExporter)

#include "tst_SnapshotExporter.moc"
