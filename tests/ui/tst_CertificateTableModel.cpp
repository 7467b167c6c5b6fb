#include "analysis/MachineScanner.h"
#include "models/CertificateFilterModel.h"
#include "models/CertificateTableModel.h"
#include "scenario/ScenarioCatalog.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace certmend;
using namespace certmend::ui;

namespace {

std::shared_ptr<const ScanResult> scanScenario(const QString& id)
{
    const std::optional<Scenario> scenario = ScenarioCatalog::find(id);
    if (!scenario)
        return nullptr;
    auto result = MachineScanner::scan(scenario->resourcePath);
    if (!result)
        return nullptr;
    return std::make_shared<const ScanResult>(std::move(result).value());
}

/// The thumbprints a Warning or Error finding names in `store` (or without a store): what "only problems" shows.
QSet<QString> expectedProblems(const ScanResult& scan, const QString& store)
{
    QSet<QString> problems;
    const QList<StoreEntry> entries = scan.entries(store);
    QSet<QString> inStore;
    for (const StoreEntry& entry : entries)
        inStore.insert(entry.certificate.sha1Thumbprint());
    for (const Finding& finding : scan.findings) {
        if (finding.severity == Severity::Info)
            continue;
        for (const FindingSubject& subject : finding.certificates) {
            if (inStore.contains(subject.sha1Thumbprint) &&
                (subject.storeName.isEmpty() || subject.storeName.compare(store, Qt::CaseInsensitive) == 0))
                problems.insert(subject.sha1Thumbprint);
        }
    }
    return problems;
}

QSet<QString> shownThumbprints(const QAbstractItemModel& model)
{
    QSet<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.index(row, 0).data(CertificateTableModel::ThumbprintRole).toString());
    return shown;
}

} // namespace

class tst_CertificateTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootStorePerScenario_data();
    void rootStorePerScenario();
    void allStoresAndStoreSwitch();
    void searchByNameAndThumbprint();
    void sortsByExpiryAsDates();
    void emptyModel();
};

void tst_CertificateTableModel::rootStorePerScenario_data()
{
    QTest::addColumn<QString>("scenarioId");
    const QList<Scenario> scenarios = ScenarioCatalog::all();
    QVERIFY(!scenarios.isEmpty());
    for (const Scenario& scenario : scenarios)
        QTest::newRow(qPrintable(scenario.id)) << scenario.id;
}

void tst_CertificateTableModel::rootStorePerScenario()
{
    QFETCH(QString, scenarioId);
    const auto scan = scanScenario(scenarioId);
    QVERIFY(scan);

    CertificateTableModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CertificateFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setScan(scan, QStringLiteral("Root"));
    const QList<StoreEntry> root = scan->entries(QStringLiteral("Root"));
    QCOMPARE(model.rowCount(), root.size());
    QCOMPARE(model.columnCount(), int(CertificateTableModel::ColumnCount));

    // Every row shows its certificate's names, thumbprint and verdict.
    for (int row = 0; row < model.rowCount(); ++row) {
        const Certificate& c = model.entry(row).certificate;
        QCOMPARE(model.index(row, CertificateTableModel::SubjectColumn).data().toString(), c.displayName());
        QCOMPARE(model.index(row, CertificateTableModel::IssuerColumn).data().toString(), c.issuerDisplayName());
        QCOMPARE(model.index(row, CertificateTableModel::ThumbprintColumn).data().toString(), c.sha1Thumbprint());
        QCOMPARE(model.index(row, CertificateTableModel::VerdictColumn).data().toString(),
                 CertificateTableModel::verdictLabel(scan->graph.verdict(model.poolId(row))));
        QVERIFY(
            !model.index(row, CertificateTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    const QSet<QString> problems = expectedProblems(*scan, QStringLiteral("Root"));
    QVERIFY(filter.onlyProblems());
    QCOMPARE(shownThumbprints(filter), problems);
    // The scenarios that expect a Root finding must show it; the healthy one shows nothing.
    if (scenarioId == QLatin1String("healthy"))
        QCOMPARE(filter.rowCount(), 0);
    filter.setOnlyProblems(false);
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void tst_CertificateTableModel::allStoresAndStoreSwitch()
{
    const auto scan = scanScenario(QStringLiteral("intermediate-in-root"));
    QVERIFY(scan);
    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScan(scan, QString());
    qsizetype total = 0;
    for (const QList<StoreEntry>& entries : scan->snapshot.stores)
        total += entries.size();
    QCOMPARE(model.rowCount(), total);

    model.setStore(QStringLiteral("ca")); // any case, like Windows
    QCOMPARE(model.rowCount(), scan->entries(QStringLiteral("CA")).size());
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(CertificateTableModel::StoreRole).toString(), QStringLiteral("CA"));
}

void tst_CertificateTableModel::searchByNameAndThumbprint()
{
    const auto scan = scanScenario(QStringLiteral("intermediate-in-root"));
    QVERIFY(scan);
    CertificateTableModel model;
    model.setScan(scan);
    CertificateFilterModel filter;
    filter.setSourceModel(&model);
    filter.setOnlyProblems(false);
    QVERIFY(model.rowCount() >= 2);

    const Certificate target = model.entry(1).certificate;
    // A thumbprint pasted from certlm.msc comes in lower case with spaces.
    QString pasted = target.sha1Thumbprint().toLower();
    for (int i = pasted.size() - 2; i > 0; i -= 2)
        pasted.insert(i, QLatin1Char(' '));
    filter.setSearchText(pasted);
    QCOMPARE(shownThumbprints(filter), QSet<QString>{target.sha1Thumbprint()});

    filter.setSearchText(target.displayName().toUpper());
    QVERIFY(shownThumbprints(filter).contains(target.sha1Thumbprint()));
    filter.setSearchText(QStringLiteral("no certificate is called this"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void tst_CertificateTableModel::sortsByExpiryAsDates()
{
    const auto scan = scanScenario(QStringLiteral("issuer-list-over-16k"));
    QVERIFY(scan);
    CertificateTableModel model;
    model.setScan(scan);
    CertificateFilterModel filter;
    filter.setSourceModel(&model);
    filter.setOnlyProblems(false);
    filter.sort(CertificateTableModel::ExpiresColumn, Qt::AscendingOrder);
    QVERIFY(filter.rowCount() > 2);
    for (int row = 1; row < filter.rowCount(); ++row) {
        const QDateTime before = filter.index(row - 1, CertificateTableModel::ExpiresColumn)
                                     .data(CertificateTableModel::SortRole)
                                     .toDateTime();
        const QDateTime after =
            filter.index(row, CertificateTableModel::ExpiresColumn).data(CertificateTableModel::SortRole).toDateTime();
        QVERIFY2(before <= after, qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

void tst_CertificateTableModel::emptyModel()
{
    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setScan(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("00")), -1);
}

QTEST_MAIN(tst_CertificateTableModel)
#include "tst_CertificateTableModel.moc"
