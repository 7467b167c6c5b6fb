#include "TestPki.h"
#include "x509/SerializedStore.h"

#include <QTest>
#include <QtEndian>

using namespace certmend;
using namespace certmend::test;

Q_DECLARE_METATYPE(certmend::ErrorCode)

namespace {

QByteArray u32(quint32 value)
{
    char buffer[4];
    qToLittleEndian(value, buffer);
    return QByteArray(buffer, 4);
}

QByteArray element(quint32 propId, const QByteArray& payload, quint32 encoding = 1)
{
    return u32(propId) + u32(encoding) + u32(static_cast<quint32>(payload.size())) + payload;
}

QByteArray utf16(const QString& text, bool terminate = true)
{
    QByteArray bytes;
    for (const QChar c : text)
        bytes += char(c.unicode() & 0xFF), bytes += char(c.unicode() >> 8);
    if (terminate)
        bytes += QByteArray(2, '\0');
    return bytes;
}

const QByteArray Header("\0\0\0\0CERT", 8);
const QByteArray End(12, '\0');

} // namespace

class tst_SerializedStore : public QObject
{
    Q_OBJECT
private:
    QList<TestCert> m_certs;

private Q_SLOTS:
    void initTestCase()
    {
        const TestCert root = TestPki::makeRoot(QStringLiteral("SST Root"));
        m_certs << root << TestPki::makeIntermediate(QStringLiteral("SST CA"), root)
                << TestPki::makeRoot(QStringLiteral("SST RSA Root"), KeyType::Rsa2048);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("no names") << QStringList{QString(), QString(), QString()};
        QTest::newRow("names") << QStringList{QStringLiteral("Contoso Root"), QString(), QStringLiteral("Zürich ČA €")};
    }
    void roundTrip()
    {
        QFETCH(QStringList, names);
        QList<ReadCertificate> entries;
        for (int i = 0; i < m_certs.size(); ++i)
            entries << ReadCertificate{m_certs.at(i).cert, names.at(i)};
        const QByteArray bytes = SerializedStore::write(entries);
        QVERIFY(bytes.startsWith(Header));
        QVERIFY(bytes.endsWith(End));
        QVERIFY(SerializedStore::hasHeader(bytes));
        const auto read = SerializedStore::read(bytes, QStringLiteral("Root.sst"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
        QCOMPARE(read->format, CertificateFormat::SerializedStore);
        QVERIFY(read->issues.isEmpty());
        QCOMPARE(read->certificates.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(read->certificates.at(i).certificate, entries.at(i).certificate);
            QCOMPARE(read->certificates.at(i).friendlyName, entries.at(i).friendlyName);
        }
        QCOMPARE(SerializedStore::write(read->certificates), bytes);
    }

    void layoutIsWindows()
    {
        const QByteArray der = m_certs.at(0).der();
        const QByteArray bytes = SerializedStore::write({ReadCertificate{m_certs.at(0).cert, QStringLiteral("A")}});
        QCOMPARE(bytes, Header + element(0x0B, utf16(QStringLiteral("A"))) + element(0x20, der) + End);
    }

    void propertiesAttachToTheNextCertificate()
    {
        const QByteArray sha1 = QByteArray::fromHex(m_certs.at(0).cert.sha1Thumbprint().toLatin1());
        const QByteArray bytes = Header + element(0x03, sha1) + element(0x0B, utf16(QStringLiteral("First"))) +
                                 element(0x14, m_certs.at(0).key.keyId()) + element(0x0F, QByteArray(16, 'x')) +
                                 element(0x20, m_certs.at(0).der()) +
                                 element(0x0B, utf16(QStringLiteral("Second"), false)) + // no terminating NUL
                                 element(0x20, m_certs.at(1).der()) + element(0x21, QByteArray(40, 'c')) +
                                 element(0x0B, utf16(QStringLiteral("Belongs to the CTL"))) +
                                 element(0x22, QByteArray(30, 't')) + element(0x20, m_certs.at(2).der()) + End;
        const auto read = SerializedStore::read(bytes, QStringLiteral("props.sst"));
        QVERIFY(read.ok());
        QVERIFY(read->issues.isEmpty());
        QCOMPARE(read->certificates.size(), 3);
        QCOMPARE(read->certificates.at(0).friendlyName, QStringLiteral("First"));
        QCOMPARE(read->certificates.at(1).friendlyName, QStringLiteral("Second"));
        QCOMPARE(read->certificates.at(2).friendlyName, QString());
        QCOMPARE(read->certificates.at(2).certificate, m_certs.at(2).cert);
    }

    void registryBlobElements()
    {
        const QByteArray blob = element(0x0B, utf16(QStringLiteral("Blob"))) + element(0x20, m_certs.at(1).der());
        const auto read = SerializedStore::readElements(blob, QStringLiteral("HKLM\\...\\Blob"));
        QVERIFY(read.ok());
        QVERIFY(read->issues.isEmpty());
        QCOMPARE(read->certificates.size(), 1);
        QCOMPARE(read->certificates.at(0).friendlyName, QStringLiteral("Blob"));
        QCOMPARE(read->certificates.at(0).certificate, m_certs.at(1).cert);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("certificates"); // -1: the whole read fails
        QTest::addColumn<QString>("detailPart");
        const QByteArray first = element(0x20, m_certs.at(0).der());
        const QByteArray second = element(0x20, m_certs.at(1).der());
        QTest::newRow("length past the end, nothing read")
            << Header + u32(0x20) + u32(1) + u32(5000) + QByteArray(100, 'x') << ErrorCode::Truncated << -1
            << QStringLiteral("offset 8");
        QTest::newRow("length past the end after one cert")
            << Header + first + u32(0x20) + u32(1) + u32(0xFFFFFFFF) + QByteArray(10, 'x') << ErrorCode::Truncated << 1
            << QStringLiteral("offset %1").arg(8 + first.size());
        QTest::newRow("cut inside an element header")
            << Header + first + QByteArray(7, '\0') << ErrorCode::Truncated << 1 << QStringLiteral("header");
        QTest::newRow("cut inside a certificate") << Header + first + second.left(second.size() - 30)
                                                  << ErrorCode::Truncated << 1 << QStringLiteral("claims");
        QTest::newRow("no end marker") << Header + first + second << ErrorCode::Truncated << 2
                                       << QStringLiteral("end marker");
        QTest::newRow("bad certificate element") << Header + first + element(0x20, "not DER") + second + End
                                                 << ErrorCode::BadFormat << 2 << QStringLiteral("bad.sst#1");
        QTest::newRow("only a header") << Header << ErrorCode::Truncated << -1 << QStringLiteral("end marker");
        QTest::newRow("no header") << QByteArray("CERT\0\0\0\0", 8) + first + End << ErrorCode::BadFormat << -1
                                   << QStringLiteral("header");
    }
    void damaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(int, certificates);
        QFETCH(QString, detailPart);
        const auto read = SerializedStore::read(bytes, QStringLiteral("bad.sst"));
        const Error error = certificates < 0 ? read.error() : read->issues.value(0);
        if (certificates < 0) {
            QVERIFY(!read.ok());
        } else {
            QVERIFY(read.ok());
            QCOMPARE(read->certificates.size(), certificates);
            QCOMPARE(read->issues.size(), 1);
        }
        QCOMPARE(error.code, code);
        QCOMPARE(error.file, QStringLiteral("bad.sst"));
        QVERIFY2(error.detail.contains(detailPart), qPrintable(error.detail));
    }

    void emptyStoreIsNotAnError()
    {
        const auto read = SerializedStore::read(Header + End, QStringLiteral("empty.sst"));
        QVERIFY(read.ok());
        QVERIFY(read->certificates.isEmpty());
        QVERIFY(read->issues.isEmpty());
        QCOMPARE(SerializedStore::write({}), Header + End);
    }
};

QTEST_GUILESS_MAIN(tst_SerializedStore)
#include "tst_SerializedStore.moc"
