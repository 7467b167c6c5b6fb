#include "WizardSession.h"

#include <QDir>

namespace certmend::ui {

WizardSession::WizardSession(QObject* parent)
    : QObject(parent)
{}

QString WizardSession::sourceDisplayName() const
{
    if (scenario)
        return scenario->title;
    return QDir::toNativeSeparators(sourcePath);
}

void WizardSession::useScenario(const Scenario& chosen)
{
    const bool changed = !scenario || scenario->id != chosen.id || sourceKind != SourceKind::Scenario;
    sourceKind = SourceKind::Scenario;
    scenario = chosen;
    sourcePath = chosen.resourcePath;
    if (changed) {
        clearScan();
        Q_EMIT sourceChanged();
    }
}

void WizardSession::useSnapshotPath(const QString& path)
{
    const bool changed = scenario || sourcePath != path || sourceKind != SourceKind::SnapshotPath;
    sourceKind = SourceKind::SnapshotPath;
    scenario.reset();
    sourcePath = path;
    if (changed) {
        clearScan();
        Q_EMIT sourceChanged();
    }
}

void WizardSession::clearScan()
{
    if (!scan)
        return;
    scan.reset();
    Q_EMIT scanChanged();
}

void WizardSession::setScan(std::shared_ptr<const ScanResult> result)
{
    scan = std::move(result);
    Q_EMIT scanChanged();
}

} // namespace certmend::ui
