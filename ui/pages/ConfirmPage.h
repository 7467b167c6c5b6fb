#pragma once

#include "WizardSession.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace certmend::ui {

/// Step 6, the commit page: every change with its thumbprint, what else is affected, where the backup goes, and
/// an explicit "I have read this" before Apply is enabled.
class ConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConfirmPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    /// The screenshot tour ticks the confirmation box, as a user would.
    Q_INVOKABLE void prepareForScreenshot();

    /// The page's text as HTML (the report reuses the list).
    static QString changesHtml(const WizardSession& session);

private:
    WizardSession& m_session;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_changes = nullptr;
    QCheckBox* m_confirm = nullptr;
};

} // namespace certmend::ui
