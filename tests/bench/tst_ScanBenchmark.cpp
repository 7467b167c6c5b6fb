#include "TestPki.h"
#include "x509/ParallelFor.h"
#include "x509/SerializedStore.h"
#include "x509/TrustGraph.h"

#include <openssl/x509.h>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTest>
#include <QtEndian>

#include <thread>
#include <vector>

using namespace certmend;
using namespace certmend::test;

namespace {

constexpr int Roots = 10000;
constexpr int Intermediates = 10000;
constexpr int Keys = 50;
const char* const GenerateVariable = "CERTMEND_BENCH_GENERATE";

QString cachePath()
{
    QString dir = qEnvironmentVariable("CERTMEND_TEST_TMP");
    if (dir.isEmpty())
        dir = QStringLiteral(CERTMEND_BINARY_DIR "/tests/tmp");
    return dir + QStringLiteral("/scanbench-%1-%2-rsa2048.sst").arg(Roots).arg(Intermediates);
}

// Process CPU time (all threads, user + system): on a shared machine the wall clock also measures the neighbours.
double cpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray("?");
}

long peakRssMb()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

// The synthetic machine: 10,000 self-signed roots and 10,000 CAs, each CA issued by one root; RSA-2048
// signatures from 50 reused keys (generation speed), every certificate distinct by name and serial.
QList<QByteArray> generateMachine()
{
    QList<TestKey> keys;
    for (int i = 0; i < Keys; ++i)
        keys << TestKey::cached(KeyType::Rsa2048, 100 + i);
    std::vector<QByteArray> ders(Roots + Intermediates);
    parallelFor(Roots, 0, [&](int i) {
        CertOptions root;
        root.subject = QStringLiteral("CN=Bench Root %1, O=CertMend Bench, C=US").arg(i, 5, 10, QLatin1Char('0'));
        root.key = keys.at(i % Keys);
        root.serial = 1000000 + i;
        const TestCert rootCert = TestPki::issue(root);
        CertOptions ca;
        ca.subject = QStringLiteral("CN=Bench CA %1, O=CertMend Bench, C=US").arg(i, 5, 10, QLatin1Char('0'));
        ca.key = keys.at((i + 7) % Keys);
        ca.serial = 2000000 + i;
        ders[i] = rootCert.der();
        ders[Roots + i] = TestPki::issue(ca, &rootCert).der();
    });
    return QList<QByteArray>(ders.begin(), ders.end());
}

} // namespace

