#include "TestPki.h"
#include "schannel/TrustedIssuerList.h"

#include <QTest>

using namespace certmend;
using namespace certmend::test;

namespace {

bool nameTestSelfSigned(const Certificate& c)
{
    return c.subjectDer() == c.issuerDer();
}

/// The test PKI: roots R1, R2; intermediates I1, I2 (under R1); C1 (a CA for ClientAuthIssuer); D1 (binding store).
struct Pki
{
    TestCert r1 = TestPki::makeRoot(QStringLiteral("R1"));
    TestCert r2 = TestPki::makeRoot(QStringLiteral("R2"));
    TestCert i1 = TestPki::makeIntermediate(QStringLiteral("I1"), r1);
    TestCert i2 = TestPki::makeIntermediate(QStringLiteral("I2"), r1);
    TestCert c1 = TestPki::makeIntermediate(QStringLiteral("C1"), r2);
    TestCert d1 = TestPki::makeRoot(QStringLiteral("D1"));

    Certificate byName(const QString& n) const
    {
        if (n == QLatin1String("R1"))
            return r1.cert;
        if (n == QLatin1String("R2"))
            return r2.cert;
        if (n == QLatin1String("I1"))
            return i1.cert;
        if (n == QLatin1String("I2"))
            return i2.cert;
        if (n == QLatin1String("C1"))
            return c1.cert;
        if (n == QLatin1String("D1"))
            return d1.cert;
        qFatal("unknown test certificate %s", qPrintable(n));
    }
};

const Pki& pki()
{
    static const Pki p;
    return p;
}

/// "Root=R1,R2+gp;ClientAuthIssuer=" → stores; "+gp" adds a second, group-policy copy of the certificate.
QMap<QString, QList<StoreEntry>> storesFrom(const QString& spec)
{
    QMap<QString, QList<StoreEntry>> stores;
    for (const QString& store : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = store.section(QLatin1Char('='), 0, 0);
        QList<StoreEntry>& entries = stores[name];
        for (QString cert : store.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const bool twice = cert.endsWith(QLatin1String("+gp"));
            if (twice)
                cert.chop(3);
            entries.append(StoreEntry{pki().byName(cert), name, StoreOrigin::Registry, {}, {}});
            if (twice)
                entries.append(StoreEntry{pki().byName(cert), name, StoreOrigin::GroupPolicy, {}, {}});
        }
    }
    return stores;
}

QStringList names(const QList<Certificate>& certs)
{
    QStringList out;
    for (const Certificate& c : certs)
        out << c.displayName();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(certmend::IssuerListSource::Reason)

class tst_TrustedIssuerList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selection_data()
    {
        QTest::addColumn<QString>("bindingStore");
        QTest::addColumn<QString>("stores");
        QTest::addColumn<QString>("storeName");
        QTest::addColumn<IssuerListSource::Reason>("reason");
        QTest::addColumn<QStringList>("issuers");
        QTest::addColumn<bool>("bindingStoreFound");
        QTest::addColumn<int>("leftOut");

        using R = IssuerListSource::Reason;
        QTest::newRow("binding store holds certificates")
            << "adfstrusteddevices"
            << "AdfsTrustedDevices=D1;ClientAuthIssuer=C1;Root=R1"
            << "AdfsTrustedDevices" << R::BindingCtlStore << QStringList{"D1"} << true << 0;
        QTest::newRow("binding store empty")
            << "AdfsTrustedDevices"
            << "AdfsTrustedDevices=;ClientAuthIssuer=C1;Root=R1"
            << "ClientAuthIssuer" << R::ClientAuthIssuerStore << QStringList{"C1"} << true << 0;
        QTest::newRow("binding store absent")
            << "Missing"
            << "ClientAuthIssuer=C1;Root=R1"
            << "ClientAuthIssuer" << R::ClientAuthIssuerStore << QStringList{"C1"} << false << 0;
        QTest::newRow("binding store is ClientAuthIssuer")
            << "clientauthissuer"
            << "ClientAuthIssuer=C1;Root=R1"
            << "ClientAuthIssuer" << R::BindingCtlStore << QStringList{"C1"} << true << 0;
        QTest::newRow("no binding store, ClientAuthIssuer")
            << ""
            << "ClientAuthIssuer=C1,I1;Root=R1,R2"
            << "ClientAuthIssuer" << R::ClientAuthIssuerStore << QStringList{"C1", "I1"} << false << 0;
        QTest::newRow("ClientAuthIssuer in lower case")
            << ""
            << "clientauthissuer=C1;Root=R1"
            << "ClientAuthIssuer" << R::ClientAuthIssuerStore << QStringList{"C1"} << false << 0;
        QTest::newRow("ClientAuthIssuer empty, Root all self-signed")
            << ""
            << "ClientAuthIssuer=;Root=R1,R2"
            << "Root" << R::RootStore << QStringList{"R1", "R2"} << false << 0;
        QTest::newRow("ClientAuthIssuer absent, Root mixed")
            << ""
            << "Root=R1,I1,R2"
            << "Root" << R::RootStoreMixedOnlyNonSelfSigned << QStringList{"I1"} << false << 2;
        QTest::newRow("binding store empty, Root mixed")
            << "AdfsTrustedDevices"
            << "AdfsTrustedDevices=;ClientAuthIssuer=;root=R1,I1,I2"
            << "Root" << R::RootStoreMixedOnlyNonSelfSigned << QStringList{"I1", "I2"} << true << 1;
        QTest::newRow("Root all non-self-signed") << ""
                                                  << "Root=I1,I2"
                                                  << "Root" << R::RootStore << QStringList{"I1", "I2"} << false << 0;
        QTest::newRow("no stores at all") << ""
                                          << ""
                                          << "Root" << R::RootStore << QStringList() << false << 0;
        QTest::newRow("registry and group policy copies count once")
            << ""
            << "Root=R1+gp,R2,I1+gp"
            << "Root" << R::RootStoreMixedOnlyNonSelfSigned << QStringList{"I1"} << false << 2;
        QTest::newRow("duplicates in the binding store")
            << "AdfsTrustedDevices"
            << "AdfsTrustedDevices=D1+gp"
            << "AdfsTrustedDevices" << R::BindingCtlStore << QStringList{"D1"} << true << 0;
    }

    void selection()
    {
        QFETCH(QString, bindingStore);
        QFETCH(QString, stores);
        QFETCH(QString, storeName);
        QFETCH(IssuerListSource::Reason, reason);
        QFETCH(QStringList, issuers);
        QFETCH(bool, bindingStoreFound);
        QFETCH(int, leftOut);

        const IssuerListSource s = TrustedIssuerList::compute(bindingStore, storesFrom(stores), nameTestSelfSigned);
        QCOMPARE(s.storeName, storeName);
        QCOMPARE(s.reason, reason);
        QCOMPARE(names(s.issuers), issuers);
        QCOMPARE(s.bindingCtlStore, bindingStore);
        QCOMPARE(s.bindingStoreFound, bindingStoreFound);
        QCOMPARE(s.selfSignedLeftOut, leftOut);
        QVERIFY(!s.exceedsLimit);
        QVERIFY(!TrustedIssuerList::explain(s).isEmpty());
    }

    void exactSize()
    {
        // "CN=A" is SEQUENCE{SET{SEQUENCE{OID 2.5.4.3, UTF8String "A"}}}: 14 bytes; with the length prefix 16.
        const TestKey key = TestKey::next();
        QList<StoreEntry> root;
        for (const char* cn : {"A", "B", "C"}) {
            CertOptions o;
            o.subject = QStringLiteral("CN=%1").arg(QLatin1String(cn));
            o.key = key;
            const TestCert c = TestPki::issue(o);
            QCOMPARE(c.cert.subjectDer().size(), 14);
            root.append(StoreEntry{c.cert, QStringLiteral("Root"), StoreOrigin::Registry, {}, {}});
        }
        const IssuerListSource s =
            TrustedIssuerList::compute(QString(), {{QStringLiteral("Root"), root}}, nameTestSelfSigned);
        QCOMPARE(s.issuers.size(), 3);
        QCOMPARE(s.encodedSize, qint64(48));
        QVERIFY(!s.exceedsLimit);
        QVERIFY(TrustedIssuerList::explain(s).contains(QStringLiteral("48 bytes")));
    }

    void limit_data()
    {
        QTest::addColumn<bool>("oneMore");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("exceeds");
        QTest::newRow("exactly 16384 bytes") << false << qint64(16384) << false;
        QTest::newRow("16400 bytes") << true << qint64(16400) << true;
    }

    void limit()
    {
        QFETCH(bool, oneMore);
        QFETCH(qint64, size);
        QFETCH(bool, exceeds);
        // 128 CAs named "CN=<51 characters>, O=<51 characters>": each attribute is SET{SEQUENCE{OID, UTF8String}}
        // = 11 + 51 bytes, the name 2 + 124 = 126 bytes, + 2 = 128 each, 16384 in all.
        const TestCert& issuer = pki().r1;
        const TestKey key = TestKey::next();
        QList<StoreEntry> entries;
        for (int i = 0; i < 128; ++i) {
            CertOptions o;
            o.subject = QStringLiteral("CN=%1%2, O=%3")
                            .arg(i, 3, 10, QLatin1Char('0'))
                            .arg(QString(48, QLatin1Char('x')), QString(51, QLatin1Char('o')));
            o.key = key;
            const TestCert c = TestPki::issue(o, &issuer);
            QCOMPARE(c.cert.subjectDer().size(), 126);
            entries.append(StoreEntry{c.cert, QStringLiteral("ClientAuthIssuer"), StoreOrigin::Registry, {}, {}});
        }
        if (oneMore) {
            CertOptions o;
            o.subject = QStringLiteral("CN=A");
            o.key = key;
            entries.append(StoreEntry{
                TestPki::issue(o, &issuer).cert, QStringLiteral("ClientAuthIssuer"), StoreOrigin::Registry, {}, {}});
        }
        const IssuerListSource s = TrustedIssuerList::compute(
            QString(), {{QStringLiteral("ClientAuthIssuer"), entries}, {QStringLiteral("Root"), {}}},
            nameTestSelfSigned);
        QCOMPARE(s.reason, IssuerListSource::Reason::ClientAuthIssuerStore);
        QCOMPARE(s.encodedSize, size);
        QCOMPARE(s.exceedsLimit, exceeds);
        QCOMPARE(TrustedIssuerList::explain(s).contains(QStringLiteral("event 36885")), exceeds);
    }

    void explanations_data()
    {
        QTest::addColumn<QString>("bindingStore");
        QTest::addColumn<QString>("stores");
        QTest::addColumn<QStringList>("parts");

        QTest::newRow("binding store") << "AdfsTrustedDevices"
                                       << "AdfsTrustedDevices=D1"
                                       << QStringList{"\"AdfsTrustedDevices\" that the binding names",
                                                      "1 certificate(s)"};
        QTest::newRow("binding store empty") << "AdfsTrustedDevices"
                                             << "AdfsTrustedDevices=;ClientAuthIssuer=C1"
                                             << QStringList{"names the store \"AdfsTrustedDevices\"", "but it is empty",
                                                            "Client Authentication Issuers store (ClientAuthIssuer)"};
        QTest::newRow("binding store missing") << "Nope"
                                               << "ClientAuthIssuer=C1" << QStringList{"there is no such store"};
        QTest::newRow("whole root") << ""
                                    << "Root=R1,R2"
                                    << QStringList{"whole Trusted Root Certification Authorities store",
                                                   "2 certificate(s)"};
        QTest::newRow("mixed root") << ""
                                    << "Root=R1,R2,I1"
                                    << QStringList{"mixes", "1 certificate(s) that are not self-signed",
                                                   "2 real root(s) are left out", "403.16", "403.7"};
        QTest::newRow("empty") << ""
                               << "" << QStringList{"The list is empty", "0 bytes"};
    }

    void explanations()
    {
        QFETCH(QString, bindingStore);
        QFETCH(QString, stores);
        QFETCH(QStringList, parts);
        const QString text = TrustedIssuerList::explain(
            TrustedIssuerList::compute(bindingStore, storesFrom(stores), nameTestSelfSigned));
        for (const QString& part : parts)
            QVERIFY2(text.contains(part), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(tst_TrustedIssuerList)
#include "tst_TrustedIssuerList.moc"
