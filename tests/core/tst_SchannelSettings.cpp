#include "TestPaths.h"
#include "schannel/RegFile.h"
#include "schannel/SchannelSettings.h"
#include "schannel/WindowsVersion.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace certmend;

namespace {

/// A UTF-16LE export of the SCHANNEL key holding `lines` (empty: the key without values; "-": the key deleted).
RegFile schannelReg(const QStringList& lines)
{
    QString text = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n");
    const QString path = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\"
                                        "SCHANNEL");
    if (lines == QStringList{QStringLiteral("-")})
        text += QStringLiteral("[-%1]\r\n").arg(path);
    else
        text += QStringLiteral("[%1]\r\n").arg(path) + lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    auto reg = RegFile::parse(encoder.encode(text), QStringLiteral("test.reg"));
    if (!reg || !reg->issues().isEmpty())
        qFatal("test .reg does not parse");
    return reg.value();
}

} // namespace

class tst_SchannelSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowsVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("modern");

        QTest::newRow("2019") << QStringLiteral("10.0.17763") << true << QStringLiteral("10.0.17763") << true;
        QTest::newRow("2008 R2") << QStringLiteral("6.1.7601") << true << QStringLiteral("6.1.7601") << false;
        QTest::newRow("2008") << QStringLiteral("6.0.6002") << true << QStringLiteral("6.0.6002") << false;
        QTest::newRow("2003") << QStringLiteral("5.2.3790") << true << QStringLiteral("5.2.3790") << false;
        QTest::newRow("2012") << QStringLiteral("6.2.9200") << true << QStringLiteral("6.2.9200") << true;
        QTest::newRow("2012 R2") << QStringLiteral("6.3.9600") << true << QStringLiteral("6.3.9600") << true;
        QTest::newRow("no build") << QStringLiteral("6.3") << true << QStringLiteral("6.3") << true;
        QTest::newRow("ver output") << QStringLiteral("Microsoft Windows [Version 10.0.20348.2113]") << true
                                    << QStringLiteral("10.0.20348") << true;
        QTest::newRow("empty") << QString() << false << QString() << true;
        QTest::newRow("product name only") << QStringLiteral("Windows Server 2012 R2") << false << QString() << true;
    }

    void windowsVersion()
    {
        QFETCH(QString, text);
        QFETCH(bool, known);
        QFETCH(QString, normalized);
        QFETCH(bool, modern);
        const WindowsVersion v = WindowsVersion::parse(text);
        QCOMPARE(v.isKnown(), known);
        QCOMPARE(v.toString(), normalized);
        QCOMPARE(v.isServer2012OrLater(), modern);
    }

    void effectiveValues_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("lines"); // {"null"}: no registry at all
        QTest::addColumn<bool>("send");
        QTest::addColumn<bool>("sendIsDefault");
        QTest::addColumn<bool>("sendWrongType");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("modeOutOfRange");
        QTest::addColumn<bool>("modeWrongType");

        const QStringList none;
        const QStringList null{QStringLiteral("null")};
        QTest::newRow("6.1 absent") << "6.1.7601" << none << true << true << false << 0 << false << false;
        QTest::newRow("6.2 absent") << "6.2.9200" << none << false << true << false << 0 << false << false;
        QTest::newRow("10.0 absent") << "10.0.17763" << none << false << true << false << 0 << false << false;
        QTest::newRow("unknown absent") << "" << none << false << true << false << 0 << false << false;
        QTest::newRow("6.1 no registry") << "6.1.7601" << null << true << true << false << 0 << false << false;
        QTest::newRow("10.0 no registry") << "10.0.14393" << null << false << true << false << 0 << false << false;
        QTest::newRow("6.1 key deleted") << "6.1.7601" << QStringList{"-"} << true << true << false << 0 << false
                                         << false;
        QTest::newRow("6.1 explicit 0") << "6.1.7601" << QStringList{"\"SendTrustedIssuerList\"=dword:00000000"}
                                        << false << false << false << 0 << false << false;
        QTest::newRow("10.0 explicit 1") << "10.0.17763" << QStringList{"\"SendTrustedIssuerList\"=dword:00000001"}
                                         << true << false << false << 0 << false << false;
        QTest::newRow("10.0 explicit 5") << "10.0.17763" << QStringList{"\"SendTrustedIssuerList\"=dword:00000005"}
                                         << true << false << false << 0 << false << false;
        QTest::newRow("name in other case") << "10.0.17763" << QStringList{"\"sendtrustedissuerLIST\"=dword:00000001"}
                                            << true << false << false << 0 << false << false;
        QTest::newRow("10.0 REG_SZ 1") << "10.0.17763" << QStringList{"\"SendTrustedIssuerList\"=\"1\""} << false
                                       << true << true << 0 << false << false;
        QTest::newRow("6.1 REG_SZ 0") << "6.1.7601" << QStringList{"\"SendTrustedIssuerList\"=\"0\""} << true << true
                                      << true << 0 << false << false;
        QTest::newRow("deletion marker") << "10.0.17763" << QStringList{"\"SendTrustedIssuerList\"=-"} << false << true
                                         << false << 0 << false << false;
        QTest::newRow("mode 1") << "10.0.17763" << QStringList{"\"ClientAuthTrustMode\"=dword:00000001"} << false
                                << true << false << 1 << false << false;
        QTest::newRow("mode 2") << "10.0.17763" << QStringList{"\"ClientAuthTrustMode\"=dword:00000002"} << false
                                << true << false << 2 << false << false;
        QTest::newRow("mode 7") << "10.0.17763" << QStringList{"\"ClientAuthTrustMode\"=dword:00000007"} << false
                                << true << false << 0 << true << false;
        QTest::newRow("mode REG_SZ 2") << "10.0.17763" << QStringList{"\"ClientAuthTrustMode\"=\"2\""} << false << true
                                       << false << 0 << false << true;
        QTest::newRow("mode qword 2") << "10.0.17763"
                                      << QStringList{"\"ClientAuthTrustMode\"=hex(b):02,00,00,00,00,00,00,00"} << false
                                      << true << false << 0 << false << true;
    }

    void effectiveValues()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, lines);
        QFETCH(bool, send);
        QFETCH(bool, sendIsDefault);
        QFETCH(bool, sendWrongType);
        QFETCH(int, mode);
        QFETCH(bool, modeOutOfRange);
        QFETCH(bool, modeWrongType);

        const bool noRegistry = lines == QStringList{QStringLiteral("null")};
        const RegFile reg = schannelReg(noRegistry ? QStringList() : lines);
        const SchannelSettings s =
            SchannelSettings::fromRegistry(noRegistry ? nullptr : &reg, WindowsVersion::parse(version));
        QCOMPARE(s.sendTrustedIssuerList(), send);
        QCOMPARE(s.sendTrustedIssuerListIsDefault(), sendIsDefault);
        QCOMPARE(s.rawSendTrustedIssuerList().isWrongType(), sendWrongType);
        QCOMPARE(int(s.trustMode()), mode);
        QCOMPARE(s.trustModeOutOfRange(), modeOutOfRange);
        QCOMPARE(s.rawClientAuthTrustMode().isWrongType(), modeWrongType);
        QVERIFY(s.misspelledValues().isEmpty());
        QVERIFY(!s.explainSendTrustedIssuerList().isEmpty());
        QVERIFY(!s.explainTrustMode().isEmpty());
    }

    void rawValues()
    {
        const RegFile reg = schannelReg({QStringLiteral("\"SendTrustedIssuerList\"=\"1\""),
                                         QStringLiteral("\"clientauthtrustmode\"=dword:00000007")});
        const SchannelSettings s = SchannelSettings::fromRegistry(&reg, WindowsVersion::parse("10.0.17763"));
        QVERIFY(s.rawSendTrustedIssuerList().present);
        QVERIFY(!s.rawSendTrustedIssuerList().dword);
        QCOMPARE(s.rawSendTrustedIssuerList().foundType, QStringLiteral("REG_SZ"));
        QCOMPARE(s.rawSendTrustedIssuerList().foundData, QStringLiteral("1"));
        QCOMPARE(s.rawClientAuthTrustMode().dword, std::optional<quint32>(7));
        QCOMPARE(s.rawClientAuthTrustMode().foundName, QStringLiteral("clientauthtrustmode"));
        QCOMPARE(s.windowsVersion().toString(), QStringLiteral("10.0.17763"));

        const SchannelSettings nothing;
        QVERIFY(!nothing.rawSendTrustedIssuerList().present);
        QVERIFY(!nothing.sendTrustedIssuerList());
        QCOMPARE(nothing.trustMode(), SchannelSettings::TrustMode::MachineTrust);
    }

    void explanations_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("sendParts");
        QTest::addColumn<QStringList>("modeParts");

        QTest::newRow("2019 defaults")
            << "10.0.17763" << QStringList()
            << QStringList{"does not send a list of trusted issuers",
                           "SendTrustedIssuerList is absent; on Windows Server 2012 and later that means 0",
                           "Browsers offer every client certificate they have."}
            << QStringList{"Machine Trust", "ClientAuthTrustMode is absent, which means 0",
                           "issued by a certificate in the trusted issuers list"};
        QTest::newRow("2008 R2 defaults")
            << "6.1.7601" << QStringList()
            << QStringList{"sends its list of trusted issuers", "before Windows Server 2012 that means 1", "403.7"}
            << QStringList{"Machine Trust"};
        QTest::newRow("unknown version") << "" << QStringList()
                                         << QStringList{"does not send", "the Windows version is unknown", "assumes"}
                                         << QStringList{"Machine Trust"};
        QTest::newRow("explicit") << "10.0.17763"
                                  << QStringList{"\"SendTrustedIssuerList\"=dword:00000001",
                                                 "\"ClientAuthTrustMode\"=dword:00000002"}
                                  << QStringList{"SendTrustedIssuerList = 1", "only client certificates"}
                                  << QStringList{"Exclusive CA Trust (ClientAuthTrustMode = 2)",
                                                 "chain to a CA or root certificate"};
        QTest::newRow("exclusive root") << "10.0.17763" << QStringList{"\"ClientAuthTrustMode\"=dword:00000001"}
                                        << QStringList{"does not send"}
                                        << QStringList{"Exclusive Root Trust (ClientAuthTrustMode = 1)",
                                                       "chain to a root"};
        QTest::newRow("wrong types") << "10.0.17763"
                                     << QStringList{"\"SendTrustedIssuerList\"=\"1\"", "\"ClientAuthTrustMode\"=\"2\""}
                                     << QStringList{"REG_SZ \"1\" instead of a number (REG_DWORD)", "does not send"}
                                     << QStringList{"REG_SZ \"2\" instead of a number", "uses Machine Trust"};
        QTest::newRow("out of range") << "10.0.17763" << QStringList{"\"ClientAuthTrustMode\"=dword:00000007"}
                                      << QStringList{"does not send"}
                                      << QStringList{"ClientAuthTrustMode = 7 is not a valid mode",
                                                     "falls back to Machine Trust"};
        QTest::newRow("misspelled") << "10.0.17763"
                                    << QStringList{"\"SendTrustedIssuers\"=dword:00000001",
                                                   "\"ClientAuthenticationTrustMode\"=dword:00000002"}
                                    << QStringList{"does not send", "\"SendTrustedIssuers\"", "has no effect"}
                                    << QStringList{"Machine Trust", "\"ClientAuthenticationTrustMode\"",
                                                   "has no effect"};
    }

    void explanations()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, sendParts);
        QFETCH(QStringList, modeParts);
        const RegFile reg = schannelReg(lines);
        const SchannelSettings s = SchannelSettings::fromRegistry(&reg, WindowsVersion::parse(version));
        const QString send = s.explainSendTrustedIssuerList();
        const QString mode = s.explainTrustMode();
        for (const QString& part : sendParts)
            QVERIFY2(send.contains(part), qPrintable(send));
        for (const QString& part : modeParts)
            QVERIFY2(mode.contains(part), qPrintable(mode));
    }

    void misspellings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("meant"); // empty: not a misspelling

        const QString send = QStringLiteral("SendTrustedIssuerList");
        const QString mode = QStringLiteral("ClientAuthTrustMode");
        QTest::newRow("SendTrustedIssuers") << "SendTrustedIssuers" << send;
        QTest::newRow("SendTrustedIssuersList") << "SendTrustedIssuersList" << send;
        QTest::newRow("SendTrustIssuerList") << "SendTrustIssuerList" << send;
        QTest::newRow("with spaces") << "Send Trusted Issuer List" << send;
        QTest::newRow("trailing space") << "SendTrustedIssuerList " << send;
        QTest::newRow("only case differs") << "SendTrustedIssuerlist" << QString();
        QTest::newRow("upper case") << "SENDTRUSTEDISSUERLIST" << QString();
        QTest::newRow("ClientAuthenticationTrustMode") << "ClientAuthenticationTrustMode" << mode;
        QTest::newRow("ClientAuthTrustModes") << "ClientAuthTrustModes" << mode;
        QTest::newRow("ClientAuthTrustMod") << "ClientAuthTrustMod" << mode;
        QTest::newRow("ClientAuthTrustmode") << "ClientAuthTrustmode" << QString();
        QTest::newRow("EventLogging") << "EventLogging" << QString();
        QTest::newRow("MessageLimitClientAuth") << "MessageLimitClientAuth" << QString();
        QTest::newRow("IssuerCacheSize") << "IssuerCacheSize" << QString();
        QTest::newRow("CertificateMappingMethods") << "CertificateMappingMethods" << QString();
    }

    void misspellings()
    {
        QFETCH(QString, name);
        QFETCH(QString, meant);
        const RegFile reg = schannelReg({QStringLiteral("\"%1\"=dword:00000001").arg(name)});
        const SchannelSettings s = SchannelSettings::fromRegistry(&reg, WindowsVersion::parse("10.0.17763"));
        const auto found = s.misspelledValues();
        if (meant.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().nameFound, name);
        QCOMPARE(found.first().meant, meant);
        QCOMPARE(found.first().data, QStringLiteral("1"));
        // A near miss does nothing: the real value stays absent and the default applies.
        QVERIFY(!s.rawSendTrustedIssuerList().present);
        QVERIFY(!s.rawClientAuthTrustMode().present);
        QVERIFY(!s.sendTrustedIssuerList());
    }

    void utf8FixtureWithMisspellingAndWrongType()
    {
        QFile f(test::sourceDir() + QStringLiteral("/tests/data/reg/version5-utf8.reg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto reg = RegFile::parse(f.readAll(), f.fileName());
        QVERIFY(reg.ok());
        const SchannelSettings s = SchannelSettings::fromRegistry(&reg.value(), WindowsVersion::parse("6.3.9600"));
        QCOMPARE(s.misspelledValues().size(), 1);
        QCOMPARE(s.misspelledValues().first().nameFound, QStringLiteral("SendTrustedIssuers"));
        QVERIFY(!s.sendTrustedIssuerList());
        QVERIFY(s.rawClientAuthTrustMode().isWrongType());
        QCOMPARE(s.trustMode(), SchannelSettings::TrustMode::MachineTrust);
    }

    void realExport()
    {
        QFile f(test::sharedDir() + QStringLiteral("/samples/reg/schannel-export.reg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto reg = RegFile::parse(f.readAll(), f.fileName());
        QVERIFY(reg.ok());
        const SchannelSettings old = SchannelSettings::fromRegistry(&reg.value(), WindowsVersion::parse("6.1.7601"));
        QVERIFY(old.sendTrustedIssuerList());
        QVERIFY(old.misspelledValues().isEmpty());
        const SchannelSettings modern = SchannelSettings::fromRegistry(&reg.value(), WindowsVersion::parse("10.0"));
        QVERIFY(!modern.sendTrustedIssuerList());
    }

    void trustModeNames()
    {
        QCOMPARE(SchannelSettings::trustModeName(SchannelSettings::TrustMode::MachineTrust),
                 QStringLiteral("Machine Trust"));
        QCOMPARE(SchannelSettings::trustModeName(SchannelSettings::TrustMode::ExclusiveRootTrust),
                 QStringLiteral("Exclusive Root Trust"));
        QCOMPARE(SchannelSettings::trustModeName(SchannelSettings::TrustMode::ExclusiveCaTrust),
                 QStringLiteral("Exclusive CA Trust"));
    }
};

QTEST_GUILESS_MAIN(tst_SchannelSettings)
#include "tst_SchannelSettings.moc"
