#include "FixFlow.h"
#include "WizardDriver.h"
#include "analysis/MachineScanner.h"
#include "models/PlanChoiceModel.h"
#include "scenario/ScenarioCatalog.h"
#include "widgets/StatusBanner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

namespace {

const QString Intermediate = QStringLiteral("CDE8E15E7609BF2B7FE079B2960779F068212763");

/// The action combo of the row for `key` in the Plan table (a persistent editor).
QComboBox* comboFor(QTableView* table, const QString& key)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, PlanChoiceModel::ActionColumn);
        if (index.data(PlanChoiceModel::KeyRole).toString() == key)
            return qobject_cast<QComboBox*>(table->indexWidget(index));
    }
    return nullptr;
}

} // namespace

class tst_PlanPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void modelPassesTester_data();
    void modelPassesTester();
    void recommendationIsPreselected();
    void changingTheComboUpdatesThePreview();
    void leavingEverythingGoesToDone();
    void browseUsesTheDialogWrapper();
    void relativeBackupFolderIsAnInlineError();
    void singleFileSourceIsLeftAlone();
};

void tst_PlanPage::initTestCase()
{
    WizardDriver::isolateSettings();
}

void tst_PlanPage::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_PlanPage::modelPassesTester_data()
{
    QTest::addColumn<QString>("scenarioId");
    for (const Scenario& scenario : ScenarioCatalog::all())
        QTest::newRow(qPrintable(scenario.id)) << scenario.id;
}

void tst_PlanPage::modelPassesTester()
{
    QFETCH(QString, scenarioId);
    auto scan = MachineScanner::scan(QStringLiteral("scenario:") + scenarioId);
    QVERIFY(scan);
    PlanChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(scan->findings);
    for (int row = 0; row < model.rowCount(); ++row) {
        const PlanChoiceModel::Row& r = model.rows().at(row);
        QCOMPARE(r.chosen, r.recommended);
        // Every allowed choice can be set through the view's role; a choice the row does not allow cannot.
        for (PlanChoiceModel::Choice choice : PlanChoiceModel::choicesFor(r)) {
            QVERIFY(model.setData(model.index(row, PlanChoiceModel::ActionColumn), int(choice)));
            QCOMPARE(model.rows().at(row).chosen, choice);
        }
        const auto forbidden = r.isSetting ? PlanChoiceModel::Choice::Move : PlanChoiceModel::Choice::Change;
        QVERIFY(!model.setData(model.index(row, PlanChoiceModel::ActionColumn), int(forbidden)));
        QVERIFY(!model.setData(model.index(row, PlanChoiceModel::SubjectColumn), int(PlanChoiceModel::Choice::Leave)));
    }
    model.resetToRecommended();
    for (const PlanChoiceModel::Row& r : model.rows())
        QCOMPARE(r.chosen, r.recommended);
}

void tst_PlanPage::recommendationIsPreselected()
{
    WizardDriver driver;
    QTemporaryDir backups;
    QString why;
    const auto plan = walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.path(), why);
    QVERIFY2(plan, qPrintable(why));
    auto* combo = comboFor(driver.find<QTableView>(QStringLiteral("planTableView")), Intermediate);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), int(PlanChoiceModel::Choice::Move));
    QVERIFY2(combo->currentText().contains(PlanChoiceModel::tr("Move to Intermediate CA")),
             qPrintable(combo->currentText()));
    const QString preview = driver.find<QPlainTextEdit>(QStringLiteral("planPreviewTextEdit"))->toPlainText();
    QCOMPARE(preview, plan->toText());
    QVERIFY2(preview.contains(Intermediate), qPrintable(preview));
}

void tst_PlanPage::changingTheComboUpdatesThePreview()
{
    WizardDriver driver;
    QTemporaryDir backups;
    QString why;
    QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.path(), why), qPrintable(why));
    auto* page = driver.page<PlanPage>(PlanPageId);
    auto* combo = comboFor(driver.find<QTableView>(QStringLiteral("planTableView")), Intermediate);
    QVERIFY(combo);

    // Move → Remove, with the keyboard as a user would.
    QSignalSpy updated(page, &PlanPage::previewUpdated);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toInt(), int(PlanChoiceModel::Choice::Remove));
    QVERIFY(updated.wait(10000));
    QVERIFY(page->previewPlan());
    QCOMPARE(page->previewPlan()->size(), 1);
    QCOMPARE(page->previewPlan()->actions().constFirst().kind, RemediationAction::Kind::Remove);
    QVERIFY(driver.find<QPlainTextEdit>(QStringLiteral("planPreviewTextEdit"))
                ->toPlainText()
                .contains(page->previewPlan()->actions().constFirst().toText()));

    // Reset puts the recommendation back.
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("resetChoicesButton")), Qt::LeftButton);
    QTRY_VERIFY(!page->isPreviewPending());
    QCOMPARE(page->previewPlan()->actions().constFirst().kind, RemediationAction::Kind::Move);
}

