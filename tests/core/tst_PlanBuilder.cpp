#include "tst_RemediationFixtures.h"

#include "remedy/PlanBuilder.h"
#include "store/SnapshotStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

class tst_PlanBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesWhatTheFindingsSay();
    void userChoices_data();
    void userChoices();
    void choiceForUnknownThumbprint();
    void groupPolicyCopyIsLeftAlone_data();
    void groupPolicyCopyIsLeftAlone();
    void targetAlreadyHoldsIt();
    void settings_data();
    void settings();
    void jsonRoundTrip();
    void rejectsBadJson_data();
    void rejectsBadJson();
    void textNamesEveryCertificate();
};

void tst_PlanBuilder::movesWhatTheFindingsSay()
{
    MisplacedSnapshot fx(3);
    SnapshotStore store(fx.snapshot.path());
    PlanBuilder builder(store, nullptr);
    auto plan = builder.build(fx.findings);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
    QCOMPARE(plan->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const RemediationAction& a = plan->actions().at(i);
        QCOMPARE(a.kind, RemediationAction::Kind::Move);
        QCOMPARE(a.sha1Thumbprint, fx.intermediates.at(i).cert.sha1Thumbprint());
        QCOMPARE(a.sourceStore, QStringLiteral("Root"));
        QCOMPARE(a.targetStore, QStringLiteral("CA"));
        QVERIFY(!a.targetHadIt);
        QVERIFY(plan->storesBefore().contains(QStringLiteral("Root"), a.sha1Thumbprint));
        QVERIFY(!plan->storesAfter().contains(QStringLiteral("Root"), a.sha1Thumbprint));
        QVERIFY(plan->storesAfter().contains(QStringLiteral("CA"), a.sha1Thumbprint));
    }
    QVERIFY(plan->storesAfter().contains(QStringLiteral("Root"), fx.root.cert.sha1Thumbprint()));
}

void tst_PlanBuilder::userChoices_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("expectedActions");
    QTest::addColumn<int>("firstKind"); // -1: the first certificate has no action
    QTest::addColumn<int>("notes");
    QTest::newRow("recommended") << int(PlanBuilder::Choice::Recommended) << 2 << int(RemediationAction::Kind::Move)
                                 << 0;
    QTest::newRow("move") << int(PlanBuilder::Choice::Move) << 2 << int(RemediationAction::Kind::Move) << 0;
    QTest::newRow("remove") << int(PlanBuilder::Choice::Remove) << 2 << int(RemediationAction::Kind::Remove) << 0;
    QTest::newRow("leave") << int(PlanBuilder::Choice::Leave) << 1 << -1 << 1;
}

void tst_PlanBuilder::userChoices()
{
    QFETCH(int, choice);
    QFETCH(int, expectedActions);
    QFETCH(int, firstKind);
    QFETCH(int, notes);
    MisplacedSnapshot fx(2);
    SnapshotStore store(fx.snapshot.path());
    PlanBuilder builder(store, nullptr);
    const QString first = fx.intermediates.first().cert.sha1Thumbprint();
    builder.setChoice(first.toLower(), PlanBuilder::Choice(choice));
    auto plan = builder.build(fx.findings);
    QVERIFY(plan);
    QCOMPARE(plan->size(), expectedActions);
    QCOMPARE(plan->notes().size(), notes);
    const auto it = std::find_if(plan->actions().cbegin(), plan->actions().cend(),
                                 [&](const RemediationAction& a) { return a.sha1Thumbprint == first; });
    if (firstKind < 0) {
        QVERIFY(it == plan->actions().cend());
        QCOMPARE(plan->notes().first().sha1Thumbprint, first);
    } else {
        QVERIFY(it != plan->actions().cend());
        QCOMPARE(int(it->kind), firstKind);
    }
}

