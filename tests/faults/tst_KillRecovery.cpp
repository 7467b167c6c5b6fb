// kill -9 at the durability points of a 100-action fix, run by the real certmend-cli; after each kill, recovery
// (finish or roll back, alternately) must lose nothing, and restore must bring the stores back byte for byte.
#include "../core/tst_RemediationFixtures.h"

#include "remedy/BackupBundle.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;

class tst_KillRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killAndRecover_data();
    void killAndRecover();

private:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QByteArray& fault = {}) const;
    static bool copyFolder(const QString& from, const QString& to);
    /// Every certificate thumbprint found in a file under `stores/`.
    static QSet<QString> thumbprintsIn(const QMap<QString, QByteArray>& files);

    QString m_cli;
    std::unique_ptr<MisplacedSnapshot> m_template;
    QMap<QString, QByteArray> m_original; ///< stores/ of the template, by relative path
    QStringList m_pointLabels;            ///< label of durability point n at index n - 1
};

tst_KillRecovery::Run tst_KillRecovery::cli(const QStringList& args, const QByteArray& fault) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTMEND_FAULT"));
    if (!fault.isEmpty())
        env.insert(QStringLiteral("CERTMEND_FAULT"), QString::fromLatin1(fault));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(m_cli, args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    qInfo("certmend-cli %s %s: %lld ms", qPrintable(args.first()), fault.constData(),
          static_cast<long long>(timer.elapsed()));
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool tst_KillRecovery::copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

QSet<QString> tst_KillRecovery::thumbprintsIn(const QMap<QString, QByteArray>& files)
{
    QSet<QString> result;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (auto cert = Certificate::fromDer(it.value()))
            result.insert(cert->sha1Thumbprint());
    }
    return result;
}

void tst_KillRecovery::initTestCase()
{
    m_cli = QStringLiteral(CERTMEND_BINARY_DIR "/app/certmend-cli");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + QStringLiteral(" is not built")));
    m_template = std::make_unique<MisplacedSnapshot>(100, QStringLiteral("KILLHOST"));
    m_original = filesUnder(m_template->snapshot.filePath(QStringLiteral("stores")));
    QCOMPARE(m_original.size(), 101);

    // A traced run shows where the durability points are; it must be a complete 100-action fix.
    QTemporaryDir work;
    const QString source = work.filePath(QStringLiteral("snapshot"));
    QVERIFY(copyFolder(m_template->snapshot.path(), source));
    const Run traced = cli({QStringLiteral("fix"), source, QStringLiteral("--backup"),
                            work.filePath(QStringLiteral("bk")), QStringLiteral("--yes")},
                           "trace");
    QVERIFY2(traced.exitCode == 0 && !traced.crashed, qPrintable(traced.err + traced.out));
    QVERIFY2(traced.out.contains(QStringLiteral("100 change(s) applied")), qPrintable(traced.out));
    static const QRegularExpression point(QStringLiteral("^certmend-fault-point (\\d+) (\\S+)$"),
                                          QRegularExpression::MultilineOption);
    for (auto it = point.globalMatch(traced.err); it.hasNext();)
        m_pointLabels << it.next().captured(2);
    QVERIFY(m_pointLabels.size() > 400); // 100 certificates backed up, 100 × (begin, add, remove, done), verify
    qInfo("%lld durability points in a 100-action fix", static_cast<long long>(m_pointLabels.size()));
}

void tst_KillRecovery::killAndRecover_data()
{
    QTest::addColumn<int>("killAt");
    QTest::addColumn<bool>("finish");
    // Each run costs a partial fix, a recovery and a restore of 100 certificates: pick points that cover the
    // phases (writing the backup, its manifest, the journal start, the first action, an add and a remove in the
    // middle of the apply, the verification, the completion) rather than all of them.
    const auto first = [&](const char* label, int from = 0) {
        for (int i = from; i < m_pointLabels.size(); ++i) {
            if (m_pointLabels.at(i) == QLatin1String(label))
                return i + 1;
        }
        return -1;
    };
    const int middle = int(m_pointLabels.size()) / 2;
    QList<int> points{50,
                      first("backup:manifest"),
                      first("plan-start"),
                      first("store:add"),
                      first("store:add", middle),
                      first("store:remove", middle),
                      first("verify:start"),
                      first("complete")};
    QVERIFY(!points.contains(-1));
    bool finish = false;
    for (int n : points) {
        finish = !finish;
        QTest::addRow("kill at %d (%s), %s", n, qPrintable(m_pointLabels.value(n - 1)), finish ? "finish" : "roll back")
            << n << finish;
    }
}

void tst_KillRecovery::killAndRecover()
{
    QFETCH(int, killAt);
    QFETCH(bool, finish);
    QTemporaryDir work;
    const QString source = work.filePath(QStringLiteral("snapshot"));
    const QString backups = work.filePath(QStringLiteral("bk"));
    QVERIFY(copyFolder(m_template->snapshot.path(), source));
    const QString stores = QDir(source).filePath(QStringLiteral("stores"));
    const QSet<QString> everyCertificate = thumbprintsIn(m_original);

    const Run killed =
        cli({QStringLiteral("fix"), source, QStringLiteral("--backup"), backups, QStringLiteral("--yes")},
            "kill-at=" + QByteArray::number(killAt));
    QVERIFY2(killed.crashed, qPrintable(QStringLiteral("not killed: ") + killed.err));

    // At this instant every certificate is in a store or in a backup that verifies.
    const QStringList bundles = QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QString bundlePath;
    QSet<QString> safe = thumbprintsIn(filesUnder(stores));
    for (const QString& name : bundles) {
        if (name.endsWith(QLatin1String(".partial")))
            continue;
        bundlePath = QDir(backups).filePath(name);
        auto bundle = BackupBundle::open(bundlePath);
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message()));
        safe.unite(thumbprintsIn(filesUnder(QDir(bundlePath).filePath(QStringLiteral("certificates")))));
    }
    QVERIFY(bundles.size() <= 1);
    QCOMPARE(safe & everyCertificate, everyCertificate);

    // The next start offers recovery; doing it leaves a consistent store.
    const Run recovered =
        cli({QStringLiteral("recover"), backups, finish ? QStringLiteral("--finish") : QStringLiteral("--rollback")});
    QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.err + recovered.out));
    const auto afterRecovery = filesUnder(stores);
    QCOMPARE(thumbprintsIn(afterRecovery) & everyCertificate, everyCertificate);
    if (recovered.out.contains(QStringLiteral("Interrupted fix"))) {
        const QSet<QString> root = thumbprintsIn(filesUnder(QDir(stores).filePath(QStringLiteral("Root"))));
        if (finish)
            QCOMPARE(root, QSet<QString>{m_template->root.cert.sha1Thumbprint()}); // the fix is complete
        else
            QVERIFY(afterRecovery == m_original); // the fix is undone, byte for byte
    } else if (bundlePath.isEmpty()) {
        QVERIFY(afterRecovery == m_original); // killed before the backup was complete: nothing was touched
    }
    const Run again = cli({QStringLiteral("recover"), backups});
    QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("No interrupted fix")), qPrintable(again.out));

    // And restore puts every byte back.
    if (!bundlePath.isEmpty()) {
        const Run restored = cli({QStringLiteral("restore"), bundlePath, QStringLiteral("--yes")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err + restored.out));
    }
    const auto final = filesUnder(stores);
    QVERIFY2(final == m_original,
             qPrintable(QStringLiteral("%1 files, %2 expected").arg(final.size()).arg(m_original.size())));
}

QTEST_GUILESS_MAIN(tst_KillRecovery)
#include "tst_KillRecovery.moc"