void tst_PlanPage::leavingEverythingGoesToDone()
{
    WizardDriver driver;
    QTemporaryDir backups;
    QString why;
    QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.path(), why), qPrintable(why));
    auto* page = driver.page<PlanPage>(PlanPageId);
    auto* model = page->choiceModel();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->setChoice(row, PlanChoiceModel::Choice::Leave));
    QTRY_VERIFY(!page->isPreviewPending());
    QVERIFY(page->previewPlan()->isEmpty());
    QCOMPARE(page->previewPlan()->notes().size(), model->rowCount());
    QCOMPARE(page->nextId(), int(DonePageId));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(DonePageId), qPrintable(driver.failure()));
    QVERIFY(driver.session().plan.isEmpty());
    QVERIFY(!QFileInfo::exists(backups.filePath(QStringLiteral("anything"))));
}

void tst_PlanPage::browseUsesTheDialogWrapper()
{
    WizardDriver driver;
    QTemporaryDir backups;
    QString why;
    QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), backups.path(), why), qPrintable(why));
    const QString chosen = backups.filePath(QStringLiteral("chosen"));
    driver.dialogs().pathAnswers << chosen;
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("browseBackupFolderButton")), Qt::LeftButton);
    QCOMPARE(driver.dialogs().asked.size(), 1);
    auto* edit = driver.find<QLineEdit>(QStringLiteral("backupFolderLineEdit"));
    QCOMPARE(QDir::fromNativeSeparators(edit->text()), chosen);
    // Cancelling the dialog keeps the folder.
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("browseBackupFolderButton")), Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(edit->text()), chosen);
}

void tst_PlanPage::relativeBackupFolderIsAnInlineError()
{
    WizardDriver driver;
    QString why;
    QVERIFY2(walkToPlan(driver, QStringLiteral("intermediate-in-root"), QStringLiteral("relative/backups"), why),
             qPrintable(why));
    QVERIFY(driver.next());
    QTest::qWait(50);
    QCOMPARE(driver.currentId(), int(PlanPageId));
    auto* banner = driver.find<StatusBanner>(QStringLiteral("planStatusBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), StatusBanner::Kind::Error);
    QVERIFY(driver.session().plan.isEmpty());
}

void tst_PlanPage::singleFileSourceIsLeftAlone()
{
    // The scenario's Root store (roots and the stray intermediate) as one PEM file: a read-only Root store.
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("root-store.pem"));
    QByteArray pem;
    const QString rootFolder = QStringLiteral(":/scenarios/intermediate-in-root/stores/Root/registry");
    for (const QString& name : QDir(rootFolder).entryList(QDir::Files)) {
        QFile cer(QDir(rootFolder).filePath(name));
        QVERIFY(cer.open(QIODevice::ReadOnly));
        pem += "-----BEGIN CERTIFICATE-----\n" + cer.readAll().toBase64() + "\n-----END CERTIFICATE-----\n";
    }
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(pem) == pem.size());
    out.close();
    WizardDriver driver;
    QVERIFY2(driver.chooseSnapshot(file), qPrintable(driver.failure()));
    QVERIFY2(driver.goTo(PlanPageId), qPrintable(driver.failure()));
    auto* page = driver.page<PlanPage>(PlanPageId);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending() && page->previewPlan(), 15000);
    // A bare file does not say which physical store its certificates come from: CertMend leaves them alone and
    // says why, and the wizard ends without changing anything.
    QVERIFY2(page->previewPlan()->isEmpty(), qPrintable(page->previewPlan()->toText()));
    QCOMPARE(page->previewPlan()->notes().size(), 1);
    QCOMPARE(page->previewPlan()->notes().constFirst().sha1Thumbprint, Intermediate);
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPage(DonePageId), qPrintable(driver.failure()));
    QVERIFY(driver.session().workingCopyPath.isEmpty());
    QCOMPARE(QFileInfo(file).size(), qint64(pem.size()));
}

QTEST_MAIN(tst_PlanPage)
#include "tst_PlanPage.moc"
