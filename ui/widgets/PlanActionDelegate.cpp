#include "PlanActionDelegate.h"

#include "models/PlanChoiceModel.h"

#include <QComboBox>

namespace certmend::ui {

QWidget* PlanActionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    Q_UNUSED(option)
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("actionComboBox"));
    combo->setAccessibleName(tr("Action for %1").arg(index.siblingAtColumn(0).data().toString()));
    const int recommended = index.data(PlanChoiceModel::RecommendedRole).toInt();
    const QVariantList choices = index.data(PlanChoiceModel::ChoicesRole).toList();
    const QVariantList texts = index.data(PlanChoiceModel::ChoiceTextsRole).toList();
    for (qsizetype i = 0; i < choices.size() && i < texts.size(); ++i) {
        QString text = texts.at(i).toString();
        if (choices.at(i).toInt() == recommended)
            text = tr("%1 (recommended)").arg(text);
        combo->addItem(text, choices.at(i));
    }
    connect(combo, &QComboBox::activated, this,
            [this, combo] { Q_EMIT const_cast<PlanActionDelegate*>(this)->commitData(combo); });
    return combo;
}

void PlanActionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(PlanChoiceModel::ChoiceRole));
    if (at >= 0 && at != combo->currentIndex())
        combo->setCurrentIndex(at);
}

void PlanActionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace certmend::ui
