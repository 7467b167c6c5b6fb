#pragma once

// Shared by the fix/undo GUI tests (header-only: tests/ui/*.cpp other than tst_*.cpp are not built on their own).

#include "WizardDriver.h"
#include "jobs/ApplyJob.h"
#include "models/PlanChoiceModel.h"
#include "pages/ApplyPage.h"
#include "pages/PlanPage.h"
#include "remedy/RemediationPlan.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QStandardPaths>
#include <QTest>

namespace certmend::test {

/// Every file under `root`, by path relative to it, with its bytes.
inline QMap<QString, QByteArray> readTree(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

/// Training copies live in the test-mode AppLocalDataLocation; remove them so runs do not pile up.
inline void removeTrainingCopies()
{
    if (QStandardPaths::isTestModeEnabled())
        QDir(ui::ApplyJob::trainingFolder()).removeRecursively();
}

/// From the Welcome page: chooses `scenarioId`, walks to the Plan page, waits for its preview and sets the backup
/// folder. Returns the plan the page shows (nullopt on failure, with the reason in `why`).
inline std::optional<RemediationPlan> walkToPlan(WizardDriver& driver, const QString& scenarioId,
                                                 const QString& backupRoot, QString& why)
{
    if (!driver.chooseScenario(scenarioId) || !driver.goTo(ui::PlanPageId)) {
        why = driver.failure();
        return std::nullopt;
    }
    auto* plan = driver.page<ui::PlanPage>(ui::PlanPageId);
    auto* backup = driver.find<QLineEdit>(QStringLiteral("backupFolderLineEdit"));
    if (!plan || !backup) {
        why = QStringLiteral("the Plan page or its backup field is missing");
        return std::nullopt;
    }
    backup->selectAll();
    QTest::keyClicks(backup, QDir::toNativeSeparators(backupRoot));
    if (!QTest::qWaitFor([plan] { return !plan->isPreviewPending() && plan->previewPlan().has_value(); }, 30000)) {
        why = QStringLiteral("the plan preview did not finish");
        return std::nullopt;
    }
    return plan->previewPlan();
}

/// From the Plan page (plan not empty): Next, tick the confirmation, Apply, wait for the apply to end.
inline bool confirmAndApply(WizardDriver& driver, QString& why)
{
    if (!driver.next() || !driver.waitForPage(ui::ConfirmPageId)) {
        why = driver.failure();
        return false;
    }
    auto* confirm = driver.find<QCheckBox>(QStringLiteral("confirmCheckBox"));
    if (!confirm) {
        why = QStringLiteral("no confirmCheckBox");
        return false;
    }
    if (driver.button(QWizard::CommitButton)->isEnabled()) {
        why = QStringLiteral("Apply was enabled before the confirmation was ticked");
        return false;
    }
    QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(8, confirm->height() / 2));
    if (!confirm->isChecked()) {
        why = QStringLiteral("clicking the confirmation did not tick it");
        return false;
    }
    if (!driver.commit() || !driver.waitForPage(ui::ApplyPageId)) {
        why = driver.failure();
        return false;
    }
    if (!driver.waitForComplete()) {
        why = driver.failure();
        return false;
    }
    return true;
}

} // namespace certmend::test