void tst_PlanBuilder::choiceForUnknownThumbprint()
{
    MisplacedSnapshot fx(1);
    SnapshotStore store(fx.snapshot.path());
    PlanBuilder builder(store, nullptr);
    builder.setChoice(QString(40, QLatin1Char('A')), PlanBuilder::Choice::Move);
    auto plan = builder.build(fx.findings);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::NotFound);

    // A certificate no finding names, but present in a store, can be chosen explicitly.
    PlanBuilder explicitBuilder(store, nullptr);
    explicitBuilder.setChoice(fx.root.cert.sha1Thumbprint(), PlanBuilder::Choice::Remove);
    auto explicitPlan = explicitBuilder.build({});
    QVERIFY(explicitPlan);
    QCOMPARE(explicitPlan->size(), 1);
    QCOMPARE(explicitPlan->actions().first().kind, RemediationAction::Kind::Remove);
    QCOMPARE(explicitPlan->actions().first().sourceStore, QStringLiteral("Root"));
}

void tst_PlanBuilder::groupPolicyCopyIsLeftAlone_data()
{
    QTest::addColumn<int>("origin");
    QTest::addColumn<bool>("alsoRegistry");
    QTest::newRow("group policy only") << int(StoreOrigin::GroupPolicy) << false;
    QTest::newRow("group policy and registry") << int(StoreOrigin::GroupPolicy) << true;
    QTest::newRow("enterprise") << int(StoreOrigin::Enterprise) << false;
}

void tst_PlanBuilder::groupPolicyCopyIsLeftAlone()
{
    QFETCH(int, origin);
    QFETCH(bool, alsoRegistry);
    MisplacedSnapshot fx(0);
    const TestCert ca = TestPki::makeIntermediate(QStringLiteral("Policy CA"), fx.root);
    fx.snapshot.addCertificate(QStringLiteral("Root"), ca.cert, StoreOrigin(origin));
    if (alsoRegistry)
        fx.snapshot.addCertificate(QStringLiteral("Root"), ca.cert);
    fx.findings.first().certificates << FindingSubject{ca.cert.sha1Thumbprint(), ca.cert.displayName(),
                                                       QStringLiteral("Root")};
    SnapshotStore store(fx.snapshot.path());
    auto plan = PlanBuilder(store, nullptr).build(fx.findings);
    QVERIFY(plan);
    QCOMPARE(plan->size(), 0);
    QCOMPARE(plan->notes().size(), 1);
    QVERIFY2(plan->notes().first().reason.contains(QStringLiteral("come back")),
             qPrintable(plan->notes().first().reason));
    QVERIFY(plan->toText().contains(ca.cert.sha1Thumbprint()));
}

void tst_PlanBuilder::targetAlreadyHoldsIt()
{
    MisplacedSnapshot fx(1);
    fx.snapshot.addCertificate(QStringLiteral("CA"), fx.intermediates.first().cert);
    SnapshotStore store(fx.snapshot.path());
    auto plan = PlanBuilder(store, nullptr).build(fx.findings);
    QVERIFY(plan);
    QCOMPARE(plan->size(), 1);
    QVERIFY(plan->actions().first().targetHadIt);
}

void tst_PlanBuilder::settings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("current"); // -1 absent
    QTest::addColumn<int>("wanted");  // -1 delete
    QTest::addColumn<bool>("planned");
    QTest::addColumn<bool>("noted");
    QTest::newRow("set 0 from 1") << "SendTrustedIssuerList" << 1 << 0 << true << false;
    QTest::newRow("delete misspelling") << "SendTrustedIssuers" << 1 << -1 << true << false;
    QTest::newRow("already so") << "ClientAuthTrustMode" << 0 << 0 << false << false;
    QTest::newRow("absent, delete") << "SendTrustedIssuers" << -1 << -1 << false << false;
    QTest::newRow("not ours to change") << "SslCtlStoreName" << -1 << 1 << false << true;
}

void tst_PlanBuilder::settings()
{
    QFETCH(QString, name);
    QFETCH(int, current);
    QFETCH(int, wanted);
    QFETCH(bool, planned);
    QFETCH(bool, noted);
    MisplacedSnapshot fx(0);
    SnapshotStore store(fx.snapshot.path());
    MemorySchannelRegistry registry;
    if (current >= 0)
        QVERIFY(registry.writeDword(name, quint32(current)));
    Finding finding;
    finding.id = QStringLiteral("schannel.test");
    finding.action.kind = ActionKind::ChangeSetting;
    finding.action.settingName = name;
    finding.action.settingValue = wanted;
    auto plan = PlanBuilder(store, &registry).build({finding, finding});
    QVERIFY(plan);
    QCOMPARE(plan->size(), planned ? 1 : 0);
    QCOMPARE(plan->notes().size(), noted ? 1 : 0);
    if (planned) {
        const RemediationAction& a = plan->actions().first();
        QCOMPARE(a.kind, RemediationAction::Kind::SetValue);
        QCOMPARE(a.oldValue, current < 0 ? std::nullopt : std::optional<quint32>(current));
        QCOMPARE(a.newValue, wanted < 0 ? std::nullopt : std::optional<quint32>(wanted));
    }
}

