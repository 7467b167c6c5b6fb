// The store contract (helper/contract/StoreContractCases.h), data-driven: every case against SnapshotStore and,
// with CERTMEND_WINHELPER set ("wine /path/certmend-winhelper.exe"), against WinHelperStore: the live-machine
// backend, talking to the helper under Wine. scripts/wine-contract.sh builds the helper and sets the variable.
#include "../../helper/contract/StoreContractCases.h"

#include "TempSnapshot.h"
#include "TestPki.h"

#include "schannel/SnapshotSchannelRegistry.h"
#include "schannel/WinHelperSchannelRegistry.h"
#include "store/SnapshotStore.h"
#include "store/WinHelperStore.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace certmend;
using namespace certmend::test;

namespace {

/// One backend under test: the store, a second view of it (new object / new process), a read-only view, and
/// the Schannel registry. nullptr where the backend has no such thing.
struct Backend
{
    virtual ~Backend() = default;
    virtual CertificateStore& store() = 0;
    virtual std::unique_ptr<CertificateStore> reopen() = 0;
    virtual std::unique_ptr<CertificateStore> readOnly() = 0;
    virtual SchannelRegistry& schannel() = 0;
    virtual bool plantStringValue(const QString& name, const QString& text) = 0;
    virtual std::unique_ptr<CertificateStore> notElevatedStore() = 0;
    virtual std::unique_ptr<SchannelRegistry> notElevatedSchannel() = 0;
};

struct SnapshotBackend : Backend
{
    SnapshotBackend()
        : m_store(m_snapshot.path())
        , m_schannel(m_snapshot.filePath(QStringLiteral("schannel.reg")))
    {
        // Like a real Root: a few self-signed roots, one of them deployed by Group Policy.
        m_snapshot.addCertificate(QStringLiteral("Root"), TestPki::makeRoot(QStringLiteral("Seed Root A")).cert);
        m_snapshot.addCertificate(QStringLiteral("Root"), TestPki::makeRoot(QStringLiteral("Seed Root B")).cert);
        m_snapshot.addCertificate(QStringLiteral("Root"), TestPki::makeRoot(QStringLiteral("Seed GPO Root")).cert,
                                  StoreOrigin::GroupPolicy);
    }
    CertificateStore& store() override { return m_store; }
    std::unique_ptr<CertificateStore> reopen() override { return std::make_unique<SnapshotStore>(m_snapshot.path()); }
    std::unique_ptr<CertificateStore> readOnly() override
    {
        return std::make_unique<SnapshotStore>(m_snapshot.path(), true);
    }
    SchannelRegistry& schannel() override { return m_schannel; }
    bool plantStringValue(const QString& name, const QString& text) override
    {
        m_snapshot.setSchannelValues({QStringLiteral("\"%1\"=\"%2\"").arg(name, text)});
        return true;
    }
    std::unique_ptr<CertificateStore> notElevatedStore() override { return nullptr; }
    std::unique_ptr<SchannelRegistry> notElevatedSchannel() override { return nullptr; }

    TempSnapshot m_snapshot;
    SnapshotStore m_store;
    SnapshotSchannelRegistry m_schannel;
};

struct WineBackend : Backend
{
    WineBackend()
        : m_connection(connect({}))
        , m_store(m_connection)
        , m_schannel(m_connection)
    {
        // The prefix is shared by all rows: start each from absent Schannel values.
        (void)m_schannel.writeDword(QStringLiteral("SendTrustedIssuerList"), std::nullopt);
        (void)m_schannel.writeDword(QStringLiteral("ClientAuthTrustMode"), std::nullopt);
    }
    static std::shared_ptr<WinHelperConnection> connect(WinHelperConnection::Options options)
    {
        options.command = WinHelperConnection::commandFromEnvironment();
        return std::make_shared<WinHelperConnection>(options);
    }
    CertificateStore& store() override { return m_store; }
    std::unique_ptr<CertificateStore> reopen() override { return std::make_unique<WinHelperStore>(connect({})); }
    std::unique_ptr<CertificateStore> readOnly() override
    {
        WinHelperConnection::Options options;
        options.readOnly = true;
        return std::make_unique<WinHelperStore>(connect(options));
    }
    SchannelRegistry& schannel() override { return m_schannel; }
    bool plantStringValue(const QString& name, const QString& text) override
    {
        return m_schannel.writeValue(RegValue::string(name, text)).ok();
    }
    std::unique_ptr<CertificateStore> notElevatedStore() override
    {
        WinHelperConnection::Options options;
        options.simulateNotElevated = true;
        return std::make_unique<WinHelperStore>(connect(options));
    }
    std::unique_ptr<SchannelRegistry> notElevatedSchannel() override
    {
        WinHelperConnection::Options options;
        options.simulateNotElevated = true;
        return std::make_unique<WinHelperSchannelRegistry>(connect(options));
    }

