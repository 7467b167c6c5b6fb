#include "models/ScenarioListModel.h"

namespace certmend::ui {

ScenarioListModel::ScenarioListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void ScenarioListModel::setScenarios(QList<Scenario> scenarios)
{
    beginResetModel();
    m_scenarios = std::move(scenarios);
    endResetModel();
}

int ScenarioListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_scenarios.size(); ++row) {
        if (m_scenarios.at(row).id == id)
            return row;
    }
    return -1;
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scenarios.size());
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario& s = m_scenarios.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.title + QLatin1Char('\n') + s.story;
    case Qt::AccessibleTextRole:
        return s.title;
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        return s.story;
    case IdRole:
        return s.id;
    case TitleRole:
        return s.title;
    case StoryRole:
        return s.story;
    }
    return {};
}

} // namespace certmend::ui
