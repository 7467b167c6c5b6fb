#include "analysis/MachineScanner.h"
#include "scenario/ScenarioCatalog.h"

#include <QSet>
#include <QTest>

using namespace certmend;

// Every training scenario must produce the findings its narrative promises, and no warning beyond them.
class tst_ScenarioFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyScenarioIsThere()
    {
        const QStringList expected{
            QStringLiteral("intermediate-in-root"),      QStringLiteral("issuer-list-403-7"),
            QStringLiteral("external-ca-trust-mode-2"),  QStringLiteral("healthy"),
            QStringLiteral("rollover-in-root"),          QStringLiteral("issuer-list-over-16k"),
            QStringLiteral("group-policy-intermediate"),
        };
        QStringList ids;
        for (const Scenario& s : ScenarioCatalog::all())
            ids.append(s.id);
        for (const QString& id : expected)
            QVERIFY2(ids.contains(id), qPrintable(id));
        QCOMPARE(ScenarioCatalog::defaultId(), QStringLiteral("intermediate-in-root"));
    }

    void findingsMatchTheNarrative_data()
    {
        QTest::addColumn<QString>("id");
        for (const Scenario& s : ScenarioCatalog::all())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }

    void findingsMatchTheNarrative()
    {
        QFETCH(QString, id);
        const Scenario scenario = *ScenarioCatalog::find(id);
        auto scanned = MachineScanner::scan(id);
        QVERIFY2(scanned.ok(), scanned.ok() ? "" : qPrintable(scanned.error().message()));
        const ScanResult& scan = scanned.value();
        QVERIFY2(scan.issues.isEmpty(), scan.issues.isEmpty() ? "" : qPrintable(scan.issues.first().message()));

        QSet<QString> problemIds;
        QSet<QString> symptoms;
        for (const Finding& f : scan.findings) {
            if (f.severity != Severity::Info)
                problemIds.insert(f.id);
            if (f.symptom != Symptom::None)
                symptoms.insert(symptomName(f.symptom));
        }
        const QSet<QString> expected(scenario.expectedFindingIds.cbegin(), scenario.expectedFindingIds.cend());
        QCOMPARE(problemIds, expected);
        if (scenario.expectedSymptom == QLatin1String("none"))
            QVERIFY(symptoms.isEmpty());
        else
            QVERIFY2(symptoms.contains(scenario.expectedSymptom), qPrintable(symptoms.values().join(u',')));
        QCOMPARE(scan.hasProblems(), !expected.isEmpty());
    }

    void defaultScenarioNamesTheIntermediate()
    {
        auto scanned = MachineScanner::scan(QString());
        QVERIFY(scanned.ok());
        const ScanResult& scan = scanned.value();
        QVERIFY(!scan.findings.isEmpty());
        const Finding& f = scan.findings.first();
        QCOMPARE(f.id, QStringLiteral("root.not-self-signed"));
        QCOMPARE(f.certificates.size(), 1);
        const int id = scan.pool.indexOf(f.certificates.first().sha1Thumbprint);
        QVERIFY(id >= 0);
        QCOMPARE(scan.pool.at(id).displayName(), QStringLiteral("Contoso Issuing CA 01"));
        QCOMPARE(f.action.kind, ActionKind::MoveToIntermediate);
        QCOMPARE(f.action.targetStore, QStringLiteral("CA"));
    }

    void groupPolicyScenarioSaysLeaveAlone()
    {
        auto scanned = MachineScanner::scan(QStringLiteral("group-policy-intermediate"));
        QVERIFY(scanned.ok());
        bool seen = false;
        for (const Finding& f : scanned.value().findings) {
            if (f.id == QLatin1String("root.not-self-signed")) {
                QCOMPARE(f.action.kind, ActionKind::LeaveAlone);
                seen = true;
            }
        }
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(tst_ScenarioFindings)
#include "tst_ScenarioFindings.moc"
