#include "tst_RemediationFixtures.h"

#include "remedy/Applier.h"
#include "remedy/BackupWriter.h"
#include "remedy/JournalState.h"
#include "remedy/PlanBuilder.h"
#include "remedy/Recovery.h"
#include "store/SnapshotStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

class tst_RemediationApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesAndVerifies();
    void refusesWhenStoreChanged_data();
    void refusesWhenStoreChanged();
    void rollsBackWhenAStoreIsReadOnly();
    void rollsBackOnFailurePartWay_data();
    void rollsBackOnFailurePartWay();
    void diskStaysFull();
    void rollsBackWhenVerificationFails();
    void cancelRollsBack();
    void refusesReadOnlySource();
    void refusesUsedBundle();

private:
    struct Setup
    {
        explicit Setup(int count)
            : fx(count)
            , store(fx.snapshot.path())
        {
            QVERIFY(registry.writeDword(QStringLiteral("SendTrustedIssuerList"), 1));
            Finding setting;
            setting.action.kind = ActionKind::ChangeSetting;
            setting.action.settingName = QStringLiteral("SendTrustedIssuerList");
            setting.action.settingValue = 0;
            auto built = PlanBuilder(store, &registry).build(fx.findings + QList<Finding>{setting});
            QVERIFY(built);
            plan = *built;
            BackupWriter writer(store);
            writer.setHostName(QStringLiteral("TESTHOST"));
            auto written = writer.write(plan, backups.path());
            QVERIFY(written);
            bundle = *written;
            before = filesUnder(fx.snapshot.path());
        }
        JournalState journal() const { return *JournalState::read(bundle.journalPath(), plan.size()); }

        MisplacedSnapshot fx;
        SnapshotStore store;
        MemorySchannelRegistry registry;
        RemediationPlan plan;
        QTemporaryDir backups;
        BackupBundle bundle;
        QMap<QString, QByteArray> before;
    };
};

void tst_RemediationApply::appliesAndVerifies()
{
    Setup s(5);
    Applier applier(s.store, &s.registry);
    QSignalSpy progress(&applier, &Applier::progress);
    auto report = applier.apply(s.bundle);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
    QCOMPARE(report->changed, 6);
    QCOMPARE(report->steps.size(), 7); // 6 actions and the verification
    QCOMPARE(progress.size(), 7);
    QCOMPARE(progress.last().at(0).toInt(), 6);
    QCOMPARE(progress.last().at(1).toInt(), 6);

    auto root = s.store.list(QStringLiteral("Root"));
    auto ca = s.store.list(QStringLiteral("CA"));
    QCOMPARE(root->size(), 1);
    QCOMPARE(root->first().certificate, s.fx.root.cert);
    QCOMPARE(ca->size(), 5);
    QCOMPARE(*s.registry.readDword(QStringLiteral("SendTrustedIssuerList")), std::optional<quint32>(0));
    const JournalState journal = s.journal();
    QCOMPARE(journal.status, JournalState::Status::Complete);
    QVERIFY(journal.verified);
    QCOMPARE(journal.count(JournalState::Step::Done), 6);
}

void tst_RemediationApply::refusesWhenStoreChanged_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("certificate gone") << "remove";
    QTest::newRow("certificate added") << "add";
    QTest::newRow("certificate added to target") << "add-target";
    QTest::newRow("schannel value changed") << "schannel";
}

void tst_RemediationApply::refusesWhenStoreChanged()
{
    QFETCH(QString, change);
    Setup s(3);
    if (change == QLatin1String("remove"))
        QVERIFY(s.store.remove(QStringLiteral("Root"), s.fx.intermediates.at(1).cert.sha1Thumbprint()));
    else if (change == QLatin1String("add"))
        QVERIFY(s.store.add(QStringLiteral("Root"), TestPki::makeRoot(QStringLiteral("Late")).cert));
    else if (change == QLatin1String("add-target"))
        QVERIFY(s.store.add(QStringLiteral("CA"), s.fx.intermediates.at(0).cert));
    else
        QVERIFY(s.registry.writeDword(QStringLiteral("SendTrustedIssuerList"), 2));
    const auto changed = filesUnder(s.fx.snapshot.path());
    auto report = Applier(s.store, &s.registry).apply(s.bundle);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::StoreChanged);
    QVERIFY(report.error().message().contains(QStringLiteral("nothing was changed")));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), changed);
    QCOMPARE(s.journal().status, JournalState::Status::NotStarted);
}

void tst_RemediationApply::rollsBackWhenAStoreIsReadOnly()
{
    Setup s(3);
    FaultyStore faulty(s.store);
    faulty.readOnlyStore = QStringLiteral("CA");
    auto report = Applier(faulty, &s.registry).apply(s.bundle);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Io);
    QVERIFY2(report.error().message().contains(QStringLiteral("Permission denied")),
             qPrintable(report.error().message()));
    QVERIFY(report.error().message().contains(QStringLiteral("stores are as before")));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), s.before);
    QCOMPARE(s.journal().status, JournalState::Status::RolledBack);
}

