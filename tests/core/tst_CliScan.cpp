#include "TestPaths.h"
#include "TestPki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(CERTMEND_BINARY_DIR "/app/certmend-cli"), args);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

// certmend-cli scan as a user runs it: exit codes, thumbprints in the output, JSON schema, bad input.
class tst_CliScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultScenarioReportsTheIntermediate()
    {
        const Run run = cli({QStringLiteral("scan")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String("root.not-self-signed")));
        QVERIFY(run.out.contains(QLatin1String("Contoso Issuing CA 01")));
        QVERIFY(QRegularExpression(QStringLiteral("thumbprint [0-9A-F]{40}")).match(run.out).hasMatch());
    }

    void healthyScenarioExitsZero()
    {
        const Run run = cli({QStringLiteral("scan"), QStringLiteral("healthy")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("0 error(s), 0 warning(s)")));
    }

    void jsonIsVersionedAndComplete()
    {
        const Run run = cli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--all")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("schema")).toString(), QStringLiteral("certmend-scan"));
        QCOMPARE(json.value(QLatin1String("schemaVersion")).toInt(), 1);
        QVERIFY(!json.value(QLatin1String("findings")).toArray().isEmpty());
        const QJsonArray certificates = json.value(QLatin1String("certificates")).toArray();
        QVERIFY(!certificates.isEmpty());
        for (const QJsonValue& c : certificates)
            QCOMPARE(c.toObject().value(QLatin1String("thumbprint")).toString().size(), 40);
    }

    void singleFileIsReadAsRoot()
    {
        QTemporaryDir dir;
        const TestCert root = TestPki::makeRoot(QStringLiteral("CLI Root"));
        const TestCert intermediate = TestPki::makeIntermediate(QStringLiteral("CLI Issuing CA"), root);
        QFile pem(dir.filePath(QStringLiteral("Root.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(TestPki::toPem({root.cert, intermediate.cert}));
        pem.close();
        const Run run = cli({QStringLiteral("scan"), pem.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(intermediate.cert.sha1Thumbprint()));
    }

    void unreadableInputExitsTwo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("this is not a certificate\n");
    }

    void unreadableInputExitsTwo()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("Root.sst")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Run run = cli({QStringLiteral("scan"), file.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(file.fileName()), qPrintable(run.err));
    }

    void missingPathExitsTwo()
    {
        const Run run = cli({QStringLiteral("scan"), QStringLiteral("/nonexistent/snapshot")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("/nonexistent/snapshot")));
    }

    void anExtractedCopyWinsOverTheScenarioOfTheSameName()
    {
        QTemporaryDir dir;
        const Run extract =
            cli({QStringLiteral("scenarios"), QStringLiteral("--extract"), QStringLiteral("healthy"), dir.path()});
        QCOMPARE(extract.exitCode, 0);
        // Plant a problem in the copy: scanning "healthy" from inside that folder must see it.
        const TestCert root = TestPki::makeRoot(QStringLiteral("Copy Root"));
        const TestCert intermediate = TestPki::makeIntermediate(QStringLiteral("Copy Issuing CA"), root);
        QFile planted(dir.filePath(QStringLiteral("healthy/stores/Root/registry/planted.cer")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(intermediate.cert.der());
        planted.close();
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(CERTMEND_BINARY_DIR "/app/certmend-cli"),
                      {QStringLiteral("scan"), QStringLiteral("healthy")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(intermediate.cert.sha1Thumbprint()));
        // "scenario:healthy" still means the built-in one.
        process.start(QStringLiteral(CERTMEND_BINARY_DIR "/app/certmend-cli"),
                      {QStringLiteral("scan"), QStringLiteral("scenario:healthy")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }

    void scenariosAreListed()
    {
        const Run run = cli({QStringLiteral("scenarios")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("intermediate-in-root")));
        QVERIFY(run.out.contains(QLatin1String("(default)")));
    }
};

QTEST_GUILESS_MAIN(tst_CliScan)
#include "tst_CliScan.moc"