void tst_PlanBuilder::jsonRoundTrip()
{
    MisplacedSnapshot fx(2);
    SnapshotStore store(fx.snapshot.path());
    MemorySchannelRegistry registry;
    QVERIFY(registry.writeDword(QStringLiteral("SendTrustedIssuerList"), 1));
    Finding setting;
    setting.action.kind = ActionKind::ChangeSetting;
    setting.action.settingName = QStringLiteral("SendTrustedIssuerList");
    setting.action.settingValue = 0;
    PlanBuilder builder(store, &registry);
    builder.setChoice(fx.intermediates.at(1).cert.sha1Thumbprint(), PlanBuilder::Choice::Remove);
    auto plan = builder.build(fx.findings + QList<Finding>{setting});
    QVERIFY(plan);
    RemediationPlan withAdd = *plan;
    withAdd.append(RemediationAction::add(fx.root.cert.sha1Thumbprint(), QStringLiteral("x"), QStringLiteral("Root"),
                                          fx.root.cert.der()));
    const QByteArray json = QJsonDocument(withAdd.toJson()).toJson();
    auto back = RemediationPlan::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
    QCOMPARE(back->size(), 4);
    QVERIFY(*back == withAdd);
}

void tst_PlanBuilder::rejectsBadJson_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");
    QTest::newRow("store with ..") << "from"
                                   << ".." << int(ErrorCode::OutsideSnapshot);
    QTest::newRow("store with slash") << "to"
                                      << "../../etc" << int(ErrorCode::OutsideSnapshot);
    QTest::newRow("bad thumbprint") << "sha1"
                                    << "1234" << int(ErrorCode::BadFormat);
    QTest::newRow("unknown action") << "action"
                                    << "format-disk" << int(ErrorCode::BadFormat);
}

void tst_PlanBuilder::rejectsBadJson()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, code);
    MisplacedSnapshot fx(1);
    SnapshotStore store(fx.snapshot.path());
    auto plan = PlanBuilder(store, nullptr).build(fx.findings);
    QVERIFY(plan);
    QJsonObject json = plan->toJson();
    QVERIFY(RemediationPlan::fromJson(json));
    QJsonArray actions = json.value(QStringLiteral("actions")).toArray();
    QJsonObject action = actions.first().toObject();
    action.insert(key, value);
    actions.replace(0, action);
    json.insert(QStringLiteral("actions"), actions);
    auto parsed = RemediationPlan::fromJson(json);
    QVERIFY(!parsed);
    QCOMPARE(int(parsed.error().code), code);

    QJsonObject future = plan->toJson();
    future.insert(QStringLiteral("formatVersion"), 99);
    QCOMPARE(RemediationPlan::fromJson(future).error().code, ErrorCode::UnsupportedFormat);
}

void tst_PlanBuilder::textNamesEveryCertificate()
{
    MisplacedSnapshot fx(3);
    SnapshotStore store(fx.snapshot.path());
    auto plan = PlanBuilder(store, nullptr).build(fx.findings);
    QVERIFY(plan);
    const QString text = plan->toText();
    for (const TestCert& ca : fx.intermediates) {
        QVERIFY(text.contains(ca.cert.sha1Thumbprint()));
        QVERIFY(text.contains(ca.cert.displayName()));
    }
    QVERIFY(!text.contains(fx.root.cert.sha1Thumbprint()));
    QCOMPARE(RemediationPlan().toText(), QStringLiteral("Nothing to change."));
}

QTEST_GUILESS_MAIN(tst_PlanBuilder)
#include "tst_PlanBuilder.moc"
