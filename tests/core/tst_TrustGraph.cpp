#include "TestPki.h"
#include "x509/TrustGraph.h"

#include <QTest>

using namespace certmend;
using namespace certmend::test;

Q_DECLARE_METATYPE(certmend::TrustGraph::Chain::End)
Q_DECLARE_METATYPE(certmend::test::KeyType)

namespace {

using End = TrustGraph::Chain::End;

Certificate parse(const QByteArray& der)
{
    auto result = Certificate::fromDer(der);
    if (!result)
        qFatal("test certificate does not parse: %s", qPrintable(result.error().message()));
    return result.value();
}

} // namespace

class tst_TrustGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chains_data()
    {
        // pool: DER of the machine's certificates; the chain of pool[0] is asked for and compared as pool indexes.
        QTest::addColumn<QList<QByteArray>>("pool");
        QTest::addColumn<QList<int>>("ids");
        QTest::addColumn<End>("end");

        for (const KeyType type : {KeyType::EcP256, KeyType::Rsa2048}) {
            const QString k = type == KeyType::EcP256 ? QStringLiteral("ec") : QStringLiteral("rsa");
            auto row = [&](const char* name) -> QTestData& {
                return QTest::newRow(qPrintable(k + QLatin1Char(' ') + name));
            };
            auto freshKey = [&](int n) {
                return type == KeyType::EcP256 ? TestKey::next(type) : TestKey::cached(type, n);
            };
            const TestCert root = TestPki::makeRoot(QStringLiteral("Chain Root ") + k, type);
            const TestCert ca = TestPki::makeIntermediate(QStringLiteral("Chain CA ") + k, root, type);
            const TestCert leaf = TestPki::makeEndEntity(QStringLiteral("chain leaf ") + k, ca, true, type);

            row("root, intermediate, leaf")
                << QList<QByteArray>{leaf.der(), root.der(), ca.der()} << QList<int>{0, 2, 1} << End::Root;
            row("root alone") << QList<QByteArray>{root.der()} << QList<int>{0} << End::Root;
            row("missing root") << QList<QByteArray>{leaf.der(), ca.der()} << QList<int>{0, 1} << End::IssuerNotFound;
            row("missing intermediate") << QList<QByteArray>{leaf.der(), root.der()} << QList<int>{0}
                                        << End::IssuerNotFound;
            const TestCert impostor = TestPki::makeIntermediate(QStringLiteral("Chain CA ") + k,
                                                                TestPki::makeRoot(QStringLiteral("Evil"), type), type);
            row("issuer name, other key")
                << QList<QByteArray>{leaf.der(), impostor.der(), root.der()} << QList<int>{0} << End::SignatureMismatch;
            row("leaf signature unverifiable")
                << QList<QByteArray>{TestPki::withUnverifiableAlgorithm(leaf.der()), ca.der(), root.der()}
                << QList<int>{0} << End::Unverifiable;
            row("root algorithm unverifiable is still a root")
                << QList<QByteArray>{leaf.der(), ca.der(), TestPki::withUnverifiableAlgorithm(root.der())}
                << QList<int>{0, 1, 2} << End::Root;

            // Cross-signing: CA2's key certified by its own root and by root 1.
            const TestCert root1 = TestPki::makeRoot(QStringLiteral("Cross Root 1 ") + k, type);
            const TestCert root2 = TestPki::makeRoot(QStringLiteral("Cross Root 2 ") + k, type);
            const TestCert cross = TestPki::makeCrossSigned(root2, root1);
            const TestCert leaf2 = TestPki::makeEndEntity(QStringLiteral("cross leaf ") + k, root2, true, type);
            row("cross-signed, own root absent")
                << QList<QByteArray>{leaf2.der(), cross.der(), root1.der()} << QList<int>{0, 1, 2} << End::Root;
            row("cross-signed, own root present: shortest")
                << QList<QByteArray>{leaf2.der(), cross.der(), root1.der(), root2.der()} << QList<int>{0, 3}
                << End::Root;
            row("cross certificate itself")
                << QList<QByteArray>{cross.der(), root2.der(), root1.der()} << QList<int>{0, 2} << End::Root;

            // Key rollover: old root, new root, the link old→new, a leaf under the new key.
            const TestCert oldRoot = TestPki::makeRoot(QStringLiteral("Rolling Root ") + k, type);
            CertOptions renewed;
            renewed.subject = oldRoot.cert.subject();
            renewed.key = freshKey(9);
            const TestCert newRoot = TestPki::issue(renewed);
            const TestCert link = TestPki::makeSelfIssuedRollover(oldRoot, newRoot.key);
            const TestCert leaf3 = TestPki::makeEndEntity(QStringLiteral("rolled leaf ") + k, newRoot, true, type);
            row("rollover: new root preferred")
                << QList<QByteArray>{leaf3.der(), link.der(), oldRoot.der(), newRoot.der()} << QList<int>{0, 3}
                << End::Root;
            row("rollover: through the link to the old root")
                << QList<QByteArray>{leaf3.der(), link.der(), oldRoot.der()} << QList<int>{0, 1, 2} << End::Root;
            row("rollover link, old root absent")
                << QList<QByteArray>{link.der(), newRoot.der()} << QList<int>{0}
                << End::SignatureMismatch; // the new root has the name, but its key is the link's own

            // A cycle of cross-certificates with no root: A certified by B, B certified by A.
            const TestCert rootA = TestPki::makeRoot(QStringLiteral("Loop A ") + k, type);
            const TestCert rootB = TestPki::makeRoot(QStringLiteral("Loop B ") + k, type);
            const TestCert aByB = TestPki::makeCrossSigned(rootA, rootB);
            const TestCert bByA = TestPki::makeCrossSigned(rootB, rootA);
            const TestCert leaf4 = TestPki::makeEndEntity(QStringLiteral("loop leaf ") + k, rootA, true, type);
            row("cross-sign loop") << QList<QByteArray>{aByB.der(), bByA.der()} << QList<int>{0, 1} << End::Loop;
            row("leaf into a loop") << QList<QByteArray>{leaf4.der(), bByA.der(), aByB.der()} << QList<int>{0, 2, 1}
                                    << End::Loop;
            row("loop broken by a root") << QList<QByteArray>{leaf4.der(), bByA.der(), aByB.der(), rootB.der()}
                                         << QList<int>{0, 2, 3} << End::Root;
        }
    }
    void chains()
    {
        QFETCH(QList<QByteArray>, pool);
        QFETCH(QList<int>, ids);
        QFETCH(End, end);
        CertificatePool certificates;
        for (int i = 0; i < pool.size(); ++i)
            QCOMPARE(certificates.add(parse(pool.at(i))), i);
        const TrustGraph graph = TrustGraph::build(certificates);
        QCOMPARE(graph.size(), pool.size());
        const TrustGraph::Chain chain = graph.chain(0);
        QCOMPARE(chain.ids, ids);
        QCOMPARE(chain.end, end);
    }

    void poolDeduplicates()
    {
        const TestCert root = TestPki::makeRoot(QStringLiteral("Dedup Root"));
        const TestCert ca = TestPki::makeIntermediate(QStringLiteral("Dedup CA"), root);
        CertificatePool pool;
        QCOMPARE(pool.add(root.cert), 0);
        QCOMPARE(pool.add(ca.cert), 1);
        QCOMPARE(pool.add(parse(root.der())), 0); // another object, same bytes
        QCOMPARE(pool.add(Certificate()), -1);
        QCOMPARE(pool.size(), 2);
        QCOMPARE(pool.indexOf(ca.cert.sha1Thumbprint()), 1);
        QCOMPARE(pool.indexOf(ca.cert.sha1Thumbprint().toLower()), 1);
        QCOMPARE(pool.indexOf(QStringLiteral("00")), -1);
        QCOMPARE(pool.withSubject(root.cert.subjectDer()), QList<int>{0});
        QCOMPARE(pool.withSubject(ca.cert.issuerDer()), QList<int>{0});
        QVERIFY(pool.withSubject(QByteArray("nothing")).isEmpty());
        QCOMPARE(pool.at(1), ca.cert);
    }

    void parallelEqualsSerial()
    {
        CertificatePool pool;
        QList<TestCert> roots;
        for (int i = 0; i < 8; ++i)
            roots << TestPki::makeRoot(QStringLiteral("Par Root %1").arg(i));
        for (int i = 0; i < 200; ++i) {
            const TestCert& root = roots.at(i % roots.size());
            const TestCert ca = TestPki::makeIntermediate(QStringLiteral("Par CA %1").arg(i), root);
            pool.add(ca.cert);
            if (i % 3 == 0)
                pool.add(TestPki::makeEndEntity(QStringLiteral("par leaf %1").arg(i), ca).cert);
        }
        for (const TestCert& root : roots)
            pool.add(root.cert);
        const TrustGraph serial = TrustGraph::build(pool, 1);
        const TrustGraph parallel = TrustGraph::build(pool, 2);
        int roots_ = 0;
        for (int id = 0; id < pool.size(); ++id) {
            QCOMPARE(parallel.verdict(id), serial.verdict(id));
            QCOMPARE(parallel.issuerLink(id).issuer, serial.issuerLink(id).issuer);
            QCOMPARE(parallel.chain(id).ids, serial.chain(id).ids);
            QCOMPARE(parallel.chain(id).end, End::Root);
            roots_ += isTrustAnchor(parallel.verdict(id)) ? 1 : 0;
        }
        QCOMPARE(roots_, roots.size());
    }

    void outOfRange()
    {
        const TrustGraph empty;
        QCOMPARE(empty.size(), 0);
        QVERIFY(empty.chain(0).ids.isEmpty());
        QCOMPARE(empty.issuerLink(-1).issuer, -1);
    }
};

QTEST_GUILESS_MAIN(tst_TrustGraph)
#include "tst_TrustGraph.moc"
