#pragma once

#include "WizardSession.h"
#include "jobs/RestoreJob.h"

#include <QTimer>
#include <QWizardPage>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace certmend::ui {

class StatusBanner;

/// Step 9 (from Welcome's "Restore a backup…", Done's "Undo now", or an interrupted fix found at start): choose
/// a backup bundle, see it verified (hashes, machine, what it would put back), then restore it step by step.
/// For an interrupted fix it offers to roll back (default) or to finish.
class RestorePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestorePage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

    /// True once the bundle shown was verified and can be restored.
    bool isBundleVerified() const { return m_verified; }
    bool isRestoreDone() const { return m_done; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void bundleChecked();
    void restoreFinished();

private:
    void scheduleCheck();
    void onChecked();
    void startRestore();
    void onRestoreFinished();
    void updateButtons();
    void updateMachineCheck();
    bool isInterrupted() const;

    WizardSession& m_session;
    StatusBanner* m_banner = nullptr;
    QLineEdit* m_bundleEdit = nullptr;
    QPushButton* m_browseBundle = nullptr;
    QTextBrowser* m_checkView = nullptr;
    QLineEdit* m_targetEdit = nullptr;
    QPushButton* m_browseTarget = nullptr;
    QRadioButton* m_rollBack = nullptr;
    QRadioButton* m_finish = nullptr;
    QCheckBox* m_otherMachine = nullptr;
    QPushButton* m_restore = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_log = nullptr;
    RestoreJob m_job;
    QTimer m_checkTimer;
    bool m_verified = false;
    bool m_running = false;
    bool m_done = false;
};

} // namespace certmend::ui
