#include "PlanChoiceModel.h"

#include <QFont>

namespace certmend::ui {

bool PlanChoiceModel::isOwnIndex(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < m_rows.size() &&
           index.column() < ColumnCount;
}

PlanChoiceModel::PlanChoiceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PlanChoiceModel::setFindings(const QList<Finding>& findings)
{
    beginResetModel();
    m_rows.clear();
    auto indexOf = [this](bool isSetting, const QString& key) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).isSetting == isSetting && m_rows.at(i).key.compare(key, Qt::CaseInsensitive) == 0)
                return i;
        }
        return qsizetype(-1);
    };

    for (const Finding& finding : findings) {
        const RecommendedAction& action = finding.action;
        const QString reason = !action.reason.isEmpty() ? action.reason : finding.title;
        switch (action.kind) {
        case ActionKind::MoveToIntermediate:
        case ActionKind::RemoveFromStore:
        case ActionKind::LeaveAlone:
            for (const FindingSubject& cert : finding.certificates) {
                Row row;
                row.key = cert.sha1Thumbprint.toUpper();
                row.subject = cert.subject;
                row.store = !action.sourceStore.isEmpty() ? action.sourceStore
                            : !cert.storeName.isEmpty()   ? cert.storeName
                                                          : QStringLiteral("Root");
                row.targetStore = action.targetStore.isEmpty() ? QStringLiteral("CA") : action.targetStore;
                row.recommended = action.kind == ActionKind::MoveToIntermediate ? Choice::Move
                                  : action.kind == ActionKind::RemoveFromStore  ? Choice::Remove
                                                                                : Choice::Leave;
                row.chosen = row.recommended;
                row.reason = reason;
                const qsizetype existing = indexOf(false, row.key);
                if (existing < 0)
                    m_rows.append(row);
                else if (row.recommended == Choice::Leave)
                    m_rows[existing] = row; // as in PlanBuilder: a reason to leave it alone wins
            }
            break;
        case ActionKind::ChangeSetting:
            if (!action.settingName.isEmpty() && indexOf(true, action.settingName) < 0) {
                Row row;
                row.isSetting = true;
                row.key = action.settingName;
                row.subject = action.settingName;
                row.store = tr("Schannel");
                row.settingValue = action.settingValue;
                row.recommended = Choice::Change;
                row.chosen = Choice::Change;
                row.reason = !action.text.isEmpty() ? action.text : finding.title;
                m_rows.append(row);
            }
            break;
        case ActionKind::None:
        case ActionKind::AddMissingRoot:
            break;
        }
    }
    endResetModel();
}

bool PlanChoiceModel::setChoice(int row, Choice choice)
{
    if (row < 0 || row >= m_rows.size() || !choicesFor(m_rows.at(row)).contains(choice))
        return false;
    if (m_rows.at(row).chosen == choice)
        return true;
    m_rows[row].chosen = choice;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT choicesChanged();
    return true;
}

void PlanChoiceModel::resetToRecommended()
{
    beginResetModel();
    for (Row& row : m_rows)
        row.chosen = row.recommended;
    endResetModel();
}

void PlanChoiceModel::applyTo(const QList<Row>& rows, PlanBuilder& builder)
{
    for (const Row& row : rows) {
        if (row.isSetting)
            continue;
        // The recommendation itself is passed as Recommended so the plan keeps the finding's own reason.
        if (row.chosen == row.recommended) {
            builder.setChoice(row.key, PlanBuilder::Choice::Recommended);
            continue;
        }
        builder.setChoice(row.key, row.chosen == Choice::Move     ? PlanBuilder::Choice::Move
                                   : row.chosen == Choice::Remove ? PlanBuilder::Choice::Remove
                                                                  : PlanBuilder::Choice::Leave);
    }
}

QStringList PlanChoiceModel::declinedSettings() const
{
    QStringList names;
    for (const Row& row : m_rows) {
        if (row.isSetting && row.chosen == Choice::Leave)
            names << row.key;
    }
    return names;
}

QList<Finding> PlanChoiceModel::selectedFindings(const QList<Finding>& findings) const
{
    const QStringList declined = declinedSettings();
    QList<Finding> result;
    for (const Finding& finding : findings) {
        if (finding.action.kind == ActionKind::ChangeSetting &&
            declined.contains(finding.action.settingName, Qt::CaseInsensitive))
            continue;
        result << finding;
    }
    return result;
}

QList<PlanChoiceModel::Choice> PlanChoiceModel::choicesFor(const Row& row)
{
    if (row.isSetting)
        return {Choice::Change, Choice::Leave};
    return {Choice::Move, Choice::Remove, Choice::Leave};
}

QString PlanChoiceModel::choiceText(const Row& row, Choice choice)
{
    switch (choice) {
    case Choice::Move:
        return row.targetStore.compare(QLatin1String("CA"), Qt::CaseInsensitive) == 0
                   ? tr("Move to Intermediate CA")
                   : tr("Move to %1").arg(row.targetStore);
    case Choice::Remove:
        return tr("Remove from %1").arg(row.store);
    case Choice::Leave:
        return tr("Leave as it is");
    case Choice::Change:
        return row.settingValue < 0 ? tr("Delete the value") : tr("Set to %1").arg(row.settingValue);
    }
    return {};
}

int PlanChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanChoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!isOwnIndex(index))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return row.subject;
        case ThumbprintColumn:
            return row.isSetting ? QString() : row.key;
        case StoreColumn:
            return row.store;
        case ActionColumn:
            return choiceText(row, row.chosen);
        case ReasonColumn:
            return row.reason;
        }
        return {};
    case Qt::EditRole:
        if (index.column() == ActionColumn)
            return int(row.chosen);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn && row.chosen != row.recommended)
            return tr("Recommended: %1").arg(choiceText(row, row.recommended));
        if (index.column() == ReasonColumn)
            return row.reason;
        return {};
    case Qt::FontRole:
        if (index.column() == ActionColumn && row.chosen != row.recommended) {
            QFont font;
            font.setItalic(true); // a choice that differs from the recommendation stands out
            return font;
        }
        return {};
    case ChoiceRole:
        return int(row.chosen);
    case ChoicesRole: {
        QVariantList list;
        for (Choice choice : choicesFor(row))
            list << int(choice);
        return list;
    }
    case ChoiceTextsRole: {
        QVariantList list;
        for (Choice choice : choicesFor(row))
            list << choiceText(row, choice);
        return list;
    }
    case RecommendedRole:
        return int(row.recommended);
    case IsSettingRole:
        return row.isSetting;
    case KeyRole:
        return row.key;
    }
    return {};
}

bool PlanChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!isOwnIndex(index))
        return false;
    if (index.column() != ActionColumn || (role != Qt::EditRole && role != ChoiceRole))
        return false;
    bool ok = false;
    const int choice = value.toInt(&ok);
    if (!ok || choice < int(Choice::Move) || choice > int(Choice::Change))
        return false;
    return setChoice(index.row(), Choice(choice));
}

QVariant PlanChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Certificate or setting");
    case ThumbprintColumn:
        return tr("Thumbprint (SHA-1)");
    case StoreColumn:
        return tr("Where");
    case ActionColumn:
        return tr("Action");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

Qt::ItemFlags PlanChoiceModel::flags(const QModelIndex& index) const
{
    if (!isOwnIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ActionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace certmend::ui
