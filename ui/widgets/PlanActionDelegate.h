#pragma once

#include <QStyledItemDelegate>

namespace certmend::ui {

/// Edits the Plan table's action column with a combo box of the choices the row allows (PlanChoiceModel roles);
/// a pick is committed at once so the preview follows the combo.
class PlanActionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace certmend::ui
