#include "TestPki.h"
#include "x509/SelfSignedVerdict.h"
#include "x509/TrustGraph.h"

#include <QTest>

using namespace certmend;
using namespace certmend::test;

Q_DECLARE_METATYPE(certmend::SelfSignedVerdict)
Q_DECLARE_METATYPE(certmend::TrustGraph::IssuerLink::Status)

namespace {

using Link = TrustGraph::IssuerLink;

Certificate parse(const QByteArray& der)
{
    auto result = Certificate::fromDer(der);
    if (!result)
        qFatal("test certificate does not parse: %s", qPrintable(result.error().message()));
    return result.value();
}

} // namespace

class tst_SelfSignedVerdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        // pool: the certificates on the machine; the verdict is asked for pool[0]. issuer: pool index or -1.
        QTest::addColumn<QList<QByteArray>>("pool");
        QTest::addColumn<SelfSignedVerdict>("verdict");
        QTest::addColumn<Link::Status>("link");
        QTest::addColumn<int>("issuer");

        for (const KeyType type : {KeyType::EcP256, KeyType::Rsa2048}) {
            const QString k = type == KeyType::EcP256 ? QStringLiteral("ec") : QStringLiteral("rsa");
            auto row = [&](const char* name) -> QTestData& {
                return QTest::newRow(qPrintable(k + QLatin1Char(' ') + name));
            };
            const TestCert root = TestPki::makeRoot(QStringLiteral("Verdict Root ") + k, type);
            const TestCert other = TestPki::makeRoot(QStringLiteral("Other Root ") + k, type);
            const TestCert ca = TestPki::makeIntermediate(QStringLiteral("Verdict CA ") + k, root, type);
            const TestCert leaf = TestPki::makeEndEntity(QStringLiteral("leaf ") + k, ca, true, type);

            row("self-signed root") << QList<QByteArray>{root.der(), other.der()} << SelfSignedVerdict::SelfSignedRoot
                                    << Link::SelfSigned << 0;
            CertOptions v1;
            v1.subject = TestPki::subjectFor(QStringLiteral("V1 Root ") + k);
            v1.keyType = type;
            v1.v1NoExtensions = true;
            row("v1 root") << QList<QByteArray>{TestPki::issue(v1).der()} << SelfSignedVerdict::SelfSignedRoot
                           << Link::SelfSigned << 0;
            CertOptions bare;
            bare.subject = TestPki::subjectFor(QStringLiteral("No Key Ids ") + k);
            bare.keyType = type;
            bare.subjectKeyId = bare.authorityKeyId = false;
            row("root without key ids") << QList<QByteArray>{TestPki::issue(bare).der()}
                                        << SelfSignedVerdict::SelfSignedRoot << Link::SelfSigned << 0;
            row("unverifiable algorithm") << QList<QByteArray>{TestPki::withUnverifiableAlgorithm(root.der())}
                                          << SelfSignedVerdict::RootAlgorithmUnsupported << Link::Unverifiable << -1;
            row("signature fails, no other key")
                << QList<QByteArray>{TestPki::withBrokenSignature(root.der()), other.der(), ca.der()}
                << SelfSignedVerdict::RootSignatureUnverified << Link::SignatureMismatch << -1;

            // RSA keys from outside next()'s rotating pool (0..5): never one of the keys above.
            auto freshKey = [&](int n) {
                return type == KeyType::EcP256 ? TestKey::next(type) : TestKey::cached(type, n);
            };
            const TestCert rollover = TestPki::makeSelfIssuedRollover(root, freshKey(6));
            row("rollover, old root present") << QList<QByteArray>{rollover.der(), ca.der(), root.der()}
                                              << SelfSignedVerdict::SelfIssuedRollover << Link::Found << 2;
            row("rollover, old root absent, AKI names it")
                << QList<QByteArray>{rollover.der(), other.der()} << SelfSignedVerdict::SelfIssuedRollover
                << Link::NotFound << -1;
            CertOptions quiet;
            quiet.subject = root.cert.subject();
            quiet.key = freshKey(7);
            quiet.authorityKeyId = false;
            const TestCert quietRollover = TestPki::issue(quiet, &root);
            row("rollover without AKI, old root present") << QList<QByteArray>{quietRollover.der(), root.der()}
                                                          << SelfSignedVerdict::SelfIssuedRollover << Link::Found << 1;
            // Nothing here can tell it from a root Windows accepts and OpenSSL does not: the honest verdict.
            row("rollover without AKI, old root absent")
                << QList<QByteArray>{quietRollover.der()} << SelfSignedVerdict::RootSignatureUnverified
                << Link::SignatureMismatch << -1;
            CertOptions contradicted;
            contradicted.subject = TestPki::subjectFor(QStringLiteral("AKI Elsewhere ") + k);
            contradicted.key = freshKey(8);
            contradicted.authorityKeyIdOverride = other.key.keyId();
            row("own key verifies but AKI names another key")
                << QList<QByteArray>{TestPki::issue(contradicted).der()} << SelfSignedVerdict::SelfIssuedRollover
                << Link::SelfSigned << 0;

            row("intermediate") << QList<QByteArray>{ca.der(), root.der()} << SelfSignedVerdict::IntermediateCa
                                << Link::Found << 1;
            row("intermediate, issuer absent") << QList<QByteArray>{ca.der(), other.der()}
                                               << SelfSignedVerdict::IntermediateCa << Link::NotFound << -1;
            CertOptions v1Ca;
            v1Ca.subject = TestPki::subjectFor(QStringLiteral("V1 CA ") + k);
            v1Ca.keyType = type;
            v1Ca.v1NoExtensions = true;
            row("v1 intermediate") << QList<QByteArray>{TestPki::issue(v1Ca, &root).der(), root.der()}
                                   << SelfSignedVerdict::IntermediateCa << Link::Found << 1;
            row("end entity") << QList<QByteArray>{leaf.der(), ca.der(), root.der()} << SelfSignedVerdict::EndEntity
                              << Link::Found << 1;
            const TestCert impostor = TestPki::makeIntermediate(QStringLiteral("Verdict CA ") + k, other, type);
            row("end entity, issuer's name with another key")
                << QList<QByteArray>{leaf.der(), impostor.der()} << SelfSignedVerdict::EndEntity
                << Link::SignatureMismatch << -1;
            row("end entity, impostor and cross-signed issuer")
                << QList<QByteArray>{leaf.der(), impostor.der(), TestPki::makeCrossSigned(ca, other).der()}
                << SelfSignedVerdict::EndEntity << Link::Found << 2;

            // Equal as text ("CN=…, O=…"), different as bytes: the KB's text test calls it self-signed.
            CertOptions recoded;
            recoded.subject = TestPki::subjectFor(QStringLiteral("Recoded ") + k);
            recoded.keyType = type;
            recoded.issuerNameDer = TestPki::printableNameDer(recoded.subject);
            row("names equal as text only") << QList<QByteArray>{TestPki::issue(recoded).der()}
                                            << SelfSignedVerdict::IntermediateCa << Link::NotFound << -1;
        }
        CertOptions md5;
        md5.subject = TestPki::subjectFor(QStringLiteral("MD5 Root"));
        md5.keyType = KeyType::Rsa2048;
        md5.digest = TestDigest::Md5;
        QTest::newRow("rsa md5 root") << QList<QByteArray>{TestPki::issue(md5).der()}
                                      << SelfSignedVerdict::SelfSignedRoot << Link::SelfSigned << 0;
    }
    void verdicts()
    {
        QFETCH(QList<QByteArray>, pool);
        QFETCH(SelfSignedVerdict, verdict);
        QFETCH(Link::Status, link);
        QFETCH(int, issuer);
        CertificatePool certificates;
        for (int i = 0; i < pool.size(); ++i)
            QCOMPARE(certificates.add(parse(pool.at(i))), i);
        const TrustGraph graph = TrustGraph::build(certificates);
        QCOMPARE(verdictName(graph.verdict(0)), verdictName(verdict));
        QCOMPARE(graph.issuerLink(0).status, link);
        QCOMPARE(graph.issuerLink(0).issuer, issuer);
        if (link == Link::Unverifiable)
            QVERIFY(!graph.issuerLink(0).detail.isEmpty());
    }

    void textEqualNamesReallyAreEqualAsText()
    {
        CertOptions recoded;
        recoded.subject = TestPki::subjectFor(QStringLiteral("Recoded"));
        recoded.issuerNameDer = TestPki::printableNameDer(recoded.subject);
        const TestCert c = TestPki::issue(recoded);
        QCOMPARE(c.cert.subject(), c.cert.issuer());
        QVERIFY(c.cert.subjectDer() != c.cert.issuerDer());
        QVERIFY(!c.cert.isSelfIssued());
    }

    void names_data()
    {
        QTest::addColumn<SelfSignedVerdict>("verdict");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("anchor");
        QTest::newRow("root") << SelfSignedVerdict::SelfSignedRoot << QStringLiteral("self-signed-root") << true;
        QTest::newRow("algorithm") << SelfSignedVerdict::RootAlgorithmUnsupported
                                   << QStringLiteral("root-algorithm-unsupported") << true;
        QTest::newRow("unverified") << SelfSignedVerdict::RootSignatureUnverified
                                    << QStringLiteral("root-signature-unverified") << true;
        QTest::newRow("rollover") << SelfSignedVerdict::SelfIssuedRollover << QStringLiteral("self-issued-rollover")
                                  << false;
        QTest::newRow("intermediate") << SelfSignedVerdict::IntermediateCa << QStringLiteral("intermediate-ca")
                                      << false;
        QTest::newRow("end entity") << SelfSignedVerdict::EndEntity << QStringLiteral("end-entity") << false;
    }
    void names()
    {
        QFETCH(SelfSignedVerdict, verdict);
        QTEST(verdictName(verdict), "name");
        QTEST(isTrustAnchor(verdict), "anchor");
        QVERIFY(!verdictDescription(verdict).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SelfSignedVerdict)
#include "tst_SelfSignedVerdict.moc"
