#include "TempSnapshot.h"
#include "TestPki.h"
#include "analysis/MachineScanner.h"
#include "models/ChainTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

namespace {

std::shared_ptr<const ScanResult> scanOf(const TempSnapshot& snapshot)
{
    auto result = MachineScanner::scan(snapshot.path());
    if (!result) {
        qWarning("%s", qPrintable(result.error().message()));
        return nullptr;
    }
    return std::make_shared<const ScanResult>(std::move(result).value());
}

/// The nodes from the top down, as (kind, text, stores).
QList<QStringList> walk(const ChainTreeModel& model)
{
    QList<QStringList> nodes;
    QModelIndex index = model.index(0, 0);
    while (index.isValid()) {
        nodes.append({QString::number(index.data(ChainTreeModel::NodeKindRole).toInt()), index.data().toString(),
                      index.siblingAtColumn(ChainTreeModel::StoresColumn).data().toString()});
        index = model.index(0, 0, index);
    }
    return nodes;
}

const QString CertificateKind = QString::number(int(ChainTreeModel::NodeKind::Certificate));
const QString MissingKind = QString::number(int(ChainTreeModel::NodeKind::IssuerNotFound));

} // namespace

class tst_ChainTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chains_data();
    void chains();
    void clearing();
};

void tst_ChainTreeModel::chains_data()
{
    QTest::addColumn<bool>("rootPresent");
    QTest::addColumn<QString>("selected"); // "leaf", "intermediate" or "root"
    QTest::addColumn<int>("expectedDepth");
    QTest::addColumn<bool>("expectedComplete");
    QTest::newRow("leaf, complete") << true << "leaf" << 3 << true;
    QTest::newRow("intermediate, complete") << true << "intermediate" << 2 << true;
    QTest::newRow("root alone") << true << "root" << 1 << true;
    QTest::newRow("leaf, root missing") << false << "leaf" << 3 << false;
    QTest::newRow("intermediate, root missing") << false << "intermediate" << 2 << false;
}

void tst_ChainTreeModel::chains()
{
    QFETCH(bool, rootPresent);
    QFETCH(QString, selected);
    QFETCH(int, expectedDepth);
    QFETCH(bool, expectedComplete);

    const TestCert root = TestPki::makeRoot(QStringLiteral("Chain Test Root"));
    const TestCert intermediate = TestPki::makeIntermediate(QStringLiteral("Chain Test Issuing CA"), root);
    const TestCert leaf = TestPki::makeEndEntity(QStringLiteral("chain-test-client"), intermediate);
    TempSnapshot snapshot;
    QVERIFY(snapshot.isValid());
    if (rootPresent)
        snapshot.addCertificate(QStringLiteral("Root"), root.cert);
    snapshot.addCertificate(QStringLiteral("CA"), intermediate.cert);
    snapshot.addCertificate(QStringLiteral("My"), leaf.cert);
    const auto scan = scanOf(snapshot);
    QVERIFY(scan);

    const Certificate& chosen = selected == QLatin1String("leaf")           ? leaf.cert
                                : selected == QLatin1String("intermediate") ? intermediate.cert
                                                                            : root.cert;
    ChainTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChain(scan, scan->pool.indexOf(chosen.sha1Thumbprint()));

    QCOMPARE(model.depth(), expectedDepth);
    QCOMPARE(model.isComplete(), expectedComplete);
    const QList<QStringList> nodes = walk(model);
    QCOMPARE(nodes.size(), expectedDepth);

    // Root first: the top node is the root, or the visible "issuer not found" node naming the missing root.
    if (expectedComplete) {
        QCOMPARE(nodes.first().at(0), CertificateKind);
        QCOMPARE(nodes.first().at(1), root.cert.displayName());
        QCOMPARE(nodes.first().at(2), QStringLiteral("Root"));
    } else {
        QCOMPARE(nodes.first().at(0), MissingKind);
        QVERIFY2(nodes.first().at(1).contains(root.cert.displayName()), qPrintable(nodes.first().at(1)));
        QVERIFY(nodes.first().at(1).startsWith(QStringLiteral("Issuer not found")));
    }
    // The selected certificate is the deepest node, shown with its stores.
    QCOMPARE(nodes.last().at(0), CertificateKind);
    QCOMPARE(nodes.last().at(1), chosen.displayName());
    const QModelIndex deepest = [&] {
        QModelIndex index = model.index(0, 0);
        while (model.rowCount(index) > 0)
            index = model.index(0, 0, index);
        return index;
    }();
    QCOMPARE(deepest.data(ChainTreeModel::ThumbprintRole).toString(), chosen.sha1Thumbprint());
    QVERIFY(deepest.data(Qt::FontRole).value<QFont>().bold());
}

void tst_ChainTreeModel::clearing()
{
    const TestCert root = TestPki::makeRoot(QStringLiteral("Clear Test Root"));
    TempSnapshot snapshot;
    snapshot.addCertificate(QStringLiteral("Root"), root.cert);
    const auto scan = scanOf(snapshot);
    QVERIFY(scan);
    ChainTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChain(scan, 0);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.depth(), 0);
    model.setChain(scan, 42); // out of range: nothing, no crash
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ChainTreeModel)
#include "tst_ChainTreeModel.moc"
