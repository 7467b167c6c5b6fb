#include "TestPki.h"
#include "x509/CertificateReader.h"
#include "x509/OpenSslPtr.h"
#include "x509/SerializedStore.h"

#include <openssl/pem.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

Q_DECLARE_METATYPE(certmend::ErrorCode)
Q_DECLARE_METATYPE(certmend::CertificateFormat)

namespace {

QList<TestCert> makeCerts(int count)
{
    QList<TestCert> certs;
    const TestCert root = TestPki::makeRoot(QStringLiteral("Reader Root"));
    certs << root;
    for (int i = 1; i < count; ++i)
        certs << TestPki::makeIntermediate(QStringLiteral("Reader CA %1").arg(i), root);
    return certs;
}

QList<Certificate> plain(const QList<TestCert>& certs)
{
    QList<Certificate> list;
    for (const TestCert& c : certs)
        list << c.cert;
    return list;
}

QStringList thumbprints(const QList<ReadCertificate>& read)
{
    QStringList list;
    for (const ReadCertificate& r : read)
        list << r.certificate.sha1Thumbprint();
    return list;
}

QStringList thumbprints(const QList<Certificate>& certs)
{
    QStringList list;
    for (const Certificate& c : certs)
        list << c.sha1Thumbprint();
    return list;
}

QByteArray trustedPem(const Certificate& c)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_AUX(bio.get(), c.native());
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace

class tst_CertificateReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QList<TestCert> m_certs;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs = makeCerts(3);
    }

    void goodFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<CertificateFormat>("format");
        QTest::addColumn<QStringList>("expected");
        const QList<Certificate> all = plain(m_certs);
        const Certificate& first = all.first();
        QTest::newRow("der") << first.der() << CertificateFormat::Der << thumbprints({first});
        QTest::newRow("pem one") << TestPki::toPem({first}) << CertificateFormat::Pem << thumbprints({first});
        QTest::newRow("pem many") << TestPki::toPem(all) << CertificateFormat::Pem << thumbprints(all);
        QTest::newRow("pem crlf, text before, key block")
            << QByteArray("subject=CN = Reader Root\r\nissuer=...\r\n") + TestPki::toPem(all).replace("\n", "\r\n") +
                   "-----BEGIN PRIVATE KEY-----\r\nAAAA\r\n-----END PRIVATE KEY-----\r\n"
            << CertificateFormat::Pem << thumbprints(all);
        QTest::newRow("pem utf-8 bom") << QByteArray("\xEF\xBB\xBF") + TestPki::toPem({first}) << CertificateFormat::Pem
                                       << thumbprints({first});
        QTest::newRow("pem X509 CERTIFICATE label") << TestPki::toPem({first})
                                                           .replace("BEGIN CERTIFICATE", "BEGIN X509 CERTIFICATE")
                                                           .replace("END CERTIFICATE", "END X509 CERTIFICATE")
                                                    << CertificateFormat::Pem << thumbprints({first});
        QTest::newRow("pem TRUSTED CERTIFICATE") << trustedPem(first) << CertificateFormat::Pem << thumbprints({first});
        QTest::newRow("pkcs7 der") << TestPki::toPkcs7(all) << CertificateFormat::Pkcs7 << thumbprints(all);
        QTest::newRow("pkcs7 pem") << TestPki::toPkcs7(all, true) << CertificateFormat::Pem << thumbprints(all);
        QList<ReadCertificate> entries;
        for (const Certificate& c : all)
            entries << ReadCertificate{c, {}};
        QTest::newRow("sst") << SerializedStore::write(entries) << CertificateFormat::SerializedStore
                             << thumbprints(all);
    }
    void goodFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(CertificateFormat, format);
        QFETCH(QStringList, expected);
        QCOMPARE(CertificateReader::detectFormat(bytes), format);
        const QString path = writeFile(QStringLiteral("good.bin"), bytes);
        const auto result = CertificateReader::readFile(path);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
        QCOMPARE(thumbprints(result->certificates), expected);
        QVERIFY(result->issues.isEmpty());
        QCOMPARE(result->format, format);
    }

    void pemWithOneBadBlock_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<ErrorCode>("code");
        const QByteArray one = TestPki::toPem({m_certs.at(1).cert});
        QByteArray badBase64 = one;
        badBase64.insert(badBase64.indexOf('\n') + 10, "!!**");
        QTest::newRow("bad base64") << badBase64 << ErrorCode::BadFormat;
        QByteArray notACert = TestPki::toPem({m_certs.at(1).cert});
        const QByteArray garbage = QByteArray("not a certificate at all, really").toBase64();
        const qsizetype start = notACert.indexOf('\n') + 1;
        notACert = notACert.left(start) + garbage + "\n" + notACert.mid(notACert.indexOf("-----END"));
        QTest::newRow("not DER") << notACert << ErrorCode::BadFormat;
        QTest::newRow("missing END") << one.left(one.indexOf("-----END")) << ErrorCode::Truncated;
    }
    void pemWithOneBadBlock()
    {
        QFETCH(QByteArray, bad);
        QFETCH(ErrorCode, code);
        const QByteArray bytes = TestPki::toPem({m_certs.at(0).cert}) + bad + TestPki::toPem({m_certs.at(2).cert});
        const QString path = writeFile(QStringLiteral("mixed.pem"), bytes);
        const auto result = CertificateReader::readFile(path);
        QVERIFY(result.ok());
        QCOMPARE(thumbprints(result->certificates),
                 (QStringList{m_certs.at(0).cert.sha1Thumbprint(), m_certs.at(2).cert.sha1Thumbprint()}));
        QCOMPARE(result->issues.size(), 1);
        QCOMPARE(result->issues.first().code, code);
        QCOMPARE(result->issues.first().file, path);
        QVERIFY2(result->issues.first().detail.contains(QStringLiteral("line")),
                 qPrintable(result->issues.first().detail));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        const QByteArray der = m_certs.at(0).der();
        const QByteArray pem = TestPki::toPem({m_certs.at(0).cert});
        const QByteArray p7 = TestPki::toPkcs7(plain(m_certs));
        QTest::newRow("empty") << QByteArray() << ErrorCode::EmptyFile;
        QTest::newRow("garbage") << QByteArray("this is not a certificate\n") << ErrorCode::BadFormat;
        QTest::newRow("binary garbage") << QByteArray::fromHex("deadbeef00112233") << ErrorCode::BadFormat;
        QTest::newRow("der truncated") << der.left(der.size() - 20) << ErrorCode::Truncated;
        QTest::newRow("der trailing data") << der + "xyz" << ErrorCode::BadFormat;
        QTest::newRow("pkcs7 truncated") << p7.left(p7.size() / 2) << ErrorCode::Truncated;
        QTest::newRow("pem truncated") << pem.left(pem.size() / 2) << ErrorCode::Truncated;
        QTest::newRow("pem only a key") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                        << ErrorCode::BadFormat;
        QTest::newRow("sst header cut") << QByteArray("\0\0\0\0CE", 6) << ErrorCode::Truncated;
    }
    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        const QString path = writeFile(QStringLiteral("bad.bin"), bytes);
        const auto result = CertificateReader::readFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().file, path);
        QVERIFY(!result.error().detail.isEmpty());
    }

    void notRegularOrMissing()
    {
        const auto missing = CertificateReader::readFile(m_dir.filePath(QStringLiteral("nope.cer")));
        QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
        QCOMPARE(missing.error().file, m_dir.filePath(QStringLiteral("nope.cer")));
        const auto directory = CertificateReader::readFile(m_dir.path());
        QCOMPARE(directory.error().code, ErrorCode::FileUnreadable);
        QCOMPARE(directory.error().file, m_dir.path());
        const QString link = m_dir.filePath(QStringLiteral("dangling.cer"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("gone.cer")), link));
        QCOMPARE(CertificateReader::readFile(link).error().code, ErrorCode::FileUnreadable);
    }

    void tooLargeIsNotRead()
    {
        // A valid PEM followed by 50 MB of blank lines: readable, yet refused on its size alone.
        const QString path = m_dir.filePath(QStringLiteral("huge.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestPki::toPem({m_certs.at(0).cert}));
        QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: no 50 MB written
        file.close();
        QElapsedTimer timer;
        timer.start();
        const auto result = CertificateReader::readFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::FileTooLarge);
        QCOMPARE(result.error().file, path);
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    }

    void readBytesNamesOrigin()
    {
        QCOMPARE(CertificateReader::detectFormat(QByteArray("junk")), CertificateFormat::Unknown);
        QCOMPARE(CertificateReader::detectFormat(QByteArray()), CertificateFormat::Unknown);
        const auto result = CertificateReader::readBytes(QByteArray("junk"), QStringLiteral("Root.sst#3"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message().contains(QStringLiteral("Root.sst#3")));
    }
};

QTEST_GUILESS_MAIN(tst_CertificateReader)
#include "tst_CertificateReader.moc"
