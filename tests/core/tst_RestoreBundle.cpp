#include "tst_RemediationFixtures.h"

#include "remedy/Applier.h"
#include "remedy/BackupWriter.h"
#include "remedy/Journal.h"
#include "remedy/JournalState.h"
#include "remedy/PlanBuilder.h"
#include "remedy/Restorer.h"
#include "store/SnapshotStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

class tst_RestoreBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoresByteIdentical_data();
    void restoresByteIdentical();
    void isIdempotent();
    void refusesOtherMachine_data();
    void refusesOtherMachine();
    void restoresAnInterruptedFix();
    void refusesTamperedBundleBeforeAnyChange();
};

namespace {

struct Fixed
{
    MisplacedSnapshot fx{4};
    SnapshotStore store{fx.snapshot.path()};
    MemorySchannelRegistry registry;
    QTemporaryDir backups;
    QMap<QString, QByteArray> before;
    BackupBundle bundle;

    /// Plans (with `choice` for the first certificate, a removal of the second and a Schannel change), backs up and
    /// applies.
    bool fix(PlanBuilder::Choice choice, bool apply = true)
    {
        if (!registry.writeDword(QStringLiteral("SendTrustedIssuers"), 1))
            return false;
        before = filesUnder(fx.snapshot.path());
        Finding setting;
        setting.action.kind = ActionKind::ChangeSetting;
        setting.action.settingName = QStringLiteral("SendTrustedIssuers");
        setting.action.settingValue = -1;
        PlanBuilder builder(store, &registry);
        builder.setChoice(fx.intermediates.at(0).cert.sha1Thumbprint(), choice);
        builder.setChoice(fx.intermediates.at(1).cert.sha1Thumbprint(), PlanBuilder::Choice::Remove);
        auto plan = builder.build(fx.findings + QList<Finding>{setting});
        if (!plan)
            return false;
        BackupWriter writer(store);
        writer.setHostName(QStringLiteral("TESTHOST"));
        auto written = writer.write(*plan, backups.path());
        if (!written)
            return false;
        bundle = *written;
        return !apply || Applier(store, &registry).apply(bundle).ok();
    }
};

} // namespace

void tst_RestoreBundle::restoresByteIdentical_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("moves") << int(PlanBuilder::Choice::Move);
    QTest::newRow("removals") << int(PlanBuilder::Choice::Remove);
}

void tst_RestoreBundle::restoresByteIdentical()
{
    QFETCH(int, choice);
    Fixed f;
    QVERIFY(f.fix(PlanBuilder::Choice(choice)));
    QVERIFY(filesUnder(f.fx.snapshot.path()) != f.before);
    QVERIFY(!*f.registry.readDword(QStringLiteral("SendTrustedIssuers")));

    Restorer restorer(f.store, &f.registry);
    restorer.setTargetHostName(QStringLiteral("testhost")); // host names compare case-insensitively
    auto report = restorer.restore(f.bundle);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
    QCOMPARE(report->changed, 5);
    QCOMPARE(report->skipped, 0);
    QCOMPARE(report->steps.size(), 6);
    QCOMPARE(filesUnder(f.fx.snapshot.path()), f.before);
    QCOMPARE(*f.registry.readDword(QStringLiteral("SendTrustedIssuers")), std::optional<quint32>(1));
    QCOMPARE(JournalState::read(f.bundle.journalPath(), f.bundle.plan().size())->status,
             JournalState::Status::Restored);
}

void tst_RestoreBundle::isIdempotent()
{
    Fixed f;
    QVERIFY(f.fix(PlanBuilder::Choice::Move));
    Restorer restorer(f.store, &f.registry);
    restorer.setTargetHostName(QStringLiteral("TESTHOST"));
    QVERIFY(restorer.restore(f.bundle));
    auto again = restorer.restore(f.bundle);
    QVERIFY(again);
    QCOMPARE(again->changed, 0);
    QCOMPARE(again->skipped, 5);
    QVERIFY(again->steps.first().contains(QStringLiteral("skipped")));
    QCOMPARE(filesUnder(f.fx.snapshot.path()), f.before);
}

void tst_RestoreBundle::refusesOtherMachine_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("force");
    QTest::addColumn<bool>("restored");
    QTest::newRow("other host") << "WEB02" << false << false;
    QTest::newRow("unknown host") << "" << false << false;
    QTest::newRow("other host, forced") << "WEB02" << true << true;
}

void tst_RestoreBundle::refusesOtherMachine()
{
    QFETCH(QString, target);
    QFETCH(bool, force);
    QFETCH(bool, restored);
    Fixed f;
    QVERIFY(f.fix(PlanBuilder::Choice::Move));
    const auto fixed = filesUnder(f.fx.snapshot.path());
    Restorer restorer(f.store, &f.registry);
    restorer.setTargetHostName(target);
    restorer.setAllowOtherMachine(force);
    auto report = restorer.restore(f.bundle);
    QCOMPARE(report.ok(), restored);
    if (!restored) {
        QVERIFY(report.error().message().contains(QStringLiteral("TESTHOST")));
        QVERIFY(report.error().message().contains(QStringLiteral("nothing was changed")));
    }
    QCOMPARE(filesUnder(f.fx.snapshot.path()), restored ? f.before : fixed);
}

void tst_RestoreBundle::restoresAnInterruptedFix()
{
    Fixed f;
    QVERIFY(f.fix(PlanBuilder::Choice::Move, false));
    // Half a fix, as a crash leaves it: action 0 (a move) fully done, action 1 (a removal) begun and done on disk.
    auto journal = Journal::open(f.bundle.journalPath());
    QVERIFY(journal);
    QVERIFY(journal.value().append(Journal::PlanStart, -1, f.bundle.plan().size()));
    QVERIFY(journal.value().append(Journal::Begin, 0));
    QVERIFY(f.store.add(QStringLiteral("CA"), f.fx.intermediates.at(0).cert));
    QVERIFY(f.store.remove(QStringLiteral("Root"), f.fx.intermediates.at(0).cert.sha1Thumbprint()));
    QVERIFY(journal.value().append(Journal::Done, 0));
    QVERIFY(journal.value().append(Journal::Begin, 1));
    QVERIFY(f.store.remove(QStringLiteral("Root"), f.fx.intermediates.at(1).cert.sha1Thumbprint()));
    Restorer restorer(f.store, &f.registry);
    restorer.setTargetHostName(QStringLiteral("TESTHOST"));
    auto report = restorer.restore(f.bundle);
    QVERIFY(report);
    QCOMPARE(report->changed, 2);
    QCOMPARE(filesUnder(f.fx.snapshot.path()), f.before);
}

void tst_RestoreBundle::refusesTamperedBundleBeforeAnyChange()
{
    Fixed f;
    QVERIFY(f.fix(PlanBuilder::Choice::Move));
    const auto fixed = filesUnder(f.fx.snapshot.path());
    const QString cert =
        QDir(f.bundle.path()).filePath(BackupManifest::certificatePath(f.fx.intermediates.at(2).cert.sha1Thumbprint()));
    QFile file(cert);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    auto reopened = BackupBundle::open(f.bundle.path());
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, ErrorCode::Truncated);
    QVERIFY(reopened.error().message().contains(cert));
    QCOMPARE(filesUnder(f.fx.snapshot.path()), fixed);
}

QTEST_GUILESS_MAIN(tst_RestoreBundle)
#include "tst_RestoreBundle.moc"
