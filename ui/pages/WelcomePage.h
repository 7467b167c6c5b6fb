#pragma once

#include "WizardSession.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;

namespace certmend::ui {

class InlineBanner;
class ScenarioListModel;

/// Step 1: what CertMend does, and which machine to look at: this computer (Windows only), a snapshot folder or
/// certificate file, or a training scenario; or "Restore a backup…" instead. An interrupted fix found in the
/// backup folder is offered first.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    /// The choices, in the order they are shown.
    enum class Choice
    {
        ThisComputer,
        Snapshot,
        Scenario,
        Restore
    };

    explicit WelcomePage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    Choice choice() const;
    void setChoice(Choice choice);
    /// Selects scenario `id` in the list (and the scenario choice); false when there is no such scenario.
    bool selectScenario(const QString& id);
    /// The id of the scenario selected in the list (empty when none).
    QString selectedScenarioId() const;
    /// Fills the path field (and selects the snapshot choice).
    void setSnapshotPath(const QString& path);
    /// The scenario chosen right now (before Next), for the training panel; nullopt for other choices.
    std::optional<Scenario> chosenScenario() const;

Q_SIGNALS:
    /// The choice or the selected scenario changed.
    void choiceChanged();

private:
    void browse();
    void checkForInterruptedFix();
    void updateEnabled();

    WizardSession& m_session;
    ScenarioListModel* m_scenarios = nullptr;
    InlineBanner* m_journalBanner = nullptr;
    QButtonGroup* m_choices = nullptr;
    QRadioButton* m_thisComputer = nullptr;
    QLabel* m_thisComputerReason = nullptr;
    QRadioButton* m_snapshot = nullptr;
    QLineEdit* m_snapshotPath = nullptr;
    QPushButton* m_browse = nullptr;
    QRadioButton* m_scenario = nullptr;
    QListView* m_scenarioList = nullptr;
    QRadioButton* m_restore = nullptr;
    QString m_interruptedBundle;
};

} // namespace certmend::ui
