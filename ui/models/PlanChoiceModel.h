#pragma once

#include "analysis/Finding.h"
#include "remedy/PlanBuilder.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace certmend::ui {

/// The rows of the Plan page: one per certificate a finding wants moved, removed or left alone, and one per
/// Schannel setting a finding wants changed. Each row carries the recommendation and the user's choice (editable).
class PlanChoiceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// What the user may pick for a row. Certificates: Move, Remove, Leave; settings: Change, Leave.
    enum class Choice
    {
        Move,
        Remove,
        Leave,
        Change,
    };
    Q_ENUM(Choice)

    enum Column
    {
        SubjectColumn,
        ThumbprintColumn,
        StoreColumn,
        ActionColumn,
        ReasonColumn,
        ColumnCount
    };

    enum Role
    {
        ChoiceRole = Qt::UserRole + 1, ///< int(Choice) of the row (also Qt::EditRole on the action column)
        ChoicesRole,                   ///< QVariantList of int(Choice) the row allows
        ChoiceTextsRole,               ///< QVariantList of the texts of ChoicesRole, in the same order
        RecommendedRole,               ///< int(Choice) the finding recommends
        IsSettingRole,                 ///< bool: a Schannel setting row
        KeyRole,                       ///< thumbprint, or the setting name
    };

    struct Row
    {
        bool isSetting = false;
        QString key;     ///< SHA-1 thumbprint, or the setting name
        QString subject; ///< display name, or the setting name
        QString store;   ///< where the certificate is now
        QString targetStore;
        int settingValue = -1; ///< the value a setting would get (-1: delete it)
        Choice recommended = Choice::Leave;
        Choice chosen = Choice::Leave;
        QString reason; ///< the finding's title and explanation of the recommendation
    };

    explicit PlanChoiceModel(QObject* parent = nullptr);

    /// Rebuilds the rows from `findings` (choices start at the recommendation).
    void setFindings(const QList<Finding>& findings);
    const QList<Row>& rows() const { return m_rows; }
    bool setChoice(int row, Choice choice);
    /// Puts every row back to its recommendation.
    void resetToRecommended();

    /// Passes the choices of the certificate rows of `rows` to `builder` (thread-safe: works on a copy).
    static void applyTo(const QList<Row>& rows, PlanBuilder& builder);
    /// `findings` without the setting changes the user chose to leave.
    QList<Finding> selectedFindings(const QList<Finding>& findings) const;
    /// The setting names the user chose to leave.
    QStringList declinedSettings() const;

    /// Translated text of a choice for a row ("Move to Intermediate CA", "Change to 0", …).
    static QString choiceText(const Row& row, Choice choice);
    static QList<Choice> choicesFor(const Row& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    /// A row's choice changed (not emitted by setFindings / resetToRecommended, which reset the model).
    void choicesChanged();

private:
    bool isOwnIndex(const QModelIndex& index) const;

    QList<Row> m_rows;
};

} // namespace certmend::ui
