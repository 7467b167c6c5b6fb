#include "TestPaths.h"
#include "schannel/NetshSslCertParser.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace certmend;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QString sample(const char* name)
{
    return QString::fromUtf8(readFile(test::sharedDir() + QStringLiteral("/samples/netsh/") + name));
}

QList<SslBinding> parseOk(const QString& text)
{
    auto parsed = NetshSslCertParser::parse(text, QStringLiteral("sslcert.txt"));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message()));
    return parsed.value();
}

} // namespace

class tst_NetshSslCertParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ipPortSample()
    {
        // Indented output, (null) values, no trailing newline.
        const QList<SslBinding> bindings = parseOk(sample("ip-port.txt"));
        QCOMPARE(bindings.size(), 1);
        const SslBinding& b = bindings.first();
        QCOMPARE(b.endpoint, QStringLiteral("0.0.0.0:443"));
        QCOMPARE(b.kind, SslBinding::Kind::IpPort);
        QCOMPARE(b.line, 3);
        QCOMPARE(b.certificateHash, QStringLiteral("5226dc6c54559761cd471b86eb51c096252c90f2"));
        QCOMPARE(b.thumbprint(), QStringLiteral("5226DC6C54559761CD471B86EB51C096252C90F2"));
        QCOMPARE(b.applicationId, QStringLiteral("{4dc3e181-e14b-4a21-b022-59fc669b0914}"));
        QCOMPARE(b.certificateStoreName, QString());
        QCOMPARE(b.verifyClientRevocation, std::optional<bool>(true));
        QCOMPARE(b.usageCheck, std::optional<bool>(true));
        QCOMPARE(b.ctlIdentifier, QString());
        QCOMPARE(b.ctlStoreName, QString());
        QCOMPARE(b.dsMapperUsage, std::optional<bool>(false));
        QCOMPARE(b.negotiateClientCertificate, std::optional<bool>(false));
        QVERIFY(!b.truncated);
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("Verify Revocation Using Cached Client Certificate Only"), QStringLiteral("Disabled")},
            {QStringLiteral("Revocation Freshness Time"), QStringLiteral("0")},
            {QStringLiteral("URL Retrieval Timeout"), QStringLiteral("0")},
        };
        QCOMPARE(b.fields, expected);
        QCOMPARE(b.field(QStringLiteral("url retrieval timeout")), QStringLiteral("0"));
    }

    void hostnamePortSample()
    {
        // Pasted into an issue: '>' quoting, a prompt line, SNI bindings, cut off inside the second binding.
        const QList<SslBinding> bindings = parseOk(sample("hostname-port-adfs.txt"));
        QCOMPARE(bindings.size(), 2);
        const SslBinding& first = bindings[0];
        QCOMPARE(first.kind, SslBinding::Kind::HostnamePort);
        QCOMPARE(first.endpoint, QStringLiteral("sts.margiestravel.com:443"));
        QCOMPARE(first.line, 7);
        QCOMPARE(first.certificateHash, QStringLiteral("2d125f4d735def823178e8f17e6579d04fb97b7a"));
        QCOMPARE(first.applicationId, QStringLiteral("{5d89a20c-beab-4389-9447-324788eb944a}"));
        QCOMPARE(first.certificateStoreName, QStringLiteral("my"));
        QCOMPARE(first.ctlIdentifier, QString());
        QCOMPARE(first.ctlStoreName, QStringLiteral("adfstrusteddevices"));
        QCOMPARE(first.verifyClientRevocation, std::optional<bool>(true));
        QCOMPARE(first.usageCheck, std::optional<bool>(true));
        QCOMPARE(first.dsMapperUsage, std::optional<bool>(false));
        QCOMPARE(first.negotiateClientCertificate, std::optional<bool>(false));
        QVERIFY(!first.truncated);

        const SslBinding& second = bindings[1];
        QCOMPARE(second.endpoint, QStringLiteral("sts.margiestravel.com:49443"));
        QCOMPARE(second.certificateHash, first.certificateHash);
        QCOMPARE(second.certificateStoreName, QStringLiteral("my"));
        QVERIFY(second.truncated);
        // The paste ends with "Usage Check : Enable": neither Enabled nor Disabled, so unknown.
        QCOMPARE(second.usageCheck, std::optional<bool>());
        QCOMPARE(second.negotiateClientCertificate, std::optional<bool>());
        QCOMPARE(second.ctlStoreName, QString());
    }

    void newerWindowsLabels()
    {
        const QString text = QString::fromLatin1(
            readFile(test::sourceDir() + QStringLiteral("/tests/data/netsh/server2022-ipv6-ccs.txt")));
        const QList<SslBinding> bindings = parseOk(text);
        QCOMPARE(bindings.size(), 2);
        const SslBinding& ip = bindings[0];
        QCOMPARE(ip.kind, SslBinding::Kind::IpPort);
        QCOMPARE(ip.endpoint, QStringLiteral("[::]:443"));
        QCOMPARE(ip.certificateStoreName, QStringLiteral("My"));
        QCOMPARE(ip.ctlStoreName, QStringLiteral("ClientAuthIssuer"));
        QCOMPARE(ip.negotiateClientCertificate, std::optional<bool>(true));
        QVERIFY(!ip.truncated);
        QCOMPARE(ip.fields.size(), 20);
        QCOMPARE(ip.field(QStringLiteral("Disable TLS1.3")), QStringLiteral("Not Set"));
        QCOMPARE(ip.fields.last(), qMakePair(QStringLiteral("Max Settings Per Minute"), QStringLiteral("4294967295")));

        const SslBinding& ccs = bindings[1];
        QCOMPARE(ccs.kind, SslBinding::Kind::CcsPort);
        QCOMPARE(ccs.endpoint, QStringLiteral("443"));
        QCOMPARE(ccs.certificateHash, QString());
        QCOMPARE(ccs.negotiateClientCertificate, std::optional<bool>(false));
        QVERIFY(!ccs.truncated);
    }

    void layouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("ctlStoreName");
        QTest::addColumn<int>("kind");

        const QString block = QStringLiteral("IP:port : 10.0.0.5:8443\n"
                                             "Certificate Hash : aa bb\n"
                                             "Ctl Store Name : ClientAuthIssuer\n"
                                             "Negotiate Client Certificate : Enabled\n");
        QTest::newRow("no indentation, LF") << block << 1 << "10.0.0.5:8443"
                                            << "ClientAuthIssuer" << 0;
        QTest::newRow("CRLF") << QString(block).replace(QStringLiteral("\n"), QStringLiteral("\r\n")) << 1
                              << "10.0.0.5:8443"
                              << "ClientAuthIssuer" << 0;
        QTest::newRow("nested quoting")
            << QString(block).prepend(QStringLiteral("> ")).replace(QStringLiteral("\n"), QStringLiteral("\n> > ")) << 1
            << "10.0.0.5:8443"
            << "ClientAuthIssuer" << 0;
        QTest::newRow("tabs") << QString(block).replace(QStringLiteral(" : "), QStringLiteral("\t:\t")) << 1
                              << "10.0.0.5:8443"
                              << "ClientAuthIssuer" << 0;
        QTest::newRow("other port label")
            << QStringLiteral("Some Future Key:port : x:1\nCtl Store Name : (null)\n") << 1 << "x:1" << QString() << 3;
        QTest::newRow("only the header") << QStringLiteral("SSL Certificate bindings:\n----------\n\n") << 0
                                         << QString() << QString() << 0;
        QTest::newRow("empty") << QString() << 0 << QString() << QString() << 0;
        QTest::newRow("labels without a binding")
            << QStringLiteral("Certificate Hash : aa\nUsage Check : Enabled\n") << 0 << QString() << QString() << 0;
        QTest::newRow("error text") << QStringLiteral("The parameter is incorrect.\r\n") << 0 << QString() << QString()
                                    << 0;
    }

    void layouts()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QString, endpoint);
        QFETCH(QString, ctlStoreName);
        QFETCH(int, kind);
        const QList<SslBinding> bindings = parseOk(text);
        QCOMPARE(bindings.size(), count);
        if (count == 0)
            return;
        QCOMPARE(bindings.first().endpoint, endpoint);
        QCOMPARE(bindings.first().ctlStoreName, ctlStoreName);
        QCOMPARE(int(bindings.first().kind), kind);
    }

    void savedFileEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = sample("ip-port.txt");
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QStringEncoder leNoBom(QStringConverter::Utf16LE);
        QTest::newRow("utf-8 / ascii") << text.toUtf8();
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QTest::newRow("utf-16le bom (PowerShell >)") << QByteArray(le.encode(text));
        QTest::newRow("utf-16be bom") << QByteArray(be.encode(text));
        QTest::newRow("utf-16le without bom") << QByteArray(leNoBom.encode(text));
    }

    void savedFileEncodings()
    {
        QFETCH(QByteArray, bytes);
        const auto parsed = NetshSslCertParser::parseBytes(bytes, QStringLiteral("sslcert.txt"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->first().certificateHash, QStringLiteral("5226dc6c54559761cd471b86eb51c096252c90f2"));
    }

    void nulCharactersAreAnError()
    {
        // UTF-16 text that someone decoded as Latin-1: every other character is NUL.
        const QString text = QString::fromLatin1(sample("ip-port.txt").toUtf8().replace("", QByteArray("\0", 1)));
        const auto parsed = NetshSslCertParser::parse(text, QStringLiteral("snap/sslcert.txt"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::BadEncoding);
        QCOMPARE(parsed.error().file, QStringLiteral("snap/sslcert.txt"));
    }
};

QTEST_GUILESS_MAIN(tst_NetshSslCertParser)
#include "tst_NetshSslCertParser.moc"
