#include "TestPaths.h"
#include "schannel/RegFile.h"
#include "schannel/SnapshotSchannelRegistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString fixturePath(const QString& name)
{
    if (name == QLatin1String("real"))
        return test::sharedDir() + QStringLiteral("/samples/reg/schannel-export.reg");
    return test::sourceDir() + QStringLiteral("/tests/data/reg/") + name;
}

QTemporaryDir makeTempDir()
{
    const QString base = qEnvironmentVariable("CERTMEND_TEST_TMP", QDir::tempPath());
    QDir().mkpath(base);
    return QTemporaryDir(base + QStringLiteral("/schannelreg-XXXXXX"));
}

/// The keys of a file with the SCHANNEL value `name` removed: what must stay equal across a change of it.
QList<RegKey> withoutValue(QList<RegKey> keys, const QString& name)
{
    for (RegKey& k : keys)
        k.values.removeIf([&](const RegValue& v) { return v.name.compare(name, Qt::CaseInsensitive) == 0; });
    return keys;
}

} // namespace

Q_DECLARE_METATYPE(certmend::RegFile::Format)

class tst_SnapshotSchannelRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void absentFileMeansAbsentValues()
    {
        QTemporaryDir dir = makeTempDir();
        SnapshotSchannelRegistry reg(dir.filePath(QStringLiteral("schannel.reg")));
        const auto v = reg.readDword(QStringLiteral("SendTrustedIssuerList"));
        QVERIFY(v.ok());
        QVERIFY(!v->has_value());
        const auto value = reg.readValue(QStringLiteral("ClientAuthTrustMode"));
        QVERIFY(value.ok());
        QVERIFY(!value->has_value());
        // Deleting what is absent writes nothing.
        QVERIFY(reg.writeDword(QStringLiteral("SendTrustedIssuerList"), std::nullopt).ok());
        QVERIFY(!QFile::exists(reg.path()));
    }

    void readsRealExport()
    {
        SnapshotSchannelRegistry reg(fixturePath(QStringLiteral("real")));
        const auto logging = reg.readDword(QStringLiteral("eventlogging"));
        QVERIFY(logging.ok());
        QCOMPARE(*logging, std::optional<quint32>(1));
        const auto send = reg.readDword(QStringLiteral("SendTrustedIssuerList"));
        QVERIFY(send.ok());
        QVERIFY(!send->has_value());
        // A value of a subkey is not a value of SCHANNEL.
        const auto sub = reg.readDword(QStringLiteral("DisabledByDefault"));
        QVERIFY(sub.ok());
        QVERIFY(!sub->has_value());
    }

    void wrongTypeIsAnErrorButReadable()
    {
        SnapshotSchannelRegistry reg(fixturePath(QStringLiteral("version5-utf8.reg")));
        const auto mode = reg.readDword(QStringLiteral("ClientAuthTrustMode"));
        QVERIFY(!mode.ok());
        QCOMPARE(mode.error().code, ErrorCode::BadFormat);
        QVERIFY2(mode.error().detail.contains(QStringLiteral("REG_SZ (\"2\")")), qPrintable(mode.error().detail));
        const auto value = reg.readValue(QStringLiteral("ClientAuthTrustMode"));
        QVERIFY(value.ok());
        QVERIFY(value->has_value());
        QCOMPARE((*value)->type, RegValue::Type::String);
        QCOMPARE((*value)->text, QStringLiteral("2"));
    }

    void writes_data()
    {
        QTest::addColumn<QString>("fixture"); // empty: no file yet
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("value"); // -1 deletes
        QTest::addColumn<RegFile::Format>("format");
        QTest::addColumn<QString>("spelling"); // the name as it must be in the file afterwards

        QTest::newRow("utf-16: add") << "real"
                                     << "SendTrustedIssuerList" << qint64(0) << RegFile::Format::Version5Utf16
                                     << "SendTrustedIssuerList";
        QTest::newRow("utf-16: overwrite keeps spelling")
            << "real"
            << "EVENTLOGGING" << qint64(7) << RegFile::Format::Version5Utf16 << "EventLogging";
        QTest::newRow("utf-16: delete") << "real"
                                        << "EventLogging" << qint64(-1) << RegFile::Format::Version5Utf16 << QString();
        QTest::newRow("regedit4: set") << "regedit4-ansi.reg"
                                       << "ClientAuthTrustMode" << qint64(0) << RegFile::Format::Regedit4Ansi
                                       << "ClientAuthTrustMode";
        QTest::newRow("regedit4: delete")
            << "regedit4-ansi.reg"
            << "SendTrustedIssuerList" << qint64(-1) << RegFile::Format::Regedit4Ansi << QString();
        QTest::newRow("utf-8: replace wrong type")
            << "version5-utf8.reg"
            << "ClientAuthTrustMode" << qint64(2) << RegFile::Format::Version5Utf8 << "ClientAuthTrustMode";
        QTest::newRow("no file: create") << QString() << "SendTrustedIssuerList" << qint64(0xffffffff)
                                         << RegFile::Format::Version5Utf16 << "SendTrustedIssuerList";
    }

    void writes()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, name);
        QFETCH(qint64, value);
        QFETCH(RegFile::Format, format);
        QFETCH(QString, spelling);

        QTemporaryDir dir = makeTempDir();
        const QString path = dir.filePath(QStringLiteral("schannel.reg"));
        QList<RegKey> before;
        if (!fixture.isEmpty()) {
            QVERIFY(QFile::copy(fixturePath(fixture), path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            before = RegFile::parse(readFile(path), path)->keys();
        }
        SnapshotSchannelRegistry reg(path);
        const std::optional<quint32> wanted = value < 0 ? std::nullopt : std::optional<quint32>(quint32(value));
        const auto written = reg.writeDword(name, wanted);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));

        const auto read = reg.readDword(name);
        QVERIFY(read.ok());
        QCOMPARE(*read, wanted);

        const QByteArray bytes = readFile(path);
        const auto after = RegFile::parse(bytes, path);
        QVERIFY(after.ok());
        QCOMPARE(after->format(), format);
        QVERIFY(after->issues().isEmpty());
        if (format == RegFile::Format::Version5Utf16)
            QVERIFY(bytes.startsWith("\xFF\xFE"));
        if (format == RegFile::Format::Regedit4Ansi) {
            QVERIFY(bytes.startsWith("REGEDIT4\r\n"));
            QVERIFY(bytes.contains("Zertifikatspr\xFC"));
        }
        // Everything else is as it was.
        if (!fixture.isEmpty())
            QCOMPARE(withoutValue(after->keys(), name), withoutValue(before, name));
        const RegKey* key = after->key(SchannelRegistry::keyPath());
        QVERIFY(key);
        const RegValue* v = key->value(name);
        if (spelling.isEmpty()) {
            QVERIFY(!v);
        } else {
            QVERIFY(v);
            QCOMPARE(v->name, spelling);
            QCOMPARE(v->type, RegValue::Type::Dword);
        }
    }

    void addThenDeleteRestoresTheExportByteForByte()
    {
        QTemporaryDir dir = makeTempDir();
        const QString path = dir.filePath(QStringLiteral("schannel.reg"));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("real")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = readFile(path);
        SnapshotSchannelRegistry reg(path);
        QVERIFY(reg.writeDword(QStringLiteral("SendTrustedIssuerList"), 1).ok());
        QVERIFY(readFile(path) != original);
        QVERIFY(reg.writeDword(QStringLiteral("SendTrustedIssuerList"), std::nullopt).ok());
        QCOMPARE(readFile(path), original);
    }

    void createdKeyGoesBeforeSubkeys()
    {
        QTemporaryDir dir = makeTempDir();
        const QString path = dir.filePath(QStringLiteral("schannel.reg"));
        const QList<RegKey> keys = {RegKey{SchannelRegistry::keyPath() + QStringLiteral("\\Protocols"), false, {}}};
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(RegFile::write(keys));
        f.close();
        SnapshotSchannelRegistry reg(path);
        QVERIFY(reg.writeDword(QStringLiteral("ClientAuthTrustMode"), 2).ok());
        const auto after = RegFile::parse(readFile(path), path);
        QVERIFY(after.ok());
        QCOMPARE(after->keys().size(), 2);
        QCOMPARE(after->keys().first().path, SchannelRegistry::keyPath());
        QCOMPARE(after->keys().first().values.first(), RegValue::dword(QStringLiteral("ClientAuthTrustMode"), 2));
    }

    void refusesAndLeavesTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<ErrorCode>("code");

        QTest::newRow("garbage") << QByteArray("\x7F"
                                               "ELF\x02\x01\x01\0\0\0",
                                               10)
                                 << ErrorCode::BadFormat;
        QTest::newRow("utf-16be") << QByteArray("\xFE\xFF\0W\0i", 6) << ErrorCode::BadEncoding;
        QTest::newRow("unreadable lines")
            << readFile(fixturePath(QStringLiteral("forms-utf16.reg"))) << ErrorCode::BadFormat;
    }

    void refusesAndLeavesTheFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(ErrorCode, code);
        QTemporaryDir dir = makeTempDir();
        const QString path = dir.filePath(QStringLiteral("schannel.reg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        SnapshotSchannelRegistry reg(path);
        const auto written = reg.writeDword(QStringLiteral("SendTrustedIssuerList"), 1);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, code);
        QCOMPARE(written.error().file, path);
        QCOMPARE(readFile(path), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("schannel.reg")});
    }

    void missingFolderIsAnIoError()
    {
        QTemporaryDir dir = makeTempDir();
        const QString path = dir.filePath(QStringLiteral("no/such/folder/schannel.reg"));
        SnapshotSchannelRegistry reg(path);
        const auto written = reg.writeDword(QStringLiteral("SendTrustedIssuerList"), 1);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Io);
        QVERIFY(!QFile::exists(path));
    }

    void emptyNameIsRejected()
    {
        QTemporaryDir dir = makeTempDir();
        SnapshotSchannelRegistry reg(dir.filePath(QStringLiteral("schannel.reg")));
        const auto written = reg.writeDword(QString(), 1);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(tst_SnapshotSchannelRegistry)
#include "tst_SnapshotSchannelRegistry.moc"
