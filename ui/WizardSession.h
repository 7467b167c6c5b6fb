#pragma once

#include "analysis/MachineScanner.h"
#include "analysis/ScanResult.h"
#include "remedy/RemediationPlan.h"
#include "scenario/Scenario.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace certmend::ui {

/// What the wizard knows so far, shared by its pages: the chosen machine, the scan, the user's choices, the plan,
/// the backup. Pages read it in initializePage() and write it in validatePage(); it never touches widgets.
class WizardSession : public QObject
{
    Q_OBJECT
public:
    /// Which kind of machine the user picked on the Welcome page.
    enum class SourceKind
    {
        Scenario,
        SnapshotPath,
        ThisComputer,
        RestoreBackup
    };

    /// Reads and analyses a source (MachineScanner::scan's signature). Tests replace it to pause or fail a scan.
    using ScanFunction = std::function<Result<ScanResult>(const QString& source, const MachineScanner::Progress&,
                                                          const std::atomic<bool>* cancel)>;

    explicit WizardSession(QObject* parent = nullptr);

    SourceKind sourceKind = SourceKind::Scenario;
    /// The path scanned: ":/scenarios/<id>" for a scenario, a folder or file otherwise.
    QString sourcePath;
    /// Set when the source is a training scenario (training mode: the side panel tells its story).
    std::optional<Scenario> scenario;
    /// A training scenario is read-only: a fix runs on this writable copy (made when the plan is applied).
    QString workingCopyPath;

    /// The last scan; null before the Scan page finished.
    std::shared_ptr<const ScanResult> scan;
    /// The plan the user confirmed; empty before the Plan page.
    RemediationPlan plan;
    /// Where backups go (remembered in QSettings), and the bundle written by the last fix.
    QString backupRoot;
    QString lastBackupBundle;
    /// A bundle the user chose to restore (Welcome "Restore a backup…", or Done "Undo now").
    QString restoreBundle;

    bool isTraining() const { return scenario.has_value(); }
    /// How the current source is named to the user: the scenario's title, or the path.
    QString sourceDisplayName() const;

    /// Chooses a training scenario as the source (clears the scan).
    void useScenario(const Scenario& scenario);
    /// Chooses a snapshot folder or certificate file as the source (clears the scan and the scenario).
    void useSnapshotPath(const QString& path);
    /// Forgets the last scan, e.g. when the source changed.
    void clearScan();
    /// Stores a finished scan and tells the pages.
    void setScan(std::shared_ptr<const ScanResult> result);

    /// Null: MachineScanner::scan.
    ScanFunction scanFunction;

Q_SIGNALS:
    /// The source or the scan changed.
    void sourceChanged();
    void scanChanged();
};

} // namespace certmend::ui