class tst_ScanBenchmark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Run in a child process so that the generation's memory does not count in the measured peak RSS.
    void generate()
    {
        const QString target = qEnvironmentVariable(GenerateVariable);
        if (target.isEmpty())
            QSKIP("only run to create the benchmark's certificate cache");
        QElapsedTimer timer;
        timer.start();
        QList<ReadCertificate> entries;
        for (const QByteArray& der : generateMachine())
            entries << ReadCertificate{Certificate::fromDer(der).value(), {}};
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SerializedStore::write(entries));
        QVERIFY(file.commit());
        qInfo("generated %d certificates in %lld ms", static_cast<int>(entries.size()), timer.elapsed());
    }

    void scan()
    {
        if (!qEnvironmentVariableIsEmpty(GenerateVariable))
            QSKIP("generation run");
        const QString path = cachePath();
        if (!QFile::exists(path)) {
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(GenerateVariable), path);
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("generate")});
            QVERIFY(child.waitForFinished(-1));
            QCOMPARE(child.exitCode(), 0);
        }
        // The DER blobs as a scanner has them after reading the store files.
        QList<QByteArray> ders;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            // Pull the DER out of the .sst without parsing certificates: elements {propId, encoding, length, bytes}.
            for (qsizetype offset = 8; offset + 12 <= bytes.size();) {
                const quint32 propId = qFromLittleEndian<quint32>(bytes.constData() + offset);
                const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + offset + 8);
                if (propId == 0 && length == 0)
                    break;
                if (propId == SerializedStore::CertificatePropId)
                    ders << bytes.mid(offset + 12, length);
                offset += 12 + length;
            }
        }
        QCOMPARE(ders.size(), Roots + Intermediates);
        const long rssBefore = peakRssMb();

        // (a) the bare minimum: one thread, d2i_X509 + X509_verify with the certificate's own key.
        const QByteArray loadBefore = loadAverage();
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds();
        int bareVerified = 0;
        for (const QByteArray& der : ders) {
            const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
            X509* x = d2i_X509(nullptr, &p, der.size());
            QVERIFY(x);
            bareVerified += X509_verify(x, X509_get0_pubkey(x)) == 1 ? 1 : 0;
            X509_free(x);
        }
        const qint64 bareMs = timer.elapsed();
        const double bareCpu = cpuSeconds() - cpu;

        // (b) our path: parse in parallel, pool, graph (verdict + issuer link of every certificate).
        timer.restart();
        cpu = cpuSeconds();
        const QList<Result<Certificate>> parsed = Certificate::parseAll(ders);
        const qint64 parseMs = timer.elapsed();
        const double parseCpu = cpuSeconds() - cpu;
        CertificatePool pool;
        for (const Result<Certificate>& certificate : parsed) {
            QVERIFY(certificate.ok());
            pool.add(certificate.value());
        }
        const qint64 poolMs = timer.elapsed() - parseMs;
        const double graphCpuStart = cpuSeconds();
        const TrustGraph graph = TrustGraph::build(pool);
        const qint64 oursMs = timer.elapsed();
        const double oursCpu = cpuSeconds() - cpu;
        const double graphCpu = cpuSeconds() - graphCpuStart;

        const double ratio = bareMs > 0 ? static_cast<double>(oursMs) / static_cast<double>(bareMs) : 0.0;
        qInfo("certificates: %d (%d roots, %d CAs), RSA-2048, %d threads", static_cast<int>(ders.size()), Roots,
              Intermediates, static_cast<int>(std::thread::hardware_concurrency()));
        qInfo("load average before: %s (wall-clock times are only meaningful on an idle machine)",
              loadBefore.constData());
        qInfo("(a) bare d2i_X509 + X509_verify, 1 thread: %lld ms wall, %.0f ms CPU", bareMs, bareCpu * 1000);
        qInfo("(b) parseAll %lld ms + pool %lld ms + TrustGraph %lld ms = %lld ms wall, %.0f ms CPU", parseMs, poolMs,
              oursMs - parseMs - poolMs, oursMs, oursCpu * 1000);
        qInfo("    CPU: parseAll %.0f ms, TrustGraph %.0f ms", parseCpu * 1000, graphCpu * 1000);
        qInfo("ratio (b)/(a): %.2f wall (target <= 0.6); CPU ratio %.2f (extra work beyond the bare loop)", ratio,
              bareCpu > 0 ? oursCpu / bareCpu : 0.0);
        qInfo("peak RSS: %ld MB (before the scan: %ld MB; target < 200 MB)", peakRssMb(), rssBefore);

        QCOMPARE(bareVerified, Roots);
        QCOMPARE(pool.size(), Roots + Intermediates);
        int roots = 0;
        int cas = 0;
        for (int id = 0; id < pool.size(); ++id) {
            const SelfSignedVerdict verdict = graph.verdict(id);
            roots += verdict == SelfSignedVerdict::SelfSignedRoot ? 1 : 0;
            cas += verdict == SelfSignedVerdict::IntermediateCa ? 1 : 0;
            if (verdict == SelfSignedVerdict::IntermediateCa) {
                const TrustGraph::IssuerLink link = graph.issuerLink(id);
                QCOMPARE(link.status, TrustGraph::IssuerLink::Found);
                QCOMPARE(link.issuer, id - Roots);
            }
        }
        QCOMPARE(roots, Roots);
        QCOMPARE(cas, Intermediates);
    }
};

QTEST_GUILESS_MAIN(tst_ScanBenchmark)
#include "tst_ScanBenchmark.moc"
