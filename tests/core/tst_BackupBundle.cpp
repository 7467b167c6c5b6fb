#include "tst_RemediationFixtures.h"

#include "remedy/BackupBundle.h"
#include "remedy/BackupWriter.h"
#include "remedy/FaultInjection.h"
#include "remedy/PlanBuilder.h"
#include "remedy/VerifiedFile.h"
#include "schannel/RegFile.h"
#include "store/SnapshotStore.h"
#include "x509/SerializedStore.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

class tst_BackupBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void writesEverything();
    void uniqueFolderNames();
    void backupFolderNotWritable_data();
    void backupFolderNotWritable();
    void injectedWriteFailure_data();
    void injectedWriteFailure();
    void refusesDamagedBundle_data();
    void refusesDamagedBundle();
    void refusesPathsLeavingTheBundle_data();
    void refusesPathsLeavingTheBundle();

private:
    struct Setup
    {
        MisplacedSnapshot fx{3};
        SnapshotStore store{fx.snapshot.path()};
        MemorySchannelRegistry registry;
        RemediationPlan plan;
        QTemporaryDir backups;
    };
    static void makePlan(Setup& s);
    static Result<BackupBundle> writeBundle(Setup& s, const QString& root);
};

void tst_BackupBundle::cleanup()
{
    qunsetenv("CERTMEND_FAULT");
    FaultInjection::reset();
}

void tst_BackupBundle::makePlan(Setup& s)
{
    QVERIFY(s.registry.writeDword(QStringLiteral("SendTrustedIssuerList"), 1));
    Finding setting;
    setting.action.kind = ActionKind::ChangeSetting;
    setting.action.settingName = QStringLiteral("SendTrustedIssuerList");
    setting.action.settingValue = 0;
    Finding misspelled = setting;
    misspelled.action.settingName = QStringLiteral("ClientAuthTrustMode");
    misspelled.action.settingValue = 0; // absent now: backed up as a deletion
    auto plan = PlanBuilder(s.store, &s.registry).build(s.fx.findings + QList<Finding>{setting, misspelled});
    QVERIFY(plan);
    QCOMPARE(plan->size(), 5);
    s.plan = *plan;
}

Result<BackupBundle> tst_BackupBundle::writeBundle(Setup& s, const QString& root)
{
    BackupWriter writer(s.store);
    writer.setHostName(QStringLiteral("TESTHOST"));
    writer.setSourcePath(s.fx.snapshot.path());
    return writer.write(s.plan, root);
}

void tst_BackupBundle::writesEverything()
{
    Setup s;
    makePlan(s);
    const auto before = filesUnder(s.fx.snapshot.path());
    auto bundle = writeBundle(s, s.backups.path());
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message()));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), before); // a backup changes nothing

    const QFileInfo folder(bundle->path());
    QVERIFY(QRegularExpression(QStringLiteral("^TESTHOST-\\d{8}T\\d{6}Z$")).match(folder.fileName()).hasMatch());
    QCOMPARE(folder.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::ExeOther),
             QFile::Permissions());
    QCOMPARE(QDir(s.backups.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1); // no .partial left

    const auto files = filesUnder(bundle->path());
    for (const TestCert& ca : s.fx.intermediates)
        QCOMPARE(files.value(QStringLiteral("certificates/%1.cer").arg(ca.cert.sha1Thumbprint())), ca.der());
    auto sst = SerializedStore::read(files.value(QStringLiteral("stores/Root.sst")), QStringLiteral("Root.sst"));
    QVERIFY(sst);
    QCOMPARE(sst->certificates.size(), 3);
    auto reg = RegFile::parse(files.value(QStringLiteral("schannel.reg")), QStringLiteral("schannel.reg"));
    QVERIFY(reg);
    const RegKey* key = reg->key(SchannelRegistry::keyPath());
    QVERIFY(key);
    QCOMPARE(key->value(QStringLiteral("SendTrustedIssuerList"))->number, 1u);
    QCOMPARE(key->value(QStringLiteral("ClientAuthTrustMode"))->type, RegValue::Type::Deleted);

    const BackupManifest& m = bundle->manifest();
    QCOMPARE(m.hostName, QStringLiteral("TESTHOST"));
    QCOMPARE(m.sourcePath, s.fx.snapshot.path());
    QVERIFY(m.plan == s.plan);
    QCOMPARE(m.files.size(), 5); // 3 certificates, Root.sst, schannel.reg
    for (const BackupManifest::File& f : m.files) {
        QCOMPARE(f.sha256, VerifiedFile::sha256Hex(files.value(f.path)));
        QCOMPARE(f.size, files.value(f.path).size());
    }
}