    std::shared_ptr<WinHelperConnection> m_connection;
    WinHelperStore m_store;
    WinHelperSchannelRegistry m_schannel;
};

int countIn(const CertificateStore& store, const QString& storeName, const Certificate& certificate,
            StoreOrigin origin = StoreOrigin::Registry)
{
    const Result<QList<StoreEntry>> entries = store.list(storeName);
    if (!entries)
        return -1;
    int count = 0;
    for (const StoreEntry& entry : *entries)
        count += entry.certificate == certificate && entry.origin == origin ? 1 : 0;
    return count;
}

} // namespace

class tst_StoreContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contract_data();
    void contract();

private:
    void run(const QString& name, Backend& backend, const QString& backendName);
    void schannelRoundTrip(Backend& backend, quint32 value);
};

void tst_StoreContract::contract_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("caseName");
    for (const char* backend : {"snapshot", "wine"}) {
        for (const char* name : contract::kStoreContractCases)
            QTest::addRow("%s/%s", backend, name) << QString::fromLatin1(backend) << QString::fromLatin1(name);
    }
}

void tst_StoreContract::contract()
{
    QFETCH(QString, backend);
    QFETCH(QString, caseName);
    std::unique_ptr<Backend> b;
    if (backend == QLatin1String("wine")) {
        if (qEnvironmentVariableIsEmpty("CERTMEND_WINHELPER"))
            QSKIP("set CERTMEND_WINHELPER, see scripts/wine-contract.sh");
        b = std::make_unique<WineBackend>();
    } else {
        b = std::make_unique<SnapshotBackend>();
    }
    run(caseName, *b, backend);
}

void tst_StoreContract::schannelRoundTrip(Backend& backend, quint32 value)
{
    const QString name = QStringLiteral("SendTrustedIssuerList");
    SchannelRegistry& registry = backend.schannel();
    const Result<void> written = registry.writeDword(name, value);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
    const Result<std::optional<quint32>> back = registry.readDword(QStringLiteral("sendtrustedissuerlist"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message()));
    QCOMPARE(back->value_or(99), value);
    const Result<std::optional<RegValue>> raw = registry.readValue(name);
    QVERIFY(raw.ok() && raw->has_value());
    QCOMPARE((*raw)->type, RegValue::Type::Dword);
    QVERIFY(registry.writeDword(name, std::nullopt).ok());
    const Result<std::optional<quint32>> gone = registry.readDword(name);
    QVERIFY(gone.ok());
    QVERIFY(!gone->has_value());
}

