#include "TempSnapshot.h"
#include "TestPki.h"

#include "store/SnapshotStore.h"
#include "x509/CertificateReader.h"
#include "x509/SerializedStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList thumbprints(const QList<StoreEntry>& entries)
{
    QStringList out;
    for (const StoreEntry& entry : entries)
        out += entry.certificate.sha1Thumbprint();
    out.sort();
    return out;
}

QList<ReadCertificate> readCertificates(const QList<Certificate>& certificates)
{
    QList<ReadCertificate> out;
    for (const Certificate& certificate : certificates)
        out += ReadCertificate{certificate, {}};
    return out;
}

} // namespace

class tst_SnapshotStore : public QObject
{
    Q_OBJECT

private:
    TestCert m_root;
    TestCert m_otherRoot;
    TestCert m_intermediate;
    TestCert m_leaf;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = TestPki::makeRoot(QStringLiteral("Store Test Root"));
        m_otherRoot = TestPki::makeRoot(QStringLiteral("Store Test Other Root"));
        m_intermediate = TestPki::makeIntermediate(QStringLiteral("Store Test Intermediate"), m_root);
        m_leaf = TestPki::makeEndEntity(QStringLiteral("Store Test Leaf"), m_intermediate);
    }

    void listLayouts_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("askFor");
        QTest::addColumn<int>("expectedCount");
        QTest::addColumn<int>("expectedOrigin");

        QTest::newRow("registry folder") << "stores/Root/registry/a.cer"
                                         << "der"
                                         << "Root" << 1 << int(StoreOrigin::Registry);
        QTest::newRow("file directly in store folder") << "stores/Root/a.crt"
                                                       << "der"
                                                       << "Root" << 1 << int(StoreOrigin::Registry);
        QTest::newRow("group policy") << "stores/Root/grouppolicy/a.cer"
                                      << "der"
                                      << "Root" << 1 << int(StoreOrigin::GroupPolicy);
        QTest::newRow("enterprise") << "stores/Root/enterprise/a.cer"
                                    << "der"
                                    << "Root" << 1 << int(StoreOrigin::Enterprise);
        QTest::newRow("sst store") << "stores/AuthRoot.sst"
                                   << "sst"
                                   << "AuthRoot" << 2 << int(StoreOrigin::Registry);
        QTest::newRow("lower-case folder, any-case query") << "stores/root/registry/a.pem"
                                                           << "pem"
                                                           << "ROOT" << 2 << int(StoreOrigin::Registry);
        QTest::newRow("p7b") << "stores/CA/registry/chain.p7b"
                             << "p7b"
                             << "ca" << 2 << int(StoreOrigin::Registry);
        QTest::newRow("other store not listed") << "stores/CA/registry/a.cer"
                                                << "der"
                                                << "Root" << 0 << int(StoreOrigin::Registry);
        QTest::newRow("non-certificate suffix ignored") << "stores/Root/registry/notes.txt"
                                                        << "der"
                                                        << "Root" << 0 << int(StoreOrigin::Registry);
    }

    void listLayouts()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, format);
        QFETCH(QString, askFor);
        QFETCH(int, expectedCount);
        QFETCH(int, expectedOrigin);

        const QList<Certificate> two{m_root.cert, m_otherRoot.cert};
        QByteArray bytes = m_root.der();
        if (format == QLatin1String("sst"))
            bytes = SerializedStore::write(readCertificates(two));
        else if (format == QLatin1String("pem"))
            bytes = TestPki::toPem(two);
        else if (format == QLatin1String("p7b"))
            bytes = TestPki::toPkcs7(two);

        TempSnapshot snapshot;
        const QString path = snapshot.writeFile(relativePath, bytes);
        const SnapshotStore store(snapshot.path());
        const StoreListing listing = store.listing(askFor);
        QVERIFY2(listing.issues.isEmpty(), qPrintable(listing.issues.value(0).message()));
        QCOMPARE(listing.entries.size(), expectedCount);
        for (const StoreEntry& entry : listing.entries) {
            QCOMPARE(int(entry.origin), expectedOrigin);
            QCOMPARE(entry.storeName, SnapshotStore::canonicalStoreName(askFor));
            QCOMPARE(QFileInfo(entry.sourcePath).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
        }
        QCOMPARE(store.list(askFor).value().size(), expectedCount);
    }

    void storeNamesAreCanonical()
    {
        TempSnapshot snapshot;
        snapshot.writeFile(QStringLiteral("stores/root/registry/a.cer"), m_root.der());
        snapshot.writeFile(QStringLiteral("stores/clientauthissuer/a.cer"), m_root.der());
        snapshot.writeFile(QStringLiteral("stores/authroot.sst"), SerializedStore::write({}));
        snapshot.writeFile(QStringLiteral("stores/Custom Store/a.cer"), m_root.der());
        QStringList names = SnapshotStore(snapshot.path()).storeNames();
        names.sort();
        QCOMPARE(names, (QStringList{"AuthRoot", "ClientAuthIssuer", "Custom Store", "Root"}));
    }

    void addWritesRegistryFileAndPersists()
    {
        TempSnapshot snapshot;
        SnapshotStore store(snapshot.path());
        QVERIFY(store.isWritable());
        const auto added = store.add(QStringLiteral("ca"), m_intermediate.cert);
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        const QString expected =
            snapshot.filePath(QStringLiteral("stores/CA/registry/%1.cer").arg(m_intermediate.cert.sha1Thumbprint()));
        QCOMPARE(readAll(expected), m_intermediate.der());

        const SnapshotStore reopened(snapshot.path());
        QCOMPARE(thumbprints(reopened.list(QStringLiteral("CA")).value()),
                 QStringList{m_intermediate.cert.sha1Thumbprint()});
    }

    void addTwiceChangesNothing()
    {
        TempSnapshot snapshot;
        SnapshotStore store(snapshot.path());
        QVERIFY(store.add(QStringLiteral("Root"), m_root.cert).ok());
        const QString file =
            snapshot.filePath(QStringLiteral("stores/Root/registry/%1.cer").arg(m_root.cert.sha1Thumbprint()));
        const QDateTime before = QFileInfo(file).lastModified();
        QTest::qWait(20);
        QVERIFY(store.add(QStringLiteral("Root"), m_root.cert).ok());
        QCOMPARE(QFileInfo(file).lastModified(), before);
        QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files).size(), 1);
        QCOMPARE(store.list(QStringLiteral("Root")).value().size(), 1);
    }

    void addToSstStoreRewritesIt()
    {
        TempSnapshot snapshot;
        const QString sst = snapshot.writeFile(QStringLiteral("stores/Root.sst"),
                                               SerializedStore::write(readCertificates({m_root.cert})));
        SnapshotStore store(snapshot.path());
        QVERIFY(store.add(QStringLiteral("Root"), m_otherRoot.cert, QStringLiteral("Other")).ok());
        QVERIFY(!QFileInfo::exists(snapshot.filePath(QStringLiteral("stores/Root"))));
        const auto read = SerializedStore::read(readAll(sst), sst);
        QVERIFY(read.ok());
        QCOMPARE(read->certificates.size(), 2);
        QCOMPARE(read->certificates.at(1).certificate, m_otherRoot.cert);
        QCOMPARE(read->certificates.at(1).friendlyName, QStringLiteral("Other"));
    }

    void removeDeletesRegistryFileOnly()
    {
        TempSnapshot snapshot;
        const QString registryFile = snapshot.addCertificate(QStringLiteral("Root"), m_intermediate.cert);
        const QString policyFile =
            snapshot.addCertificate(QStringLiteral("Root"), m_intermediate.cert, StoreOrigin::GroupPolicy);
        snapshot.addCertificate(QStringLiteral("Root"), m_root.cert);
        SnapshotStore store(snapshot.path());
        // Thumbprints as users paste them: lower case, spaces.
        QString pasted = m_intermediate.cert.sha1Thumbprint().toLower();
        pasted.insert(4, QLatin1Char(' '));
        const auto removed = store.remove(QStringLiteral("root"), pasted);
        QVERIFY2(removed.ok(), qPrintable(removed.error().message()));
        QVERIFY(!QFileInfo::exists(registryFile));
        QVERIFY(QFileInfo::exists(policyFile));
        const QList<StoreEntry> left = store.list(QStringLiteral("Root")).value();
        QCOMPARE(left.size(), 2);
        for (const StoreEntry& entry : left) {
            if (entry.certificate == m_intermediate.cert)
                QCOMPARE(entry.origin, StoreOrigin::GroupPolicy);
        }
    }

    void removeRewritesMultiCertificateFiles_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("format");
        QTest::newRow("pem bundle") << "stores/CA/registry/bundle.pem"
                                    << "pem";
        QTest::newRow("p7b") << "stores/CA/registry/bundle.p7b"
                             << "p7b";
        QTest::newRow("sst store") << "stores/CA.sst"
                                   << "sst";
    }

    void removeRewritesMultiCertificateFiles()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, format);
        const QList<Certificate> three{m_intermediate.cert, m_root.cert, m_otherRoot.cert};
        QByteArray bytes = format == QLatin1String("pem")   ? TestPki::toPem(three)
                           : format == QLatin1String("p7b") ? TestPki::toPkcs7(three)
                                                            : SerializedStore::write(readCertificates(three));
        TempSnapshot snapshot;
        const QString path = snapshot.writeFile(relativePath, bytes);
        SnapshotStore store(snapshot.path());
        QVERIFY(store.remove(QStringLiteral("CA"), m_root.cert.sha1Thumbprint()).ok());
        const auto read = CertificateReader::readBytes(readAll(path), path);
        QVERIFY(read.ok());
        QCOMPARE(read->format, CertificateReader::detectFormat(bytes));
        QCOMPARE(read->certificates.size(), 2);
        QCOMPARE(thumbprints(store.list(QStringLiteral("CA")).value()),
                 thumbprints(
                     {StoreEntry{m_intermediate.cert, {}, {}, {}, {}}, StoreEntry{m_otherRoot.cert, {}, {}, {}, {}}}));

        // Removing the rest of an .sst keeps the (empty) store file; other files go away.
        QVERIFY(store.remove(QStringLiteral("CA"), m_intermediate.cert.sha1Thumbprint()).ok());
        QVERIFY(store.remove(QStringLiteral("CA"), m_otherRoot.cert.sha1Thumbprint()).ok());
        QCOMPARE(QFileInfo::exists(path), format == QLatin1String("sst"));
        QVERIFY(store.list(QStringLiteral("CA")).value().isEmpty());
    }

    void removeMissing_data()
    {
        QTest::addColumn<bool>("onlyInGroupPolicy");
        QTest::newRow("absent") << false;
        QTest::newRow("only in group policy") << true;
    }

    void removeMissing()
    {
        QFETCH(bool, onlyInGroupPolicy);
        TempSnapshot snapshot;
        snapshot.addCertificate(QStringLiteral("Root"), m_root.cert);
        if (onlyInGroupPolicy)
            snapshot.addCertificate(QStringLiteral("Root"), m_intermediate.cert, StoreOrigin::GroupPolicy);
        SnapshotStore store(snapshot.path());
        const auto removed = store.remove(QStringLiteral("Root"), m_intermediate.cert.sha1Thumbprint());
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, ErrorCode::NotFound);
        QCOMPARE(removed.error().detail.contains(QLatin1String("Group Policy")), onlyInGroupPolicy);
        QCOMPARE(store.list(QStringLiteral("Root")).value().size(), onlyInGroupPolicy ? 2 : 1);
    }

    void singleFileIsReadOnlyRoot_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pem") << "pem";
        QTest::newRow("sst") << "sst";
        QTest::newRow("p7b") << "p7b";
        QTest::newRow("cer") << "cer";
    }

    void singleFileIsReadOnlyRoot()
    {
        QFETCH(QString, format);
        const QList<Certificate> two{m_root.cert, m_intermediate.cert};
        const QByteArray bytes = format == QLatin1String("pem")   ? TestPki::toPem(two)
                                 : format == QLatin1String("p7b") ? TestPki::toPkcs7(two)
                                 : format == QLatin1String("sst") ? SerializedStore::write(readCertificates(two))
                                                                  : m_root.der();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.") + format);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();

        SnapshotStore store = SnapshotStore::singleFile(path);
        QVERIFY(!store.isWritable());
        QCOMPARE(store.storeNames(), QStringList{"Root"});
        QCOMPARE(store.list(QStringLiteral("root")).value().size(), format == QLatin1String("cer") ? 1 : 2);
        QVERIFY(store.list(QStringLiteral("CA")).value().isEmpty());
        QVERIFY(!store.add(QStringLiteral("Root"), m_otherRoot.cert).ok());
        QVERIFY(!store.remove(QStringLiteral("Root"), m_root.cert.sha1Thumbprint()).ok());
        QCOMPARE(readAll(path), bytes);
    }

    void readOnlyFolderAndScenario()
    {
        TempSnapshot snapshot;
        snapshot.addCertificate(QStringLiteral("Root"), m_root.cert);
        SnapshotStore readOnly(snapshot.path(), true);
        QVERIFY(!readOnly.isWritable());
        QCOMPARE(readOnly.add(QStringLiteral("CA"), m_intermediate.cert).error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QFileInfo::exists(snapshot.filePath(QStringLiteral("stores/CA"))));

        SnapshotStore scenario(QStringLiteral(":/scenarios/healthy"));
        QVERIFY(!scenario.isWritable());
        QVERIFY(!scenario.list(QStringLiteral("Root")).value().isEmpty());
    }

    void refusesBadStoreNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << "../outside";
        QTest::newRow("slash") << "Root/registry";
        QTest::newRow("backslash") << "Root\\x";
        QTest::newRow("empty") << "";
        QTest::newRow("dot") << ".";
    }

    void refusesBadStoreNames()
    {
        QFETCH(QString, name);
        TempSnapshot snapshot;
        SnapshotStore store(snapshot.path());
        const auto added = store.add(name, m_root.cert);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
    }

    void refusesToWriteThroughOutsideLink()
    {
        QTemporaryDir outside;
        TempSnapshot snapshot;
        QVERIFY(QDir().mkpath(snapshot.filePath(QStringLiteral("stores"))));
        QVERIFY(QFile::link(outside.path(), snapshot.filePath(QStringLiteral("stores/CA"))));
        SnapshotStore store(snapshot.path());
        const auto added = store.add(QStringLiteral("CA"), m_intermediate.cert);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::OutsideSnapshot);
        QVERIFY(QDir(outside.path()).isEmpty());
        const StoreListing listing = store.listing(QStringLiteral("CA"));
        QCOMPARE(listing.issues.size(), 1);
        QCOMPARE(listing.issues.first().code, ErrorCode::OutsideSnapshot);
    }
};

QTEST_GUILESS_MAIN(tst_SnapshotStore)
#include "tst_SnapshotStore.moc"
