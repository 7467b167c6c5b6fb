#pragma once

#include "WizardSession.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWizard>

#include <functional>

namespace certmend::ui {

class TrainingPanel;
class WelcomePage;

/// The CertMend wizard: Welcome → Scan → Findings → Trust settings → Plan → Confirm → Apply → Done, plus Restore.
/// Owns the session the pages share, shows the training panel for scenarios, remembers its size, and can walk
/// itself through a scenario saving each page as a PNG (screenshot mode).
class CertMendWizard : public QWizard
{
    Q_OBJECT
public:
    /// What the command line asked for (app/wizard/main.cpp).
    struct Options
    {
        QString scenarioId; ///< preselect this training scenario (default: the catalog's default)
        QString sourcePath; ///< preselect this snapshot folder or certificate file (wins over scenarioId)
    };

    /// Prepares a page before the screenshot tour captures and leaves it (e.g. ticks a confirmation box).
    using ScreenshotPreparer = std::function<void(QWizardPage* page)>;

    explicit CertMendWizard(const Options& options = {}, QWidget* parent = nullptr);
    ~CertMendWizard() override;

    WizardSession& session() { return m_session; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    WelcomePage* welcomePage() const { return m_welcome; }

    /// Walks the pages from the current one to Done, saving each as `folder`/NN-<page>.png once it is complete;
    /// emits screenshotTourFinished. On entering a page it first runs the preparer registered for its id and, if
    /// the page has one, its Q_INVOKABLE prepareForScreenshot() (e.g. ticking a confirmation box).
    void startScreenshotTour(const QString& folder);
    void setScreenshotPreparer(int pageId, ScreenshotPreparer preparer);
    /// The files written by the tour so far.
    const QStringList& screenshotFiles() const { return m_tour.files; }
    /// "welcome", "scan", "findings", "trust-settings", "plan", "confirm", "apply", "done", "restore".
    static QString pageName(int pageId);

Q_SIGNALS:
    void screenshotTourFinished(bool ok, const QString& message);

private:
    struct Tour
    {
        QString folder;
        QStringList files;
        QTimer timer;
        int waitedTicks = 0;
        bool prepared = false;
        bool settled = false;
        bool captured = false;
    };

    void addPages();
    void applyOptions(const Options& options);
    void updateTrainingPanel();
    void tourTick();
    void finishTour(bool ok, const QString& message);

    WizardSession m_session;
    WelcomePage* m_welcome = nullptr;
    TrainingPanel* m_trainingPanel = nullptr;
    QHash<int, ScreenshotPreparer> m_preparers;
    Tour m_tour;
};

} // namespace certmend::ui
