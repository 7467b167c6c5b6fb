#include "WizardDriver.h"
#include "models/CertificateTableModel.h"
#include "models/ChainTreeModel.h"
#include "pages/FindingsPage.h"
#include "scenario/ScenarioCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

namespace {

QSet<QString> shown(const QTableView* table)
{
    QSet<QString> thumbprints;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        thumbprints.insert(table->model()->index(row, 0).data(CertificateTableModel::ThumbprintRole).toString());
    return thumbprints;
}

/// From the scan, not from the scenario's text: the Root certificates a Warning or Error finding names.
QSet<QString> rootProblems(const ScanResult& scan)
{
    QSet<QString> inRoot;
    for (const StoreEntry& entry : scan.entries(QStringLiteral("Root")))
        inRoot.insert(entry.certificate.sha1Thumbprint());
    QSet<QString> problems;
    for (const Finding& finding : scan.findings) {
        if (finding.severity == Severity::Info)
            continue;
        for (const FindingSubject& subject : finding.certificates) {
            if (inRoot.contains(subject.sha1Thumbprint) &&
                (subject.storeName.isEmpty() ||
                 subject.storeName.compare(QLatin1String("Root"), Qt::CaseInsensitive) == 0))
                problems.insert(subject.sha1Thumbprint);
        }
    }
    return problems;
}

} // namespace

class tst_FindingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyScenario_data();
    void everyScenario();
    void selectingShowsDetailsAndChain();
    void keyboard();
};

void tst_FindingsPage::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_FindingsPage::everyScenario_data()
{
    QTest::addColumn<QString>("scenarioId");
    for (const Scenario& scenario : ScenarioCatalog::all())
        QTest::newRow(qPrintable(scenario.id)) << scenario.id;
}

void tst_FindingsPage::everyScenario()
{
    QFETCH(QString, scenarioId);
    WizardDriver driver;
    QVERIFY2(driver.chooseScenario(scenarioId), qPrintable(driver.failure()));
    QVERIFY2(driver.goTo(FindingsPageId), qPrintable(driver.failure()));
    const ScanResult& scan = *driver.session().scan;

    auto* store = driver.find<QComboBox>(QStringLiteral("storeComboBox"));
    auto* onlyProblems = driver.find<QCheckBox>(QStringLiteral("onlyProblemsCheckBox"));
    auto* table = driver.find<QTableView>(QStringLiteral("certificateTableView"));
    auto* findings = driver.find<QTextBrowser>(QStringLiteral("findingsTextBrowser"));
    QVERIFY(store && onlyProblems && table && findings);
    QCOMPARE(store->currentData().toString(), QStringLiteral("Root"));
    QVERIFY(onlyProblems->isChecked());

    // The table shows exactly the Root certificates the findings call problems.
    const QSet<QString> expected = rootProblems(scan);
    QCOMPARE(shown(table), expected);
    // A scenario whose story is about the Root store must show at least one certificate.
    const Scenario scenario = *ScenarioCatalog::find(scenarioId);
    const bool aboutRoot = std::any_of(scenario.expectedFindingIds.cbegin(), scenario.expectedFindingIds.cend(),
                                       [](const QString& id) { return id.startsWith(QLatin1String("root.")); });
    if (aboutRoot)
        QVERIFY2(!expected.isEmpty(), "a Root-store scenario must show a problem certificate");

    // Every finding is explained on the page.
    const QString text = findings->toPlainText();
    for (const Finding& finding : scan.findings)
        QVERIFY2(text.contains(finding.title), qPrintable(finding.title));

    // "Only problems" off: the whole Root store.
    WizardDriver::clickButton(onlyProblems);
    QVERIFY(!onlyProblems->isChecked());
    QCOMPARE(table->model()->rowCount(), scan.entries(QStringLiteral("Root")).size());
}

void tst_FindingsPage::selectingShowsDetailsAndChain()
{
    WizardDriver driver;
    QVERIFY2(driver.chooseScenario(QStringLiteral("intermediate-in-root")), qPrintable(driver.failure()));
    QVERIFY2(driver.goTo(FindingsPageId), qPrintable(driver.failure()));
    auto* table = driver.find<QTableView>(QStringLiteral("certificateTableView"));
    QVERIFY(table->model()->rowCount() > 0);

    // The first problem is preselected; click the last row to change the selection with the mouse.
    QCoreApplication::processEvents();
    const int row = table->model()->rowCount() - 1;
    const QRect cell = table->visualRect(table->model()->index(row, CertificateTableModel::SubjectColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const QString thumbprint = table->model()->index(row, 0).data(CertificateTableModel::ThumbprintRole).toString();
    auto* page = driver.page<FindingsPage>(FindingsPageId);
    QCOMPARE(page->selectedThumbprint(), thumbprint);

    auto* details = driver.find<QTextBrowser>(QStringLiteral("certificateDetailsTextBrowser"));
    QVERIFY2(details->toPlainText().contains(thumbprint), qPrintable(details->toPlainText()));
    const Certificate c = driver.session().scan->pool.at(driver.session().scan->pool.indexOf(thumbprint));
    QVERIFY(details->toPlainText().contains(c.sha256Thumbprint()));
    QVERIFY(details->toPlainText().contains(c.serialNumber()));

    auto* tree = driver.find<QTreeView>(QStringLiteral("chainTreeView"));
    QVERIFY(tree);
    const QAbstractItemModel* chain = tree->model();
    QModelIndex node = chain->index(0, 0);
    QVERIFY(node.isValid());
    QModelIndex deepest = node;
    while (chain->rowCount(deepest) > 0)
        deepest = chain->index(0, 0, deepest);
    QCOMPARE(deepest.data(ChainTreeModel::ThumbprintRole).toString(), thumbprint);
    QVERIFY(tree->isExpanded(node) || chain->rowCount(node) == 0);

    // Showing all stores: the intermediate's parent root sits in Root, its chain says so.
    QVERIFY(!chain->index(0, ChainTreeModel::StoresColumn).data().toString().isEmpty());
}

void tst_FindingsPage::keyboard()
{
    WizardDriver driver;
    QVERIFY2(driver.goTo(FindingsPageId), qPrintable(driver.failure()));
    auto* search = driver.find<QLineEdit>(QStringLiteral("searchLineEdit"));
    auto* table = driver.find<QTableView>(QStringLiteral("certificateTableView"));
    driver.wizard().activateWindow();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY2(table->hasFocus(), QApplication::focusWidget()
                                        ? QApplication::focusWidget()->objectName().toLatin1().constData()
                                        : "none");
    // Enter in the table = Next.
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY2(driver.waitForPage(TrustSettingsPageId), qPrintable(driver.failure()));
}

QTEST_MAIN(tst_FindingsPage)
#include "tst_FindingsPage.moc"
