#include "x509/CertificateReader.h"
#include "x509/TrustGraph.h"

#include <QFile>
#include <QTest>

using namespace certmend;

// Every CA in the distribution's bundle is a genuine root: a real-world check of the verdict logic (names,
// own signature, AKI/SKI) and of the reader on a large PEM file.
class tst_SystemCaBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBundledCaIsASelfSignedRoot()
    {
        const QString path = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        if (!QFile::exists(path))
            QSKIP("no /etc/ssl/certs/ca-certificates.crt on this machine (Debian's ca-certificates package)");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qsizetype blocks = file.readAll().count("-----BEGIN CERTIFICATE-----");

        const auto read = CertificateReader::readFile(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
        QVERIFY(read->issues.isEmpty());
        QCOMPARE(read->certificates.size(), blocks);
        QVERIFY(blocks > 50);

        CertificatePool pool;
        for (const ReadCertificate& entry : read->certificates)
            pool.add(entry.certificate);
        const TrustGraph graph = TrustGraph::build(pool);
        QStringList notRoots;
        for (int id = 0; id < pool.size(); ++id) {
            if (graph.verdict(id) != SelfSignedVerdict::SelfSignedRoot)
                notRoots << QStringLiteral("%1 %2 (%3)")
                                .arg(verdictName(graph.verdict(id)), pool.at(id).subject(),
                                     pool.at(id).signatureAlgorithm());
            const TrustGraph::Chain chain = graph.chain(id);
            QCOMPARE(chain.ids, QList<int>{id});
            QCOMPARE(chain.end, TrustGraph::Chain::End::Root);
        }
        QVERIFY2(notRoots.isEmpty(), qPrintable(notRoots.join(QLatin1Char('\n'))));
        qInfo("%d bundled roots, all self-signed-root", static_cast<int>(pool.size()));
    }
};

QTEST_GUILESS_MAIN(tst_SystemCaBundle)
#include "tst_SystemCaBundle.moc"