void tst_RemediationApply::rollsBackOnFailurePartWay_data()
{
    QTest::addColumn<int>("okChanges");
    QTest::newRow("first change") << 0;
    QTest::newRow("after 1 change (add done, remove fails)") << 1;
    QTest::newRow("after 4 changes") << 4;
    QTest::newRow("after 9 changes (last move)") << 9;
    QTest::newRow("schannel write fails") << 100;
}

void tst_RemediationApply::rollsBackOnFailurePartWay()
{
    QFETCH(int, okChanges);
    Setup s(5);
    FaultyStore faulty(s.store);
    if (okChanges < 100)
        faulty.failChange = okChanges;
    else
        s.registry.failWrites = true;
    auto report = Applier(faulty, &s.registry).apply(s.bundle);
    QVERIFY(!report);
    QVERIFY2(report.error().message().contains(QStringLiteral("stores are as before")),
             qPrintable(report.error().message()));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), s.before);
    QCOMPARE(*s.registry.readDword(QStringLiteral("SendTrustedIssuerList")), std::optional<quint32>(1));
    QCOMPARE(s.journal().status, JournalState::Status::RolledBack);
}

void tst_RemediationApply::diskStaysFull()
{
    Setup s(5);
    FaultyStore faulty(s.store);
    faulty.failAfterChanges = 3;
    auto report = Applier(faulty, &s.registry).apply(s.bundle);
    QVERIFY(!report);
    // The rollback cannot re-add either: the user is told where every certificate is and what to run.
    const QString message = report.error().message();
    QVERIFY2(message.contains(QStringLiteral("Rolling back failed too")), qPrintable(message));
    QVERIFY(message.contains(s.bundle.path()));
    QVERIFY(message.contains(QStringLiteral("recover")));
    QCOMPARE(s.journal().status, JournalState::Status::InProgress);
    for (const TestCert& ca : s.fx.intermediates) {
        auto root = s.store.list(QStringLiteral("Root"));
        auto caStore = s.store.list(QStringLiteral("CA"));
        const auto in = [&](const QList<StoreEntry>& entries) {
            return std::any_of(entries.cbegin(), entries.cend(),
                               [&](const StoreEntry& e) { return e.certificate == ca.cert; });
        };
        QVERIFY(in(*root) || in(*caStore) || s.bundle.certificate(ca.cert.sha1Thumbprint()));
    }

    // Space again: recovery rolls the rest back.
    auto recovered = Recovery(s.store, &s.registry).recover(s.bundle, Recovery::Mode::RollBack);
    QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message()));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), s.before);
    QCOMPARE(s.journal().status, JournalState::Status::RolledBack);
}

void tst_RemediationApply::rollsBackWhenVerificationFails()
{
    Setup s(3);
    FaultyStore faulty(s.store);
    // Something (another admin, a policy) puts a moved certificate back into Root during the fix.
    const Certificate sneaky = s.fx.intermediates.at(0).cert;
    int calls = 0;
    faulty.beforeChange = [&] {
        if (++calls == 5)
            s.store.add(QStringLiteral("Root"), sneaky).ok();
    };
    auto report = Applier(faulty, &s.registry).apply(s.bundle);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::VerifyFailed);
    QVERIFY(report.error().message().contains(sneaky.sha1Thumbprint()));
    faulty.beforeChange = {};
    QCOMPARE(filesUnder(s.fx.snapshot.path()), s.before);
}

void tst_RemediationApply::cancelRollsBack()
{
    Setup s(5);
    Applier applier(s.store, &s.registry);
    connect(&applier, &Applier::progress, &applier, [&](int done, int) {
        if (done == 2)
            applier.cancel();
    });
    auto report = applier.apply(s.bundle);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(filesUnder(s.fx.snapshot.path()), s.before);
    QCOMPARE(s.journal().status, JournalState::Status::RolledBack);
    QCOMPARE(s.journal().count(JournalState::Step::Undone), 2);
}

void tst_RemediationApply::refusesReadOnlySource()
{
    Setup s(2);
    SnapshotStore readOnly(s.fx.snapshot.path(), true);
    auto report = Applier(readOnly, &s.registry).apply(s.bundle);
    QVERIFY(!report);
    QVERIFY(report.error().message().contains(QStringLiteral("read-only")));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), s.before);
}

void tst_RemediationApply::refusesUsedBundle()
{
    Setup s(2);
    QVERIFY(Applier(s.store, &s.registry).apply(s.bundle));
    const auto after = filesUnder(s.fx.snapshot.path());
    auto again = Applier(s.store, &s.registry).apply(s.bundle);
    QVERIFY(!again);
    QVERIFY(again.error().message().contains(QStringLiteral("already used")));
    QCOMPARE(filesUnder(s.fx.snapshot.path()), after);
}

QTEST_GUILESS_MAIN(tst_RemediationApply)
#include "tst_RemediationApply.moc"
