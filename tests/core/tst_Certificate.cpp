#include "TestPki.h"
#include "x509/Certificate.h"

#include <openssl/x509.h>

#include <QCryptographicHash>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

Q_DECLARE_METATYPE(certmend::test::KeyType)
Q_DECLARE_METATYPE(certmend::ErrorCode)

namespace {

QString hashOf(const QByteArray& der, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, algorithm).toHex().toUpper());
}

QByteArray opensslNameDer(const X509_NAME* name)
{
    unsigned char* out = nullptr;
    const int length = i2d_X509_NAME(name, &out);
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

} // namespace

class tst_Certificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<int>("keyBits");
        QTest::addColumn<QString>("signatureAlgorithm");
        QTest::newRow("ec") << KeyType::EcP256 << QStringLiteral("EC (P-256)") << 256
                            << QStringLiteral("ecdsa-with-SHA256");
        QTest::newRow("rsa") << KeyType::Rsa2048 << QStringLiteral("RSA") << 2048
                             << QStringLiteral("sha256WithRSAEncryption");
    }
    void fields()
    {
        QFETCH(KeyType, type);
        const TestCert root = TestPki::makeRoot(QStringLiteral("Fields Root"), type);
        const TestCert ca = TestPki::makeIntermediate(QStringLiteral("Fields CA"), root, type);
        const TestCert leaf = TestPki::makeEndEntity(QStringLiteral("alice"), ca, true, type);

        QTEST(leaf.cert.keyType(), "keyType");
        QTEST(leaf.cert.keyBits(), "keyBits");
        QTEST(leaf.cert.signatureAlgorithm(), "signatureAlgorithm");
        QCOMPARE(leaf.cert.subject(), QStringLiteral("CN=alice, O=CertMend Test"));
        QCOMPARE(leaf.cert.issuer(), QStringLiteral("CN=Fields CA, O=CertMend Test"));
        QCOMPARE(leaf.cert.displayName(), QStringLiteral("alice"));
        QCOMPARE(leaf.cert.issuerDisplayName(), QStringLiteral("Fields CA"));
        QCOMPARE(leaf.cert.subjectDer(), opensslNameDer(X509_get_subject_name(leaf.cert.native())));
        QCOMPARE(leaf.cert.issuerDer(), ca.cert.subjectDer());
        QCOMPARE(leaf.cert.sha1Thumbprint(), hashOf(leaf.der(), QCryptographicHash::Sha1));
        QCOMPARE(leaf.cert.sha256Thumbprint(), hashOf(leaf.der(), QCryptographicHash::Sha256));
        QCOMPARE(leaf.cert.version(), 3);
        QVERIFY(leaf.cert.hasBasicConstraints());
        QVERIFY(!leaf.cert.isCa());
        QVERIFY(!leaf.cert.allowsCertSign());
        QCOMPARE(leaf.cert.keyUsage(), QStringList{QStringLiteral("Digital Signature")});
        QCOMPARE(leaf.cert.extendedKeyUsage(), QStringList{QStringLiteral("Client Authentication")});
        QCOMPARE(leaf.cert.subjectKeyId(), leaf.key.keyId());
        QCOMPARE(leaf.cert.authorityKeyId(), ca.key.keyId());
        QVERIFY(!leaf.cert.isSelfIssued());

        QVERIFY(ca.cert.isCa());
        QVERIFY(ca.cert.allowsCertSign());
        QCOMPARE(ca.cert.keyUsage(), (QStringList{QStringLiteral("Certificate Sign"), QStringLiteral("CRL Sign")}));
        QCOMPARE(ca.cert.pathLength(), -1);
        QVERIFY(root.cert.isSelfIssued());
        QCOMPARE(root.cert.subjectDer(), root.cert.issuerDer());

        QCOMPARE(leaf.cert.isSignedBy(ca.cert).value(), true);
        QCOMPARE(leaf.cert.isSignedBy(root.cert).value(), false);
        QCOMPARE(ca.cert.isSignedBy(root.cert).value(), true);
        QCOMPARE(root.cert.isSignedBy(root.cert).value(), true);
    }

    void serialAndValidity()
    {
        CertOptions options;
        options.serial = 0x1234ABCD;
        options.notBefore = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
        options.notAfter = QDateTime(QDate(2051, 6, 7), QTime(8, 9, 10), Qt::UTC); // GeneralizedTime after 2049
        options.pathLength = 2;
        const TestCert c = TestPki::issue(options);
        QCOMPARE(c.cert.serialNumber(), QStringLiteral("1234ABCD"));
        QCOMPARE(c.cert.notBefore(), options.notBefore);
        QCOMPARE(c.cert.notAfter(), options.notAfter);
        QCOMPARE(c.cert.notAfter().timeSpec(), Qt::UTC);
        QCOMPARE(c.cert.pathLength(), 2);
        QVERIFY(c.cert.isTimeValid(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)));
        QVERIFY(!c.cert.isTimeValid(QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC)));
        const TestCert expired = TestPki::makeExpired(QStringLiteral("Old"));
        QVERIFY(!expired.cert.isTimeValid(QDateTime::currentDateTimeUtc()));
    }

    void names_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("displayName");
        QTest::newRow("windows order and labels")
            << QStringLiteral("CN=www.Contoso.com, OU=AKV, O=Contoso, L=Redmond, S=WA, C=US")
            << QStringLiteral("CN=www.Contoso.com, OU=AKV, O=Contoso, L=Redmond, S=WA, C=US")
            << QStringLiteral("www.Contoso.com");
        QTest::newRow("utf-8") << QStringLiteral("CN=Zürich Wurzel-ČA, O=Ünïcødé")
                               << QStringLiteral("CN=Zürich Wurzel-ČA, O=Ünïcødé")
                               << QStringLiteral("Zürich Wurzel-ČA");
        QTest::newRow("no CN: O shown") << QStringLiteral("OU=Unit, O=Org Only, C=DE")
                                        << QStringLiteral("OU=Unit, O=Org Only, C=DE") << QStringLiteral("Org Only");
        QTest::newRow("no CN, no O: whole name")
            << QStringLiteral("OU=Unit, C=DE") << QStringLiteral("OU=Unit, C=DE") << QStringLiteral("OU=Unit, C=DE");
        QTest::newRow("quoted value") << QStringLiteral("CN=a=b") << QStringLiteral("CN=\"a=b\"")
                                      << QStringLiteral("a=b");
        QTest::newRow("email") << QStringLiteral("E=pki@contoso.com, CN=Mail CA")
                               << QStringLiteral("E=pki@contoso.com, CN=Mail CA") << QStringLiteral("Mail CA");
    }
    void names()
    {
        QFETCH(QString, subject);
        CertOptions options;
        options.subject = subject;
        const TestCert c = TestPki::issue(options);
        QTEST(c.cert.subject(), "shown");
        QTEST(c.cert.issuer(), "shown");
        QTEST(c.cert.displayName(), "displayName");
    }

    void v1Certificate()
    {
        CertOptions options;
        options.v1NoExtensions = true;
        const TestCert c = TestPki::issue(options);
        QCOMPARE(c.cert.version(), 1);
        QVERIFY(!c.cert.hasExtensions());
        QVERIFY(!c.cert.hasBasicConstraints());
        QVERIFY(!c.cert.hasKeyUsage());
        QVERIFY(c.cert.allowsCertSign());
        QVERIFY(c.cert.subjectKeyId().isEmpty());
        QVERIFY(c.cert.authorityKeyId().isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detailPart");
        const QByteArray good = TestPki::makeRoot(QStringLiteral("Bad Input")).der();
        QTest::newRow("trailing byte") << good + QByteArray(1, '\0') << ErrorCode::BadFormat
                                       << QStringLiteral("trailing data");
        QTest::newRow("trailing cert") << good + good << ErrorCode::BadFormat << QStringLiteral("trailing data");
        QTest::newRow("truncated") << good.left(good.size() / 2) << ErrorCode::Truncated << QStringLiteral("OpenSSL");
        QTest::newRow("garbage") << QByteArray("hello, world") << ErrorCode::BadFormat << QStringLiteral("OpenSSL");
        QTest::newRow("empty") << QByteArray() << ErrorCode::EmptyFile << QStringLiteral("no certificate");
    }
    void badInput()
    {
        QFETCH(QByteArray, der);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detailPart);
        const auto result = Certificate::fromDer(der, QStringLiteral("origin.cer"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().detail.contains(QStringLiteral("origin.cer")), qPrintable(result.error().detail));
        QVERIFY2(result.error().detail.contains(detailPart), qPrintable(result.error().detail));
    }

    void signatureChecks()
    {
        const TestCert ecRoot = TestPki::makeRoot(QStringLiteral("EC Root"), KeyType::EcP256);
        const TestCert rsaRoot = TestPki::makeRoot(QStringLiteral("RSA Root"), KeyType::Rsa2048);
        // Another key type is "not signed by", not an error: CAs reuse names across RSA and EC.
        const auto crossType = ecRoot.cert.isSignedBy(rsaRoot.cert);
        QVERIFY2(crossType.ok(), crossType.ok() ? "" : qPrintable(crossType.error().detail));
        QCOMPARE(crossType.value(), false);
        QCOMPARE(rsaRoot.cert.isSignedBy(ecRoot.cert).value(), false);

        for (const TestCert* root : {&ecRoot, &rsaRoot}) {
            const auto broken = Certificate::fromDer(TestPki::withBrokenSignature(root->der()));
            QVERIFY(broken.ok());
            const auto verified = broken->isSignedBy(*broken);
            QVERIFY(verified.ok());
            QCOMPARE(verified.value(), false);

            const auto odd = Certificate::fromDer(TestPki::withUnverifiableAlgorithm(root->der()));
            QVERIFY2(odd.ok(), odd.ok() ? "" : qPrintable(odd.error().detail));
            const auto unverifiable = odd->isSignedBy(*odd);
            QVERIFY(!unverifiable.ok());
            QCOMPARE(unverifiable.error().code, ErrorCode::OpenSsl);
            QVERIFY(unverifiable.error().detail.contains(odd->sha1Thumbprint()));
        }
    }

    void md5Signature()
    {
        CertOptions options;
        options.keyType = KeyType::Rsa2048;
        options.digest = TestDigest::Md5;
        const TestCert c = TestPki::issue(options);
        QCOMPARE(c.cert.signatureAlgorithm(), QStringLiteral("md5WithRSAEncryption"));
        // OpenSSL 3.0's X509_verify applies no security level: an MD5 signature still verifies.
        const auto verified = c.cert.isSignedBy(c.cert);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().detail));
        QCOMPARE(verified.value(), true);
    }

    void sharedAndParallel()
    {
        const TestCert a = TestPki::makeRoot(QStringLiteral("A"));
        const Certificate copy = a.cert;
        QCOMPARE(copy.native(), a.cert.native());
        QVERIFY(copy == a.cert);
        QVERIFY(Certificate().isNull());
        QVERIFY(Certificate().subject().isEmpty());

        QList<QByteArray> ders;
        QStringList origins;
        for (int i = 0; i < 100; ++i) {
            ders << (i == 37 ? QByteArray("junk") : TestPki::makeRoot(QStringLiteral("P%1").arg(i)).der());
            origins << QStringLiteral("item%1").arg(i);
        }
        const auto results = Certificate::parseAll(ders, origins, 2);
        QCOMPARE(results.size(), 100);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(results.at(i).ok(), i != 37);
            if (i != 37)
                QCOMPARE(results.at(i)->der(), ders.at(i));
        }
        QVERIFY(results.at(37).error().detail.contains(QStringLiteral("item37")));
    }
};

QTEST_GUILESS_MAIN(tst_Certificate)
#include "tst_Certificate.moc"
