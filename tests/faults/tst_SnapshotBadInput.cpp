#include "TempSnapshot.h"
#include "TestPki.h"

#include "store/MachineSnapshot.h"
#include "x509/SerializedStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace certmend;
using namespace certmend::test;

namespace {

constexpr qint64 FiftyMegabytes = 50LL * 1024 * 1024;

void makeSparse(const QString& path, qint64 size)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(size));
}

bool contains(const QList<StoreEntry>& entries, const Certificate& certificate)
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&](const StoreEntry& entry) { return entry.certificate == certificate; });
}

QString describe(const QList<Error>& issues)
{
    QStringList lines;
    for (const Error& issue : issues)
        lines += QString::fromLatin1(errorCodeName(issue.code)) + QStringLiteral(" ") + issue.message();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_SnapshotBadInput : public QObject
{
    Q_OBJECT

private:
    TestCert m_root;
    TestCert m_intermediate;
    TestCert m_extra;
    QTemporaryDir m_outside; ///< a folder outside every snapshot, for links that lead out

private Q_SLOTS:
    void initTestCase()
    {
        m_root = TestPki::makeRoot(QStringLiteral("Bad Input Root"));
        m_intermediate = TestPki::makeIntermediate(QStringLiteral("Bad Input CA"), m_root);
        m_extra = TestPki::makeRoot(QStringLiteral("Bad Input Extra Root"));
        QVERIFY(m_outside.isValid());
        QFile outsideCert(m_outside.filePath(QStringLiteral("secret.cer")));
        QVERIFY(outsideCert.open(QIODevice::WriteOnly));
        outsideCert.write(m_extra.der());
    }

    // Each row spoils one part of an otherwise good snapshot: that part becomes an issue naming the file and
    // the reason, and the rest (Root and CA) still loads.
    void badPartIsAnIssue_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");

        QTest::newRow("truncated DER") << "truncated-der"
                                       << "stores/Root/registry/truncated.cer" << int(ErrorCode::Truncated);
        QTest::newRow("garbage PEM") << "garbage-pem"
                                     << "stores/Root/registry/garbage.pem" << int(ErrorCode::BadFormat);
        QTest::newRow("PEM with one bad block") << "pem-one-bad-block"
                                                << "stores/Root/registry/bundle.pem" << int(ErrorCode::BadFormat);
        QTest::newRow("truncated .sst") << "truncated-sst"
                                        << "stores/AuthRoot.sst" << int(ErrorCode::Truncated);
        QTest::newRow("empty file") << "empty-file"
                                    << "stores/Root/registry/empty.cer" << int(ErrorCode::EmptyFile);
        QTest::newRow("folder named .cer") << "folder-named-cer"
                                           << "stores/Root/registry/folder.cer" << int(ErrorCode::FileUnreadable);
        QTest::newRow("unreadable file (chmod 000)")
            << "unreadable"
            << "stores/Root/registry/locked.cer" << int(ErrorCode::FileUnreadable);
        QTest::newRow("file link leading out") << "link-out-file"
                                               << "stores/Root/registry/link.cer" << int(ErrorCode::OutsideSnapshot);
        QTest::newRow("physical store link leading out") << "link-out-physical"
                                                         << "stores/CA/enterprise" << int(ErrorCode::OutsideSnapshot);
        QTest::newRow("store link leading out") << "link-out-store"
                                                << "stores/Disallowed" << int(ErrorCode::OutsideSnapshot);
        QTest::newRow("dangling link") << "dangling-link"
                                       << "stores/Root/registry/dangling.cer" << int(ErrorCode::FileNotFound);
        QTest::newRow("50 MB certificate file") << "huge-cer"
                                                << "stores/Root/registry/huge.cer" << int(ErrorCode::FileTooLarge);
        QTest::newRow("50 MB schannel.reg") << "huge-reg"
                                            << "schannel.reg" << int(ErrorCode::FileTooLarge);
        QTest::newRow("schannel.reg link leading out") << "link-out-reg"
                                                       << "schannel.reg" << int(ErrorCode::OutsideSnapshot);
        QTest::newRow("sslcert.txt is a folder") << "sslcert-folder"
                                                 << "sslcert.txt" << int(ErrorCode::FileUnreadable);
        QTest::newRow("manifest not JSON") << "bad-manifest"
                                           << "manifest.json" << int(ErrorCode::BadFormat);
        QTest::newRow("manifest of another format") << "foreign-manifest"
                                                    << "manifest.json" << int(ErrorCode::BadFormat);
        QTest::newRow("no manifest") << "no-manifest"
                                     << "manifest.json" << int(ErrorCode::FileNotFound);
        QTest::newRow("unknown physical store folder") << "unknown-physical"
                                                       << "stores/Root/weird" << int(ErrorCode::UnsupportedFormat);
    }

    void badPartIsAnIssue()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(int, code);

        TempSnapshot snapshot(QStringLiteral("GOODHOST"));
        snapshot.addCertificate(QStringLiteral("Root"), m_root.cert);
        snapshot.addCertificate(QStringLiteral("CA"), m_intermediate.cert);
        const QString path = snapshot.filePath(file);
        QDir().mkpath(QFileInfo(path).absolutePath());
        bool manifestSpoiled = false;

        if (kind == QLatin1String("truncated-der")) {
            snapshot.writeFile(file, m_extra.der().left(m_extra.der().size() / 2));
        } else if (kind == QLatin1String("garbage-pem")) {
            snapshot.writeFile(file, "-----BEGIN CERTIFICATE-----\n!!not*base64!!\n-----END CERTIFICATE-----\n");
        } else if (kind == QLatin1String("pem-one-bad-block")) {
            snapshot.writeFile(file, TestPki::toPem({m_extra.cert}) +
                                         "-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n");
        } else if (kind == QLatin1String("truncated-sst")) {
            const QByteArray sst = SerializedStore::write({ReadCertificate{m_extra.cert, {}}});
            snapshot.writeFile(file, sst.left(sst.size() - 40));
        } else if (kind == QLatin1String("empty-file")) {
            snapshot.writeFile(file, {});
        } else if (kind == QLatin1String("folder-named-cer")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("unreadable")) {
            if (::geteuid() == 0)
                QSKIP("running as root: permissions do not stop root from reading (the folder-named-.cer row covers "
                      "an unreadable entry)");
            snapshot.writeFile(file, m_extra.der());
            QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
        } else if (kind == QLatin1String("link-out-file")) {
            QVERIFY(QFile::link(m_outside.filePath(QStringLiteral("secret.cer")), path));
        } else if (kind == QLatin1String("link-out-physical") || kind == QLatin1String("link-out-store")) {
            QVERIFY(QFile::link(m_outside.path(), path));
        } else if (kind == QLatin1String("dangling-link")) {
            QVERIFY(QFile::link(snapshot.filePath(QStringLiteral("stores/Root/registry/gone.cer")), path));
        } else if (kind == QLatin1String("huge-cer") || kind == QLatin1String("huge-reg")) {
            makeSparse(path, FiftyMegabytes);
        } else if (kind == QLatin1String("link-out-reg")) {
            QFile target(m_outside.filePath(QStringLiteral("other.reg")));
            QVERIFY(target.open(QIODevice::WriteOnly));
            target.write(TempSnapshot::regExport({}));
            target.close();
            QVERIFY(QFile::link(target.fileName(), path));
        } else if (kind == QLatin1String("sslcert-folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("bad-manifest")) {
            snapshot.writeFile(file, "{\"hostName\": \"HALF");
            manifestSpoiled = true;
        } else if (kind == QLatin1String("foreign-manifest")) {
            snapshot.writeFile(file, R"({"format": "something-else", "hostName": "X"})");
            manifestSpoiled = true;
        } else if (kind == QLatin1String("no-manifest")) {
            snapshot.removeManifest();
            manifestSpoiled = true;
        } else if (kind == QLatin1String("unknown-physical")) {
            snapshot.writeFile(file + QStringLiteral("/x.cer"), m_extra.der());
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown row kind ") + kind));
        }

        const auto loaded = MachineSnapshot::load(snapshot.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
        const MachineSnapshot& machine = loaded.value();

        const auto matching = std::find_if(machine.issues.cbegin(), machine.issues.cend(), [&](const Error& issue) {
            return int(issue.code) == code && issue.file.endsWith(file);
        });
        QVERIFY2(matching != machine.issues.cend(), qPrintable(QStringLiteral("issues:\n") + describe(machine.issues)));
        QVERIFY(!matching->detail.isEmpty());
        QVERIFY(matching->message().contains(file));

        // The rest of the machine still loads.
        QVERIFY(contains(machine.stores.value(QStringLiteral("Root")), m_root.cert));
        QVERIFY(contains(machine.stores.value(QStringLiteral("CA")), m_intermediate.cert));
        QCOMPARE(machine.manifest.hostName, manifestSpoiled ? QStringLiteral("unknown") : QStringLiteral("GOODHOST"));
        // Nothing from outside the snapshot got in.
        for (const QList<StoreEntry>& entries : machine.stores) {
            for (const StoreEntry& entry : entries) {
                if (entry.certificate == m_extra.cert)
                    QVERIFY(kind == QLatin1String("pem-one-bad-block"));
            }
        }
    }

    void regInUtf16BigEndianIsCarriedRaw()
    {
        TempSnapshot snapshot;
        const QString text = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\x]\r\n");
        QByteArray utf16be("\xfe\xff", 2);
        for (const QChar c : text) {
            utf16be += char(c.unicode() >> 8);
            utf16be += char(c.unicode() & 0xff);
        }
        snapshot.writeFile(QStringLiteral("schannel.reg"), utf16be);
        const auto loaded = snapshot.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->schannelReg, utf16be);
        QVERIFY(loaded->schannelRegPath.endsWith(QLatin1String("/schannel.reg")));
        QVERIFY(loaded->issues.isEmpty());
    }

    void storesFolderMissing()
    {
        TempSnapshot snapshot(QStringLiteral("NOSTORES"));
        QVERIFY(QDir(snapshot.filePath(QStringLiteral("stores"))).removeRecursively());
        snapshot.setSchannelValues({QStringLiteral("\"ClientAuthTrustMode\"=dword:00000002")});
        const auto loaded = snapshot.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded->stores.isEmpty());
        QCOMPARE(loaded->manifest.hostName, QStringLiteral("NOSTORES"));
        QVERIFY(!loaded->schannelReg.isEmpty());
        QCOMPARE(loaded->issues.size(), 1);
        QCOMPARE(loaded->issues.first().code, ErrorCode::NotFound);
        QVERIFY(loaded->issues.first().file.endsWith(QLatin1String("/stores")));

        // Without stores/ and without manifest.json the folder is not a snapshot at all.
        snapshot.removeManifest();
        const auto refused = snapshot.load();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::BadFormat);
        QVERIFY(refused.error().detail.contains(QLatin1String("not a CertMend snapshot")));
    }

    void storesFolderLeadsOut()
    {
        TempSnapshot snapshot(QStringLiteral("LINKED"));
        QVERIFY(QDir(snapshot.filePath(QStringLiteral("stores"))).removeRecursively());
        QVERIFY(QDir().mkpath(m_outside.filePath(QStringLiteral("stores/Root"))));
        QFile::copy(m_outside.filePath(QStringLiteral("secret.cer")),
                    m_outside.filePath(QStringLiteral("stores/Root/secret.cer")));
        QVERIFY(QFile::link(m_outside.filePath(QStringLiteral("stores")), snapshot.filePath(QStringLiteral("stores"))));
        const auto loaded = snapshot.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded->stores.isEmpty());
        QCOMPARE(loaded->manifest.hostName, QStringLiteral("LINKED"));
        QCOMPARE(loaded->issues.size(), 1);
        QCOMPARE(loaded->issues.first().code, ErrorCode::OutsideSnapshot);
        QVERIFY(loaded->issues.first().file.endsWith(QLatin1String("/stores")));
        QVERIFY(SnapshotStore(snapshot.path()).storeNames().isEmpty());
    }

    void unusableSingleFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("truncated DER") << "truncated" << int(ErrorCode::Truncated);
        QTest::newRow("50 MB") << "huge" << int(ErrorCode::FileTooLarge);
        QTest::newRow("garbage") << "garbage" << int(ErrorCode::BadFormat);
        QTest::newRow("character device") << "device" << int(ErrorCode::FileUnreadable);
    }

    void unusableSingleFile()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("input.cer"));
        if (kind == QLatin1String("truncated") || kind == QLatin1String("garbage")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kind == QLatin1String("truncated") ? m_root.der().left(60) : QByteArray("\x01\x02garbage"));
        } else if (kind == QLatin1String("huge")) {
            makeSparse(path, FiftyMegabytes);
        } else {
            path = QStringLiteral("/dev/null");
        }
        const auto loaded = MachineSnapshot::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().code), code);
        QCOMPARE(loaded.error().file, path);
    }

    // Random bytes behind plausible prefixes: every file is either read or an issue; nothing crashes.
    void randomFilesNeverCrash()
    {
        TempSnapshot snapshot;
        snapshot.addCertificate(QStringLiteral("Root"), m_root.cert);
        QRandomGenerator random(20261121);
        const QList<QByteArray> prefixes{QByteArray("\x30\x82", 2),     QByteArray("\x30\x80", 2),
                                         QByteArray("\0\0\0\0CERT", 8), QByteArray("-----BEGIN CERTIFICATE-----\n"),
                                         m_root.der().left(40),         QByteArray()};
        const int files = 120;
        for (int i = 0; i < files; ++i) {
            QByteArray bytes = prefixes.at(i % prefixes.size());
            const int extra = int(random.bounded(600));
            for (int j = 0; j < extra; ++j)
                bytes += char(random.bounded(256));
            snapshot.writeFile(QStringLiteral("stores/CA/registry/random-%1.cer").arg(i), bytes);
        }
        const auto loaded = snapshot.load();
        QVERIFY(loaded.ok());
        QVERIFY(contains(loaded->stores.value(QStringLiteral("Root")), m_root.cert));
        QCOMPARE(loaded->stores.value(QStringLiteral("CA")).size() + loaded->issues.size(), qsizetype(files));
    }
};

QTEST_GUILESS_MAIN(tst_SnapshotBadInput)
#include "tst_SnapshotBadInput.moc"
