#pragma once

#include "scenario/Scenario.h"

#include <QAbstractListModel>
#include <QList>

namespace certmend::ui {

/// The training scenarios for the Welcome page: each row shows the title and, below it, the one-line story.
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< QString: the scenario id
        TitleRole,
        StoryRole,
    };

    explicit ScenarioListModel(QObject* parent = nullptr);

    void setScenarios(QList<Scenario> scenarios);
    const QList<Scenario>& scenarios() const { return m_scenarios; }
    const Scenario& scenario(int row) const { return m_scenarios.at(row); }
    /// The row of scenario `id`, -1 when absent.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Scenario> m_scenarios;
};

} // namespace certmend::ui
