// A fix of many misplaced intermediates (default 1,000; CERTMEND_BENCH_ACTIONS overrides) on a snapshot folder,
// with its verified backup, journal and verification. Prints the time of each phase (target: under 5 s in all);
// asserts only that the result is right. The same plan is also run against an in-memory store, which separates
// the engine's own cost (backup, journal, fsyncs, verification) from the store backend's.
#include "../core/tst_RemediationFixtures.h"

#include "remedy/Applier.h"
#include "remedy/BackupWriter.h"
#include "remedy/PlanBuilder.h"
#include "store/SnapshotStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

namespace {

/// Stores in memory: what the engine costs when the store itself costs nothing.
class MemoryStore : public CertificateStore
{
public:
    explicit MemoryStore(const CertificateStore& from)
    {
        for (const QString& name : from.storeNames()) {
            const auto entries = from.list(name);
            for (const StoreEntry& e : *entries)
                m_stores[name].insert(e.certificate.sha1Thumbprint(), e);
        }
    }
    QStringList storeNames() const override { return m_stores.keys(); }
    Result<QList<StoreEntry>> list(const QString& name) const override { return m_stores.value(name).values(); }
    Result<void> add(const QString& name, const Certificate& c, const QString& friendlyName) override
    {
        m_stores[name].insert(c.sha1Thumbprint(), StoreEntry{c, name, StoreOrigin::Registry, friendlyName, {}});
        return {};
    }
    Result<void> remove(const QString& name, const QString& sha1) override
    {
        if (!m_stores[name].remove(sha1))
            return makeError(ErrorCode::NotFound, sha1);
        return {};
    }
    bool isWritable() const override { return true; }

private:
    QHash<QString, QHash<QString, StoreEntry>> m_stores;
};

} // namespace

class tst_FixBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fix_data();
    void fix();
};

void tst_FixBenchmark::fix_data()
{
    QTest::addColumn<bool>("inMemory");
    QTest::newRow("engine with an in-memory store") << true;
    QTest::newRow("snapshot folder") << false;
}

void tst_FixBenchmark::fix()
{
    QFETCH(bool, inMemory);
    const bool chosen = qEnvironmentVariableIsSet("CERTMEND_BENCH_ACTIONS");
    const int count = chosen ? qEnvironmentVariableIntValue("CERTMEND_BENCH_ACTIONS") : 1000;
    MisplacedSnapshot fx(count);
    SnapshotStore folder(fx.snapshot.path());
    std::unique_ptr<MemoryStore> memory = inMemory ? std::make_unique<MemoryStore>(folder) : nullptr;
    CertificateStore& store = inMemory ? static_cast<CertificateStore&>(*memory) : folder;
    QTemporaryDir backups;

    QElapsedTimer total;
    total.start();
    QElapsedTimer phase;
    phase.start();
    auto plan = PlanBuilder(store, nullptr).build(fx.findings);
    QVERIFY(plan);
    QCOMPARE(plan->size(), count);
    const qint64 planMs = phase.restart();

    BackupWriter writer(store);
    writer.setHostName(QStringLiteral("BENCH"));
    auto bundle = writer.write(*plan, backups.path());
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message()));
    const qint64 backupMs = phase.restart();

    auto report = Applier(store, nullptr).apply(*bundle);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
    const qint64 applyMs = phase.restart();
    const qint64 totalMs = total.elapsed();

    QCOMPARE(report->changed, count);
    const auto root = store.list(QStringLiteral("Root"));
    const auto ca = store.list(QStringLiteral("CA"));
    QVERIFY(root && ca);
    QCOMPARE(root->size(), 1);
    QCOMPARE(ca->size(), count);
    qInfo("%d-action fix (%s): plan %lld ms, backup %lld ms, apply+verify %lld ms, total %.2f s (target < 5 s)", count,
          inMemory ? "in-memory store" : "snapshot folder", planMs, backupMs, applyMs, totalMs / 1000.0);
}

QTEST_GUILESS_MAIN(tst_FixBenchmark)
#include "tst_FixBenchmark.moc"