void tst_BackupBundle::uniqueFolderNames()
{
    Setup s;
    makePlan(s);
    BackupWriter writer(s.store);
    writer.setHostName(QStringLiteral("WEB/01 ..")); // not a safe file name as it stands
    writer.setTime(QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
    auto first = writer.write(s.plan, s.backups.path());
    auto second = writer.write(s.plan, s.backups.path());
    QVERIFY(first && second);
    QCOMPARE(QFileInfo(first->path()).fileName(), QStringLiteral("WEB_01_..-20261121T100000Z"));
    QCOMPARE(QFileInfo(second->path()).fileName(), QStringLiteral("WEB_01_..-20261121T100000Z-2"));
}

void tst_BackupBundle::backupFolderNotWritable_data()
{
    QTest::addColumn<QString>("relative");
    // Root ignores permission bits, so these fail for everyone: a path through a regular file.
    QTest::newRow("backup folder is a file") << "afile";
    QTest::newRow("parent is a file") << "afile/backups";
    QTest::newRow("grandparent is a file") << "afile/x/backups";
}

void tst_BackupBundle::backupFolderNotWritable()
{
    QFETCH(QString, relative);
    Setup s;
    makePlan(s);
    QFile file(s.backups.filePath(QStringLiteral("afile")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto before = filesUnder(s.fx.snapshot.path());
    auto bundle = writeBundle(s, s.backups.filePath(relative));
    QVERIFY(!bundle);
    QCOMPARE(bundle.error().code, ErrorCode::BackupFailed);
    QVERIFY2(bundle.error().message().contains(QStringLiteral("nothing was changed")),
             qPrintable(bundle.error().message()));
    QVERIFY(bundle.error().message().contains(s.backups.path()));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), before);
}

void tst_BackupBundle::injectedWriteFailure_data()
{
    QTest::addColumn<int>("okWrites");
    QTest::newRow("first certificate") << 0;
    QTest::newRow("third certificate") << 2;
    QTest::newRow("store export") << 3;
    QTest::newRow("schannel.reg") << 4;
    QTest::newRow("manifest") << 5;
}

void tst_BackupBundle::injectedWriteFailure()
{
    QFETCH(int, okWrites);
    Setup s;
    makePlan(s);
    qputenv("CERTMEND_FAULT", QByteArray("fail-write-after=") + QByteArray::number(okWrites));
    FaultInjection::reset();
    const auto before = filesUnder(s.fx.snapshot.path());
    auto bundle = writeBundle(s, s.backups.path());
    QVERIFY(!bundle);
    QCOMPARE(bundle.error().code, ErrorCode::BackupFailed);
    QVERIFY(bundle.error().message().contains(QStringLiteral("injected")));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), before);
    QVERIFY(QDir(s.backups.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty()); // no half bundle left
}

void tst_BackupBundle::refusesDamagedBundle_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("code");
    QTest::newRow("manifest host edited") << "edit-manifest" << int(ErrorCode::Tampered);
    QTest::newRow("manifest truncated") << "truncate-manifest" << int(ErrorCode::Tampered);
    QTest::newRow("manifest missing") << "delete-manifest" << int(ErrorCode::FileNotFound);
    QTest::newRow("certificate truncated") << "truncate-cert" << int(ErrorCode::Truncated);
    QTest::newRow("certificate byte flipped") << "flip-cert" << int(ErrorCode::Tampered);
    QTest::newRow("certificate deleted") << "delete-cert" << int(ErrorCode::FileNotFound);
    QTest::newRow("certificate replaced by link") << "link-cert" << int(ErrorCode::OutsideSnapshot);
    QTest::newRow("sst byte flipped") << "flip-sst" << int(ErrorCode::Tampered);
}

