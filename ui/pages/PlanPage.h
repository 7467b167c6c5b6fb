#pragma once

#include "WizardSession.h"
#include "remedy/RemediationPlan.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace certmend::ui {

class PlanChoiceModel;
class StatusBanner;

/// Step 5: what to do with each offending certificate and setting (the recommendation preselected, changeable),
/// where the backup goes, and a live preview of exactly what will change. validatePage() stores the plan.
class PlanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlanPage(WizardSession& session, QWidget* parent = nullptr);
    ~PlanPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    PlanChoiceModel* choiceModel() const { return m_model; }
    /// The plan the preview shows; nullopt while it is being built or when building failed.
    const std::optional<RemediationPlan>& previewPlan() const { return m_plan; }
    bool isPreviewPending() const { return m_pending; }

Q_SIGNALS:
    /// A new preview is shown (tests and the screenshot mode wait for it).
    void previewUpdated();

private:
    using Outcome = std::shared_ptr<Result<RemediationPlan>>;

    void schedulePreview();
    void startPreview();
    void onPreviewFinished();
    void chooseBackupFolder();
    void openEditors();
    bool canApply(QString* why) const;

    WizardSession& m_session;
    PlanChoiceModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_nothingLabel = nullptr;
    QPushButton* m_resetButton = nullptr;
    QLineEdit* m_backupEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    StatusBanner* m_banner = nullptr;

    QTimer m_debounce;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<RemediationPlan> m_plan;
    bool m_pending = false; ///< a preview is scheduled or running
    bool m_dirty = false;   ///< the choices changed while a preview was running
};

} // namespace certmend::ui
