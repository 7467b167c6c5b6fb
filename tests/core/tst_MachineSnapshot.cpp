#include "TempSnapshot.h"
#include "TestPki.h"

#include "store/MachineSnapshot.h"
#include "store/SnapshotWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

namespace {

int storeSize(const MachineSnapshot& snapshot, const QString& name)
{
    return int(snapshot.stores.value(name).size());
}

QString utf16(const QByteArray& reg)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(reg.constData()), reg.size() / 2);
}

} // namespace

class tst_MachineSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsScenario_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("windowsVersion");
        QTest::addColumn<int>("root");
        QTest::addColumn<int>("ca");
        QTest::addColumn<int>("clientAuthIssuer");
        QTest::addColumn<int>("my");

        QTest::newRow("intermediate-in-root") << "intermediate-in-root"
                                              << "WEB01"
                                              << "10.0.17763" << 4 << 2 << 0 << 1;
        QTest::newRow("issuer-list-403-7") << "issuer-list-403-7"
                                           << "WEB02"
                                           << "10.0.17763" << 4 << 2 << 0 << 1;
        QTest::newRow("external-ca-trust-mode-2") << "external-ca-trust-mode-2"
                                                  << "PARTNERGW01"
                                                  << "10.0.20348" << 3 << 3 << 1 << 1;
        QTest::newRow("healthy") << "healthy"
                                 << "WEB03"
                                 << "10.0.17763" << 3 << 3 << 0 << 1;
        QTest::newRow("rollover-in-root") << "rollover-in-root"
                                          << "APP01"
                                          << "10.0.14393" << 5 << 2 << 0 << 1;
        QTest::newRow("issuer-list-over-16k") << "issuer-list-over-16k"
                                              << "PORTAL01"
                                              << "10.0.17763" << 173 << 3 << 0 << 1;
        QTest::newRow("group-policy-intermediate") << "group-policy-intermediate"
                                                   << "INTRANET01"
                                                   << "10.0.20348" << 4 << 2 << 0 << 1;
    }

    void loadsScenario()
    {
        QFETCH(QString, id);
        QFETCH(QString, host);
        QFETCH(QString, windowsVersion);
        QFETCH(int, root);
        QFETCH(int, ca);
        QFETCH(int, clientAuthIssuer);
        QFETCH(int, my);

        const auto loaded = MachineSnapshot::load(QStringLiteral(":/scenarios/") + id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
        const MachineSnapshot& snapshot = loaded.value();
        QVERIFY2(snapshot.issues.isEmpty(), qPrintable(snapshot.issues.value(0).message()));
        QCOMPARE(snapshot.manifest.hostName, host);
        QCOMPARE(snapshot.manifest.windowsVersion, windowsVersion);
        QVERIFY(snapshot.manifest.productName.startsWith(QLatin1String("Windows Server")));
        QCOMPARE(snapshot.manifest.capturedUtc, QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
        QCOMPARE(storeSize(snapshot, QStringLiteral("Root")), root);
        QCOMPARE(storeSize(snapshot, QStringLiteral("CA")), ca);
        QCOMPARE(storeSize(snapshot, QStringLiteral("ClientAuthIssuer")), clientAuthIssuer);
        QCOMPARE(storeSize(snapshot, QStringLiteral("My")), my);
        QCOMPARE(snapshot.certificateCount(), qsizetype(root + ca + clientAuthIssuer + my));
        QVERIFY(!snapshot.writable);
        QVERIFY(!snapshot.certificateStore().isWritable());

        // schannel.reg is carried raw, as `reg export` wrote it; sslcert.txt names the My certificate.
        QVERIFY(snapshot.schannelReg.startsWith("\xff\xfe"));
        QVERIFY(
            utf16(snapshot.schannelReg.mid(2)).startsWith(QLatin1String("Windows Registry Editor Version 5.00\r\n")));
        QVERIFY(snapshot.sslcertText.contains(QLatin1String("SSL Certificate bindings:")));
        const QString serverThumbprint =
            snapshot.stores.value(QStringLiteral("My")).first().certificate.sha1Thumbprint();
        QVERIFY(snapshot.sslcertText.contains(QLatin1String("Certificate Hash             : ") +
                                              serverThumbprint.toLower()));
    }

    void scenarioContents()
    {
        auto load = [](const char* id) {
            return MachineSnapshot::load(QStringLiteral(":/scenarios/") + QLatin1String(id)).value();
        };
        auto notSelfIssued = [](const MachineSnapshot& s) {
            QStringList names;
            for (const StoreEntry& entry : s.stores.value(QStringLiteral("Root")))
                if (!entry.certificate.isSelfIssued())
                    names += entry.certificate.displayName();
            return names;
        };

        QCOMPARE(notSelfIssued(load("intermediate-in-root")), QStringList{"Contoso Issuing CA 01"});
        QCOMPARE(notSelfIssued(load("healthy")), QStringList{});

        // The rollover link passes the name test but not the signature test.
        const MachineSnapshot rollover = load("rollover-in-root");
        QCOMPARE(notSelfIssued(rollover), QStringList{});
        int signedByOwnKey = 0;
        for (const StoreEntry& entry : rollover.stores.value(QStringLiteral("Root"))) {
            const auto verified = entry.certificate.isSignedBy(entry.certificate);
            QVERIFY(verified.ok());
            signedByOwnKey += verified.value() ? 1 : 0;
        }
        QCOMPARE(signedByOwnKey, 4);

        // Schannel's issuer list: Σ(subject DER + 2) over the store.
        qsizetype issuerListSize = 0;
        for (const StoreEntry& entry : load("issuer-list-over-16k").stores.value(QStringLiteral("Root")))
            issuerListSize += entry.certificate.subjectDer().size() + 2;
        QVERIFY2(issuerListSize > 16384, qPrintable(QString::number(issuerListSize)));

        int fromPolicy = 0;
        for (const StoreEntry& entry : load("group-policy-intermediate").stores.value(QStringLiteral("Root")))
            fromPolicy += entry.origin == StoreOrigin::GroupPolicy ? 1 : 0;
        QCOMPARE(fromPolicy, 2);

        QVERIFY(utf16(load("issuer-list-403-7").schannelReg)
                    .contains(QLatin1String("\"SendTrustedIssuerList\"=dword:00000001")));
        const MachineSnapshot partner = load("external-ca-trust-mode-2");
        QVERIFY(utf16(partner.schannelReg).contains(QLatin1String("\"ClientAuthTrustMode\"=dword:00000002")));
        QVERIFY(partner.sslcertText.contains(QLatin1String("Ctl Store Name               : ClientAuthIssuer")));
    }

    void loadsWritableFolder()
    {
        TempSnapshot temp(QStringLiteral("HOST42"));
        const TestCert root = TestPki::makeRoot(QStringLiteral("Machine Test Root"));
        temp.addCertificate(QStringLiteral("Root"), root.cert);
        temp.addCertificate(QStringLiteral("root"), TestPki::makeIntermediate(QStringLiteral("Stray"), root).cert,
                            StoreOrigin::GroupPolicy);
        temp.setSchannelValues({QStringLiteral("\"SendTrustedIssuerList\"=dword:00000001")});
        temp.setSslcert(QStringLiteral("SSL Certificate bindings:\n"));
        const auto loaded = temp.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded->writable);
        QVERIFY(loaded->certificateStore().isWritable());
        QCOMPARE(loaded->manifest.hostName, QStringLiteral("HOST42"));
        QCOMPARE(loaded->stores.keys(), QStringList{"Root"});
        QCOMPARE(loaded->stores.value(QStringLiteral("Root")).size(), 2);
        QCOMPARE(loaded->schannelReg,
                 TempSnapshot::regExport({QStringLiteral("\"SendTrustedIssuerList\"=dword:00000001")}));
        QCOMPARE(loaded->sslcertText, QStringLiteral("SSL Certificate bindings:\n"));
        QVERIFY(loaded->issues.isEmpty());
    }

    void decodesSslcertEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("SSL Certificate bindings:\r\n    Ctl Store Name : (null)\r\n");
        QTest::newRow("utf-8") << text.toUtf8();
        QByteArray utf16le("\xff\xfe", 2);
        utf16le += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QTest::newRow("utf-16le with BOM (PowerShell 5 redirect)") << utf16le;
        QTest::newRow("utf-8 with BOM") << QByteArray("\xef\xbb\xbf") + text.toUtf8();
    }

    void decodesSslcertEncodings()
    {
        QFETCH(QByteArray, bytes);
        TempSnapshot temp;
        temp.writeFile(QStringLiteral("sslcert.txt"), bytes);
        const auto loaded = temp.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->sslcertText, QStringLiteral("SSL Certificate bindings:\r\n    Ctl Store Name : (null)\r\n"));
    }

    void loadsSingleCertificateFile()
    {
        const TestCert root = TestPki::makeRoot(QStringLiteral("Single File Root"));
        const TestCert intermediate = TestPki::makeIntermediate(QStringLiteral("Single File CA"), root);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roots.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestPki::toPem({root.cert, intermediate.cert}));
        file.close();

        const auto loaded = MachineSnapshot::load(path);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->isSingleFile());
        QVERIFY(!loaded->writable);
        QCOMPARE(loaded->stores.keys(), QStringList{"Root"});
        QCOMPARE(loaded->stores.value(QStringLiteral("Root")).size(), 2);
        QCOMPARE(loaded->manifest.hostName, QStringLiteral("unknown"));
        QVERIFY(!loaded->certificateStore().isWritable());
    }

    void refusesUnusablePaths_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("missing") << "missing" << int(ErrorCode::FileNotFound);
        QTest::newRow("empty folder") << "empty-folder" << int(ErrorCode::BadFormat);
        QTest::newRow("text file") << "text-file" << int(ErrorCode::BadFormat);
        QTest::newRow("empty file") << "empty-file" << int(ErrorCode::EmptyFile);
        QTest::newRow("empty path") << "empty-path" << int(ErrorCode::InvalidArgument);
    }

    void refusesUnusablePaths()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("thing"));
        if (kind == QLatin1String("empty-folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("text-file") || kind == QLatin1String("empty-file")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text-file"))
                file.write("this is not a certificate\n");
        } else if (kind == QLatin1String("empty-path")) {
            path.clear();
        }
        const auto loaded = MachineSnapshot::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().code), code);
        if (!path.isEmpty())
            QCOMPARE(loaded.error().file, path);
        if (kind == QLatin1String("empty-folder"))
            QVERIFY(loaded.error().detail.contains(QLatin1String("not a CertMend snapshot")));
    }

    void writerCreatesLoadableSnapshot()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("capture"));
        SnapshotManifest manifest;
        manifest.hostName = QStringLiteral("SRV1");
        manifest.productName = QStringLiteral("Windows Server 2022 Standard");
        manifest.windowsVersion = QStringLiteral("10.0.20348");
        manifest.capturedUtc = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
        manifest.description = QStringLiteral("before the fix");
        QVERIFY(SnapshotWriter::create(folder, manifest).ok());
        QVERIFY(!SnapshotWriter::create(folder, manifest).ok()); // not empty any more

        const auto loaded = MachineSnapshot::load(folder);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->issues.isEmpty());
        QCOMPARE(loaded->manifest.hostName, manifest.hostName);
        QCOMPARE(loaded->manifest.productName, manifest.productName);
        QCOMPARE(loaded->manifest.windowsVersion, manifest.windowsVersion);
        QCOMPARE(loaded->manifest.capturedUtc, manifest.capturedUtc);
        QCOMPARE(loaded->manifest.description, manifest.description);
        QVERIFY(loaded->stores.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MachineSnapshot)
#include "tst_MachineSnapshot.moc"
