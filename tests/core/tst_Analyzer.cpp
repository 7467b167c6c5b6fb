#include "analysis/MachineScanner.h"

#include "TempSnapshot.h"
#include "TestPki.h"

#include <QTest>

using namespace certmend;
using namespace certmend::test;

namespace {

const Finding* findById(const ScanResult& scan, const QString& id)
{
    for (const Finding& f : scan.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

ScanResult scanOf(const TempSnapshot& snapshot)
{
    auto loaded = snapshot.load();
    if (!loaded)
        qFatal("cannot load test snapshot: %s", qPrintable(loaded.error().message()));
    auto scanned = MachineScanner::analyse(std::move(loaded).value());
    if (!scanned)
        qFatal("cannot analyse test snapshot: %s", qPrintable(scanned.error().message()));
    return std::move(scanned).value();
}

} // namespace

class tst_Analyzer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_root = TestPki::makeRoot(QStringLiteral("Analyzer Root"));
        m_otherRoot = TestPki::makeRoot(QStringLiteral("Analyzer Other Root"));
        m_intermediate = TestPki::makeIntermediate(QStringLiteral("Analyzer Issuing CA"), m_root);
        m_leaf = TestPki::makeEndEntity(QStringLiteral("alice"), m_intermediate);
    }

    void misplacedCertificateInRoot_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sendTrustedIssuerList"); // registry line, or empty for absent
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<int>("expectedSymptom");
        QTest::addColumn<int>("expectedAction");