void tst_BackupBundle::refusesDamagedBundle()
{
    QFETCH(QString, damage);
    QFETCH(int, code);
    Setup s;
    makePlan(s);
    auto bundle = writeBundle(s, s.backups.path());
    QVERIFY(bundle);
    QVERIFY(BackupBundle::open(bundle->path()));
    const QDir dir(bundle->path());
    const QString cert = dir.filePath(BackupManifest::certificatePath(s.fx.intermediates.at(1).cert.sha1Thumbprint()));
    const QString manifest = dir.filePath(QStringLiteral("manifest.json"));
    auto rewrite = [](const QString& path, const std::function<QByteArray(QByteArray)>& change) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = change(f.readAll());
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    if (damage == QLatin1String("edit-manifest"))
        rewrite(manifest, [](QByteArray b) { return b.replace("TESTHOST", "OTHERHOST"); });
    else if (damage == QLatin1String("truncate-manifest"))
        rewrite(manifest, [](QByteArray b) { return b.left(b.size() / 2); });
    else if (damage == QLatin1String("delete-manifest"))
        QVERIFY(QFile::remove(manifest));
    else if (damage == QLatin1String("truncate-cert"))
        rewrite(cert, [](QByteArray b) { return b.left(b.size() - 10); });
    else if (damage == QLatin1String("flip-cert"))
        rewrite(cert, [](QByteArray b) {
            b[b.size() / 2] = char(b.at(b.size() / 2) ^ 1);
            return b;
        });
    else if (damage == QLatin1String("delete-cert"))
        QVERIFY(QFile::remove(cert));
    else if (damage == QLatin1String("link-cert")) {
        // Same bytes, but outside the bundle: a link is refused whatever it points to.
        const QString outside = s.backups.filePath(QStringLiteral("outside.cer"));
        QVERIFY(QFile::copy(cert, outside));
        QVERIFY(QFile::remove(cert));
        QVERIFY(QFile::link(outside, cert));
    } else if (damage == QLatin1String("flip-sst"))
        rewrite(dir.filePath(QStringLiteral("stores/Root.sst")), [](QByteArray b) {
            b[20] = char(b.at(20) ^ 0x40);
            return b;
        });
    auto opened = BackupBundle::open(bundle->path());
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code), code);
    QVERIFY2(opened.error().message().contains(bundle->path()), qPrintable(opened.error().message()));
}

void tst_BackupBundle::refusesPathsLeavingTheBundle_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << "../outside.cer";
    QTest::newRow("inner parent") << "certificates/../../outside.cer";
    QTest::newRow("absolute") << "/etc/passwd";
    QTest::newRow("windows absolute") << "C:/Windows/win.ini";
    QTest::newRow("backslash") << "certificates\\..\\..\\x";
    QTest::newRow("dot segment") << "./manifest.json";
}

void tst_BackupBundle::refusesPathsLeavingTheBundle()
{
    QFETCH(QString, path);
    Setup s;
    makePlan(s);
    auto bundle = writeBundle(s, s.backups.path());
    QVERIFY(bundle);
    // A manifest with a correct digest: only the path check can catch this.
    BackupManifest m = bundle->manifest();
    m.files[0].path = path;
    QFile f(QDir(bundle->path()).filePath(QStringLiteral("manifest.json")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(m.toJson());
    f.close();
    auto opened = BackupBundle::open(bundle->path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::OutsideSnapshot);
    QVERIFY(opened.error().message().contains(path));
}

QTEST_GUILESS_MAIN(tst_BackupBundle)
#include "tst_BackupBundle.moc"
