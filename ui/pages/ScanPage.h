#pragma once

#include "WizardSession.h"
#include "util/Error.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace certmend::ui {

class InlineBanner;
class ScanJob;

/// Step 2: reads and analyses the chosen machine off the GUI thread, with progress and Cancel. Errors (an
/// unreadable folder, a cancelled scan) appear inline with "Scan again"; the page completes when a scan finished.
class ScanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ScanPage(WizardSession& session, QWidget* parent = nullptr);
    ~ScanPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Starts (again) scanning the session's source.
    void startScan();
    /// Asks the running scan to stop.
    void cancelScan();
    bool isScanning() const;

Q_SIGNALS:
    /// The scan ended: succeeded or not (tests, the screenshot tour).
    void scanEnded(bool succeeded);

private:
    void onProgress(int done, int total, const QString& what);
    void onSucceeded(std::shared_ptr<const ScanResult> result);
    void onFailed(const Error& error);
    void showSummary(const ScanResult& result);
    void setRunning(bool running);

    WizardSession& m_session;
    std::unique_ptr<ScanJob> m_job;
    InlineBanner* m_banner = nullptr;
    QLabel* m_source = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_rescan = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace certmend::ui
