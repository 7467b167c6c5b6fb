#pragma once

#include "WizardSession.h"
#include "jobs/ApplyJob.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace certmend::ui {

class StatusBanner;

/// Step 7: writes the backup and applies the plan off the GUI thread, with progress per action and a log.
/// Cancel stops between actions; the engine then rolls back what it did.
class ApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(WizardSession& session, QWidget* parent = nullptr);
    ~ApplyPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    /// The last run's outcome; nullopt before it finished.
    const std::optional<ApplyJob::Outcome>& outcome() const { return m_outcome; }

Q_SIGNALS:
    /// The job finished (successfully or not); the page is complete.
    void applyFinished();

private:
    void onProgress(int done, int total);
    void onFinished();
    void setWizardCancelEnabled(bool enabled);

    WizardSession& m_session;
    StatusBanner* m_banner = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPushButton* m_cancel = nullptr;
    std::unique_ptr<ApplyJob> m_job;
    std::optional<ApplyJob::Outcome> m_outcome;
};

} // namespace certmend::ui