void tst_StoreContract::run(const QString& name, Backend& backend, const QString& backendName)
{
    const TestCert root = TestPki::makeRoot(QStringLiteral("Contract Root"));
    const TestCert intermediate = TestPki::makeIntermediate(QStringLiteral("Contract Intermediate"), root);
    CertificateStore& store = backend.store();
    const QString rootStore = QStringLiteral("Root");
    const QString caStore = QStringLiteral("CA");
    auto ok = [](const Result<void>& r) { return r.ok() ? QString() : r.error().message(); };

    if (name == QLatin1String("enumerate-root")) {
        QVERIFY2(store.add(rootStore, root.cert).ok(), "planting a root");
        const Result<QList<StoreEntry>> entries = store.list(QStringLiteral("root"));
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message()));
        QSet<QString> seen;
        bool planted = false;
        for (const StoreEntry& entry : *entries) {
            QVERIFY(!entry.certificate.isNull());
            QCOMPARE(entry.storeName, rootStore);
            QVERIFY(entry.origin != StoreOrigin::Unknown);
            QVERIFY(!entry.sourcePath.isEmpty());
            QCOMPARE(entry.certificate.sha1Thumbprint().size(), 40);
            const QString key = storeOriginName(entry.origin) + entry.certificate.sha1Thumbprint();
            QVERIFY2(!seen.contains(key), "a certificate listed twice in one origin");
            seen.insert(key);
            planted = planted || (entry.certificate == root.cert && entry.origin == StoreOrigin::Registry);
        }
        QVERIFY2(planted, "the planted root is not listed with origin registry");
        QVERIFY(store.storeNames().contains(rootStore));
    } else if (name == QLatin1String("add-intermediate-to-root")) {
        QCOMPARE(ok(store.add(rootStore, intermediate.cert, QStringLiteral("Contract"))), QString());
        QCOMPARE(countIn(store, rootStore, intermediate.cert), 1);
        QCOMPARE(countIn(store, caStore, intermediate.cert), 0);
    } else if (name == QLatin1String("move-root-to-ca")) {
        QCOMPARE(ok(store.add(rootStore, intermediate.cert)), QString());
        QCOMPARE(ok(store.add(caStore, intermediate.cert)), QString());
        QCOMPARE(ok(store.remove(rootStore, intermediate.cert.sha1Thumbprint())), QString());
        QCOMPARE(countIn(store, rootStore, intermediate.cert), 0);
        QCOMPARE(countIn(store, caStore, intermediate.cert), 1);
    } else if (name == QLatin1String("delete")) {
        QCOMPARE(ok(store.add(rootStore, intermediate.cert)), QString());
        QCOMPARE(ok(store.remove(rootStore, intermediate.cert.sha1Thumbprint().toLower())), QString());
        QCOMPARE(countIn(store, rootStore, intermediate.cert), 0);
        const Result<void> again = store.remove(rootStore, intermediate.cert.sha1Thumbprint());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    } else if (name == QLatin1String("persistence-after-reopen")) {
        QCOMPARE(ok(store.add(caStore, intermediate.cert)), QString());
        const std::unique_ptr<CertificateStore> reopened = backend.reopen();
        QCOMPARE(countIn(*reopened, caStore, intermediate.cert), 1);
        QCOMPARE(ok(reopened->remove(caStore, intermediate.cert.sha1Thumbprint())), QString());
        QCOMPARE(countIn(*backend.reopen(), caStore, intermediate.cert), 0);
    } else if (name == QLatin1String("add-duplicate")) {
        QCOMPARE(ok(store.add(rootStore, intermediate.cert)), QString());
        const qsizetype before = store.list(rootStore)->size();
        QCOMPARE(ok(store.add(rootStore, intermediate.cert)), QString());
        QCOMPARE(store.list(rootStore)->size(), before);
        QCOMPARE(countIn(store, rootStore, intermediate.cert), 1);
    } else if (name == QLatin1String("missing-store")) {
        const QString missing = QStringLiteral("ClientAuthIssuer");
        const Result<QList<StoreEntry>> before = store.list(missing);
        QVERIFY2(before.ok(), "a missing store is an error");
        QCOMPARE(countIn(store, missing, intermediate.cert), 0);
        QCOMPARE(ok(store.add(missing, intermediate.cert)), QString());
        QCOMPARE(countIn(store, missing, intermediate.cert), 1);
        QVERIFY(store.storeNames().contains(missing));
        QCOMPARE(ok(store.remove(missing, intermediate.cert.sha1Thumbprint())), QString());
    } else if (name == QLatin1String("read-only-open")) {
        const std::unique_ptr<CertificateStore> readOnly = backend.readOnly();
        QVERIFY(!readOnly->isWritable());
        const Result<QList<StoreEntry>> before = readOnly->list(rootStore);
        QVERIFY(before.ok());
        QVERIFY(!readOnly->add(rootStore, intermediate.cert).ok());
        QCOMPARE(readOnly->list(rootStore)->size(), before->size());
        QCOMPARE(countIn(store, rootStore, intermediate.cert), 0);
    } else if (name == QLatin1String("schannel-absent")) {
        const Result<std::optional<quint32>> value =
            backend.schannel().readDword(QStringLiteral("SendTrustedIssuerList"));
        QVERIFY(value.ok());
        QVERIFY(!value->has_value());
        QVERIFY(!backend.schannel().readValue(QStringLiteral("SendTrustedIssuerList"))->has_value());
        QCOMPARE(ok(backend.schannel().writeDword(QStringLiteral("SendTrustedIssuerList"), std::nullopt)), QString());
    } else if (name.startsWith(QLatin1String("schannel-dword-"))) {
        schannelRoundTrip(backend, name.section(QLatin1Char('-'), 2).toUInt());
    } else if (name == QLatin1String("schannel-wrong-type")) {
        QVERIFY(backend.plantStringValue(QStringLiteral("ClientAuthTrustMode"), QStringLiteral("1")));
        const Result<std::optional<quint32>> value =
            backend.schannel().readDword(QStringLiteral("ClientAuthTrustMode"));
        QVERIFY(!value.ok());
        QCOMPARE(value.error().code, ErrorCode::BadFormat);
        QVERIFY2(value.error().message().contains(QLatin1String("REG_SZ")), qPrintable(value.error().message()));
        const Result<std::optional<RegValue>> raw = backend.schannel().readValue(QStringLiteral("ClientAuthTrustMode"));
        QVERIFY(raw.ok() && raw->has_value());
        QCOMPARE((*raw)->type, RegValue::Type::String);
        QCOMPARE((*raw)->text, QStringLiteral("1"));
        QCOMPARE(ok(backend.schannel().writeDword(QStringLiteral("ClientAuthTrustMode"), std::nullopt)), QString());
    } else if (name == QLatin1String("elevation-refusal")) {
        const std::unique_ptr<CertificateStore> limited = backend.notElevatedStore();
        if (!limited)
            QSKIP(qPrintable(backendName + QStringLiteral(": a snapshot folder has no elevation")));
        const Result<void> added = limited->add(rootStore, intermediate.cert);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::NotElevated);
        QVERIFY2(added.error().message().contains(QLatin1String("Run as administrator")),
                 qPrintable(added.error().message()));
        QCOMPARE(countIn(store, rootStore, intermediate.cert), 0);
        const Result<void> written =
            backend.notElevatedSchannel()->writeDword(QStringLiteral("SendTrustedIssuerList"), 1);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::NotElevated);
        QVERIFY(!backend.schannel().readDword(QStringLiteral("SendTrustedIssuerList"))->has_value());
    } else {
        QFAIL(qPrintable(QStringLiteral("no implementation for contract case %1").arg(name)));
    }
}

QTEST_GUILESS_MAIN(tst_StoreContract)

#include "tst_StoreContract.moc"
