#pragma once

#include "WizardSession.h"
#include "jobs/ApplyJob.h"
#include "report/HtmlReport.h"

#include <QWizardPage>

class QPushButton;
class QTextBrowser;

namespace certmend::ui {

class StatusBanner;

/// Step 8: what changed (or why nothing did), where the backup is, what to do next; "Save report…" and
/// "Undo now" (which leads to the Restore page with this fix's backup).
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override;

    /// The report as it would be saved now.
    HtmlReport::Input reportInput() const;

private:
    /// The Apply page's result in this wizard; null when nothing was applied.
    const ApplyJob::Outcome* applyOutcome() const;
    void saveReport();
    void undo();

    WizardSession& m_session;
    StatusBanner* m_banner = nullptr;
    QTextBrowser* m_summary = nullptr;
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_saveReport = nullptr;
    QPushButton* m_undo = nullptr;
    bool m_undoRequested = false;
};

} // namespace certmend::ui
