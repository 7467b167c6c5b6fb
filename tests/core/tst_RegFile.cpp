#include "TestPaths.h"
#include "schannel/RegFile.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace certmend;

namespace {

const QString kSchannel = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\"
                                         "SCHANNEL");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QByteArray realSample()
{
    return readFile(test::sharedDir() + QStringLiteral("/samples/reg/schannel-export.reg"));
}
QByteArray fixture(const char* name)
{
    return readFile(test::sourceDir() + "/tests/data/reg/" + name);
}

QByteArray swapBytePairs(QByteArray b)
{
    for (qsizetype i = 0; i + 1 < b.size(); i += 2)
        std::swap(b[i], b[i + 1]);
    return b;
}

QByteArray utf16leWithBom(const QString& text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

Q_DECLARE_METATYPE(certmend::ErrorCode)
Q_DECLARE_METATYPE(certmend::RegFile::Format)

class tst_RegFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realExportParses()
    {
        const QByteArray bytes = realSample();
        const auto reg = RegFile::parse(bytes, QStringLiteral("schannel-export.reg"));
        QVERIFY2(reg.ok(), qPrintable(reg.ok() ? QString() : reg.error().message()));
        QCOMPARE(reg->format(), RegFile::Format::Version5Utf16);
        QVERIFY(reg->issues().isEmpty());
        QCOMPARE(reg->keys().size(), 8);
        QCOMPARE(reg->keys().first().path, kSchannel);
        QCOMPARE(reg->keys().last().path, kSchannel + QStringLiteral("\\Protocols\\SSL 2.0\\Client"));

        const RegKey* schannel = reg->key(kSchannel);
        QVERIFY(schannel);
        QCOMPARE(schannel->values.size(), 1);
        const RegValue* logging = schannel->value(QStringLiteral("eventlogging"));
        QVERIFY(logging);
        QCOMPARE(logging->name, QStringLiteral("EventLogging"));
        QCOMPARE(logging->type, RegValue::Type::Dword);
        QCOMPARE(logging->number, quint64(1));
        QVERIFY(!schannel->value(QStringLiteral("SendTrustedIssuerList")));

        const RegKey* ciphers = reg->key(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\"
                                                        "SecurityProviders\\SCHANNEL\\Ciphers"));
        QVERIFY(ciphers);
        QVERIFY(ciphers->values.isEmpty());
        const RegKey* client = reg->key(kSchannel + QStringLiteral("\\Protocols\\SSL 2.0\\Client"));
        QVERIFY(client);
        QCOMPARE(client->value(QStringLiteral("DisabledByDefault"))->number, quint64(1));
    }

    void realExportRewritesByteForByte()
    {
        // write() imitates regedit: the unchanged keys of a genuine export come out as the same bytes.
        const QByteArray bytes = realSample();
        const auto reg = RegFile::parse(bytes, QStringLiteral("schannel-export.reg"));
        QVERIFY(reg.ok());
        QCOMPARE(RegFile::write(reg->keys()), bytes);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detailPart");
        QTest::addColumn<RegFile::Format>("format");

        const QByteArray sample = realSample();
        const QByteArray withoutBom = sample.mid(2);
        const QByteArray asciiV5 = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\r\n"
                                   "\"A\"=dword:00000001\r\n";
        QTest::newRow("utf-16le with bom")
            << sample << true << ErrorCode::Internal << QString() << RegFile::Format::Version5Utf16;
        QTest::newRow("utf-8 version 5") << asciiV5 << true << ErrorCode::Internal << QString()
                                         << RegFile::Format::Version5Utf8;
        QTest::newRow("utf-8 bom version 5") << QByteArray("\xEF\xBB\xBF") + asciiV5 << true << ErrorCode::Internal
                                             << QString() << RegFile::Format::Version5Utf8;
        QTest::newRow("regedit4 utf-8 bom") << QByteArray("\xEF\xBB\xBFREGEDIT4\r\n\r\n[HKEY_USERS\\X]\r\n") << true
                                            << ErrorCode::Internal << QString() << RegFile::Format::Regedit4Utf8;
        QTest::newRow("utf-16be with bom")
            << QByteArray("\xFE\xFF") + swapBytePairs(withoutBom) << false << ErrorCode::BadEncoding
            << QStringLiteral("big-endian") << RegFile::Format::Version5Utf16;
        QTest::newRow("utf-16le without bom")
            << withoutBom << false << ErrorCode::BadEncoding << QStringLiteral("UTF-16LE without the byte order mark")
            << RegFile::Format::Version5Utf16;
        QTest::newRow("utf-16be without bom") << swapBytePairs(withoutBom) << false << ErrorCode::BadEncoding
                                              << QStringLiteral("big-endian without") << RegFile::Format::Version5Utf16;
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false
                                        << ErrorCode::BadFormat << QStringLiteral("binary data")
                                        << RegFile::Format::Version5Utf16;
        QTest::newRow("no header") << QByteArray("[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\r\n\"A\"=dword:00000001\r\n")
                                   << false << ErrorCode::BadFormat
                                   << QStringLiteral("first line is \"[HKEY_LOCAL_MACHINE")
                                   << RegFile::Format::Version5Utf16;
        QTest::newRow("empty") << QByteArray() << false << ErrorCode::EmptyFile << QStringLiteral("empty")
                               << RegFile::Format::Version5Utf16;
        QTest::newRow("utf-16 with regedit4 header")
            << utf16leWithBom(QStringLiteral("REGEDIT4\r\n\r\n")) << false << ErrorCode::BadFormat
            << QStringLiteral("first line is \"REGEDIT4\"") << RegFile::Format::Version5Utf16;
        QTest::newRow("version 5 header, invalid utf-8")
            << QByteArray("Windows Registry Editor Version 5.00\r\n\"A\"=\"\xC3\x28\"\r\n") << false
            << ErrorCode::BadEncoding << QStringLiteral("not valid UTF-8") << RegFile::Format::Version5Utf16;
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detailPart);
        QFETCH(RegFile::Format, format);

        const auto reg = RegFile::parse(bytes, QStringLiteral("snap/schannel.reg"));
        QCOMPARE(reg.ok(), ok);
        if (ok) {
            QCOMPARE(reg->format(), format);
            QCOMPARE(reg->keys().size(), bytes == realSample() ? 8 : 1);
            return;
        }
        QCOMPARE(reg.error().code, code);
        QCOMPARE(reg.error().file, QStringLiteral("snap/schannel.reg"));
        QVERIFY2(reg.error().detail.contains(detailPart), qPrintable(reg.error().detail));
    }

    void regedit4Ansi()
    {
        const auto reg = RegFile::parse(fixture("regedit4-ansi.reg"), QStringLiteral("regedit4-ansi.reg"));
        QVERIFY(reg.ok());
        QCOMPARE(reg->format(), RegFile::Format::Regedit4Ansi);
        QVERIFY(reg->issues().isEmpty());
        QCOMPARE(reg->keys().size(), 2);
        const RegKey* k = reg->key(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\"
                                                  "Schannel"));
        QVERIFY(k);
        QCOMPARE(k->value(QStringLiteral("SendTrustedIssuerList"))->number, quint64(0));
        QCOMPARE(k->value(QStringLiteral("ClientAuthTrustMode"))->number, quint64(2));
        const RegValue* note = k->value(QStringLiteral("Note"));
        QVERIFY(note);
        QCOMPARE(note->type, RegValue::Type::String);
        QCOMPARE(note->text, QStringLiteral(u"Zertifikatsprüfung C:\\certs \"alt\""));
        // REGEDIT4 stays REGEDIT4 in the ANSI code page.
        const QByteArray again = RegFile::write(reg->keys(), reg->format());
        QVERIFY(again.startsWith("REGEDIT4\r\n"));
        QVERIFY(again.contains("Zertifikatspr\xFC"
                               "fung"));
    }

    void version5Utf8()
    {
        const auto reg = RegFile::parse(fixture("version5-utf8.reg"), QStringLiteral("version5-utf8.reg"));
        QVERIFY(reg.ok());
        QCOMPARE(reg->format(), RegFile::Format::Version5Utf8);
        const RegKey* k = reg->key(kSchannel);
        QVERIFY(k);
        QCOMPARE(k->path, QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL"));
        QCOMPARE(k->value(QStringLiteral("Kommentar"))->text, QStringLiteral(u"Grüße"));
        QCOMPARE(k->value(QStringLiteral("ClientAuthTrustMode"))->type, RegValue::Type::String);
    }

    void valueForms()
    {
        const auto reg = RegFile::parse(fixture("forms-utf16.reg"), QStringLiteral("forms-utf16.reg"));
        QVERIFY(reg.ok());
        QCOMPARE(reg->keys().size(), 2);
        const RegKey* k = reg->key(kSchannel);
        QVERIFY(k);
        QVERIFY(!k->deleted);

        const RegValue* def = k->value(QString());
        QVERIFY(def);
        QVERIFY(def->isDefault());
        QCOMPARE(def->text, QStringLiteral("default value"));
        QCOMPARE(k->value(QStringLiteral("SendTrustedIssuerList"))->type, RegValue::Type::Deleted);
        QCOMPARE(k->value(QStringLiteral("ClientAuthTrustMode"))->number, quint64(10));

        const RegValue* multi = k->value(QStringLiteral("Multi"));
        QCOMPARE(multi->type, RegValue::Type::MultiString);
        QCOMPARE(multi->strings(), QStringList({QStringLiteral("one"), QStringLiteral("two")}));
        const RegValue* expand = k->value(QStringLiteral("Expand"));
        QCOMPARE(expand->type, RegValue::Type::ExpandString);
        QCOMPARE(expand->text, QStringLiteral("%SystemRoot%\\x"));
        const RegValue* big = k->value(QStringLiteral("Big"));
        QCOMPARE(big->type, RegValue::Type::Qword);
        QCOMPARE(big->number, quint64(256));
        const RegValue* blob = k->value(QStringLiteral("Blob"));
        QCOMPARE(blob->type, RegValue::Type::Binary);
        QCOMPARE(blob->bytes, QByteArray::fromHex("deadbeef"));
        const RegValue* nothing = k->value(QStringLiteral("Nothing"));
        QCOMPARE(nothing->type, RegValue::Type::Other);
        QCOMPARE(nothing->regType, RegValue::RegNone);
        QCOMPARE(k->value(QStringLiteral("Link"))->regType, quint32(6));
        const RegValue* weird = k->value(QStringLiteral("Weird"));
        QCOMPARE(weird->type, RegValue::Type::Other);
        QCOMPARE(weird->regType, RegValue::UnknownForm);
        QCOMPARE(weird->text, QStringLiteral("word:1234"));
        QVERIFY(!k->value(QStringLiteral("Broken")));

        const RegKey* old = reg->key(kSchannel + QStringLiteral("\\Old"));
        QVERIFY(old);
        QVERIFY(old->deleted);

        const QList<Error> issues = reg->issues();
        QCOMPARE(issues.size(), 2);
        QVERIFY2(issues[0].detail.startsWith(QStringLiteral("line 17: ")), qPrintable(issues[0].detail));
        QVERIFY(issues[0].detail.contains(QStringLiteral("\"Broken\"=dword:xyz")));
        QVERIFY2(issues[1].detail.startsWith(QStringLiteral("line 18: ")), qPrintable(issues[1].detail));
        QCOMPARE(issues[1].file, QStringLiteral("forms-utf16.reg"));
    }

    void malformedLines_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("issueLine");
        QTest::addColumn<int>("valuesKept");

        QTest::newRow("value before any key")
            << QStringLiteral("\"A\"=dword:1\r\n[HKEY_USERS\\X]\r\n\"B\"=dword:2") << 3 << 1;
        QTest::newRow("unterminated name")
            << QStringLiteral("[HKEY_USERS\\X]\r\n\"A=dword:1\r\n\"B\"=dword:2") << 4 << 1;
        QTest::newRow("unterminated string")
            << QStringLiteral("[HKEY_USERS\\X]\r\n\"A\"=\"abc\r\n\"B\"=\"x\"") << 4 << 1;
        QTest::newRow("continuation at end of file")
            << QStringLiteral("[HKEY_USERS\\X]\r\n\"B\"=dword:2\r\n\"A\"=hex:01,02,\\") << 5 << 1;
        QTest::newRow("dword too long") << QStringLiteral("[HKEY_USERS\\X]\r\n\"A\"=dword:123456789\r\n\"B\"=dword:2")
                                        << 4 << 1;
        QTest::newRow("bad hex byte") << QStringLiteral("[HKEY_USERS\\X]\r\n\"A\"=hex:01,zz\r\n\"B\"=dword:2") << 4
                                      << 1;
        QTest::newRow("key without bracket")
            << QStringLiteral("[HKEY_USERS\\X]\r\n\"B\"=dword:2\r\n[HKEY_USERS\\Y") << 5 << 1;
    }

    void malformedLines()
    {
        QFETCH(QString, body);
        QFETCH(int, issueLine);
        QFETCH(int, valuesKept);
        const QByteArray bytes = utf16leWithBom(QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n") + body);
        const auto reg = RegFile::parse(bytes, QStringLiteral("x.reg"));
        QVERIFY(reg.ok());
        QCOMPARE(reg->issues().size(), 1);
        QVERIFY2(reg->issues().first().detail.startsWith(QStringLiteral("line %1: ").arg(issueLine)),
                 qPrintable(reg->issues().first().detail));
        const RegKey* k = reg->key(QStringLiteral("HKEY_USERS\\X"));
        QVERIFY(k);
        QCOMPARE(k->values.size(), valuesKept);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QList<RegKey>>("keys");
        QTest::addColumn<RegFile::Format>("format");

        QByteArray longBlob;
        for (int i = 0; i < 200; ++i)
            longBlob.append(char(i));
        const QList<RegKey> rich = {
            RegKey{kSchannel,
                   false,
                   {RegValue::dword(QStringLiteral("SendTrustedIssuerList"), 1),
                    RegValue::dword(QStringLiteral("ClientAuthTrustMode"), 0xffffffffu),
                    RegValue::deleted(QStringLiteral("SendTrustedIssuers")),
                    RegValue::string(QString(), QStringLiteral("default")),
                    RegValue::string(QStringLiteral("Quote \"and\" back\\slash"), QStringLiteral("C:\\x \"y\"")),
                    RegValue::string(QStringLiteral("Lines"), QStringLiteral("one\r\ntwo")),
                    RegValue::qword(QStringLiteral("Q"), 0x0102030405060708ull),
                    RegValue::expandString(QStringLiteral("E"), QStringLiteral("%windir%\\system32")),
                    RegValue::multiString(QStringLiteral("M"), {QStringLiteral("a"), QStringLiteral("bc")}),
                    RegValue::binary(QStringLiteral("Long"), longBlob),
                    RegValue::binary(QStringLiteral("Empty"), QByteArray())}},
            RegKey{kSchannel + QStringLiteral("\\Protocols\\TLS 1.0\\Server"), false, {}},
            RegKey{kSchannel + QStringLiteral("\\Gone"), true, {}},
        };
        QTest::newRow("utf-16") << rich << RegFile::Format::Version5Utf16;
        QTest::newRow("utf-8") << rich << RegFile::Format::Version5Utf8;
        const QList<RegKey> simple = {RegKey{kSchannel,
                                             false,
                                             {RegValue::dword(QStringLiteral("SendTrustedIssuerList"), 0),
                                              RegValue::deleted(QStringLiteral("ClientAuthTrustMode")),
                                              RegValue::string(QStringLiteral("N"), QStringLiteral(u"Prüfung"))}}};
        QTest::newRow("regedit4") << simple << RegFile::Format::Regedit4Ansi;
        QTest::newRow("nothing") << QList<RegKey>() << RegFile::Format::Version5Utf16;
    }

    void roundTrip()
    {
        QFETCH(QList<RegKey>, keys);
        QFETCH(RegFile::Format, format);
        const QByteArray bytes = RegFile::write(keys, format);
        const auto reg = RegFile::parse(bytes, QStringLiteral("roundtrip.reg"));
        QVERIFY2(reg.ok(), qPrintable(reg.ok() ? QString() : reg.error().message()));
        QVERIFY(reg->issues().isEmpty());
        QCOMPARE(reg->format(), format);
        QCOMPARE(reg->keys(), keys);
        if (format == RegFile::Format::Version5Utf16) {
            QVERIFY(bytes.startsWith(QByteArray("\xFF\xFEW\0i\0", 6)));
            QVERIFY(bytes.contains(QByteArray("\r\0\n\0", 4)));
        }
        // Hex data is wrapped as regedit does, so no line grows with the data.
        const QStringList lines = QString::fromLatin1(bytes).remove(QChar(u'\0')).split(QStringLiteral("\r\n"));
        for (const QString& line : lines) {
            if (!line.startsWith(QLatin1Char('[')))
                QVERIFY2(line.size() <= 80, qPrintable(line));
        }
    }

    void fixturesRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("real export") << realSample();
        QTest::newRow("regedit4") << fixture("regedit4-ansi.reg");
        QTest::newRow("forms") << fixture("forms-utf16.reg");
        QTest::newRow("utf-8") << fixture("version5-utf8.reg");
    }

    void fixturesRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        const auto first = RegFile::parse(bytes, QStringLiteral("fixture"));
        QVERIFY(first.ok());
        const auto second = RegFile::parse(RegFile::write(first->keys(), first->format()), QStringLiteral("again"));
        QVERIFY(second.ok());
        QVERIFY(second->issues().isEmpty());
        QCOMPARE(second->format(), first->format());
        QCOMPARE(second->keys(), first->keys());
    }
};

QTEST_GUILESS_MAIN(tst_RegFile)
#include "tst_RegFile.moc"