        const int move = int(ActionKind::MoveToIntermediate);
        const int remove = int(ActionKind::RemoveFromStore);
        QTest::newRow("intermediate, no issuer list") << "intermediate"
                                                      << ""
                                                      << "root.not-self-signed" << int(Symptom::Http403_16) << move;
        QTest::newRow("intermediate, issuer list sent") << "intermediate"
                                                        << "\"SendTrustedIssuerList\"=dword:00000001"
                                                        << "root.not-self-signed" << int(Symptom::Http403_7) << move;
        QTest::newRow("intermediate, issuer list explicitly off")
            << "intermediate"
            << "\"SendTrustedIssuerList\"=dword:00000000"
            << "root.not-self-signed" << int(Symptom::Http403_16) << move;
        QTest::newRow("end-entity") << "leaf"
                                    << ""
                                    << "root.end-entity" << int(Symptom::Http403_16) << remove;
        QTest::newRow("rollover") << "rollover"
                                  << ""
                                  << "root.self-issued-rollover" << int(Symptom::Http403_16) << move;
    }

    void misplacedCertificateInRoot()
    {
        QFETCH(QString, kind);
        QFETCH(QString, sendTrustedIssuerList);
        QFETCH(QString, expectedId);
        QFETCH(int, expectedSymptom);
        QFETCH(int, expectedAction);

        TempSnapshot snapshot;
        snapshot.addCertificates(QStringLiteral("Root"), {m_root.cert, m_otherRoot.cert});
        Certificate offender;
        if (kind == QLatin1String("intermediate"))
            offender = m_intermediate.cert;
        else if (kind == QLatin1String("leaf"))
            offender = m_leaf.cert;
        else
            offender = TestPki::makeSelfIssuedRollover(m_root, TestKey::next()).cert;
        snapshot.addCertificate(QStringLiteral("Root"), offender);
        if (!sendTrustedIssuerList.isEmpty())
            snapshot.setSchannelValues({sendTrustedIssuerList});

        const ScanResult scan = scanOf(snapshot);
        const Finding* f = findById(scan, expectedId);
        QVERIFY2(f, qPrintable(expectedId));
        QCOMPARE(f->severity, Severity::Error);
        QCOMPARE(int(f->symptom), expectedSymptom);
        QCOMPARE(int(f->action.kind), expectedAction);
        QCOMPARE(f->certificates.size(), 1);
        QCOMPARE(f->certificates.first().sha1Thumbprint, offender.sha1Thumbprint());
        QVERIFY(scan.hasProblems());
        // The two genuine roots give no finding of their own.
        for (const Finding& other : scan.findings) {
            for (const FindingSubject& s : other.certificates)
                QVERIFY(s.sha1Thumbprint != m_root.cert.sha1Thumbprint());
        }
    }

    void healthyMachineHasNoProblems()
    {
        TempSnapshot snapshot;
        snapshot.addCertificates(QStringLiteral("Root"), {m_root.cert, m_otherRoot.cert});
        snapshot.addCertificate(QStringLiteral("CA"), m_intermediate.cert);
        const ScanResult scan = scanOf(snapshot);
        QVERIFY2(!scan.hasProblems(), scan.findings.isEmpty() ? "" : qPrintable(scan.findings.first().explanation));
        QCOMPARE(scan.issuerLists.size(), 1);
        QCOMPARE(scan.issuerLists.first().source.reason, IssuerListSource::Reason::RootStore);
    }

    void groupPolicyCopyIsLeftAlone()
    {
        TempSnapshot snapshot;
        snapshot.addCertificates(QStringLiteral("Root"), {m_root.cert});
        snapshot.addCertificate(QStringLiteral("Root"), m_intermediate.cert, StoreOrigin::GroupPolicy);
        const ScanResult scan = scanOf(snapshot);
        const Finding* f = findById(scan, QStringLiteral("root.not-self-signed"));
        QVERIFY(f);
        QCOMPARE(f->action.kind, ActionKind::LeaveAlone);
        QVERIFY(f->action.reason.contains(QLatin1String("Group Policy")));
    }

    void clientAuthIssuerStoreShieldsBindings()
    {
        // With certificates in ClientAuthIssuer the list no longer comes from Root: still wrong, but no symptom.
        TempSnapshot snapshot;
        snapshot.addCertificates(QStringLiteral("Root"), {m_root.cert, m_intermediate.cert});
        snapshot.addCertificate(QStringLiteral("ClientAuthIssuer"), m_otherRoot.cert);
        const ScanResult scan = scanOf(snapshot);
        const Finding* f = findById(scan, QStringLiteral("root.not-self-signed"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->symptom, Symptom::None);
    }

    void misspelledValueIsReported()
    {
        TempSnapshot snapshot;
        snapshot.addCertificates(QStringLiteral("Root"), {m_root.cert});
        snapshot.setSchannelValues({QStringLiteral("\"SendTrustedIssuers\"=dword:00000000")});
        const ScanResult scan = scanOf(snapshot);
        const Finding* f = findById(scan, QStringLiteral("schannel.misspelled-value"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->action.settingName, QStringLiteral("SendTrustedIssuers"));
    }

    void missingIssuerOfIntermediate()
    {
        TempSnapshot snapshot;
        snapshot.addCertificates(QStringLiteral("Root"), {m_otherRoot.cert});
        snapshot.addCertificate(QStringLiteral("CA"), m_intermediate.cert);
        const ScanResult scan = scanOf(snapshot);
        const Finding* f = findById(scan, QStringLiteral("chain.issuer-not-found"));
        QVERIFY(f);
        QCOMPARE(f->certificates.first().sha1Thumbprint, m_intermediate.cert.sha1Thumbprint());
        QCOMPARE(f->action.kind, ActionKind::AddMissingRoot);
    }

    void exclusiveTrustWithEmptyBindingStore()
    {
        TempSnapshot snapshot;
        snapshot.addCertificates(QStringLiteral("Root"), {m_root.cert});
        snapshot.setSchannelValues({QStringLiteral("\"ClientAuthTrustMode\"=dword:00000002")});
        snapshot.setSslcert(QStringLiteral("\n    IP:port                      : 0.0.0.0:443\n"
                                           "    Ctl Store Name               : PartnerCAs\n"
                                           "    Negotiate Client Certificate : Enabled\n"));
        const ScanResult scan = scanOf(snapshot);
        QVERIFY(findById(scan, QStringLiteral("schannel.exclusive-trust-empty-store")));
        QVERIFY(findById(scan, QStringLiteral("schannel.trust-mode")));
        QVERIFY(findById(scan, QStringLiteral("binding.ctl-store-empty")));
    }

    void unreadableFileBecomesAWarning()
    {
        TempSnapshot snapshot;
        snapshot.addCertificates(QStringLiteral("Root"), {m_root.cert});
        snapshot.writeFile(QStringLiteral("stores/Root/registry/broken.cer"), QByteArray("\x30\x82\x05", 3));
        const ScanResult scan = scanOf(snapshot);
        const Finding* f = findById(scan, QStringLiteral("input.unreadable"));
        QVERIFY(f);
        QVERIFY(f->explanation.contains(QLatin1String("broken.cer")));
        QVERIFY(scan.hasProblems());
    }

private:
    TestCert m_root;
    TestCert m_otherRoot;
    TestCert m_intermediate;
    TestCert m_leaf;
};

QTEST_GUILESS_MAIN(tst_Analyzer)
#include "tst_Analyzer.moc"
