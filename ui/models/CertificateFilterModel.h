#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace certmend::ui {

/// Sorts a CertificateTableModel by its SortRole and filters it: "only problems" and a search text matched
/// against subject, issuer and thumbprint (spaces and colons in a pasted thumbprint are ignored).
class CertificateFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CertificateFilterModel(QObject* parent = nullptr);

    void setOnlyProblems(bool onlyProblems);
    bool onlyProblems() const { return m_onlyProblems; }
    void setSearchText(const QString& text);
    const QString& searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_onlyProblems = true;
    QString m_searchText;
    QString m_searchHex; ///< the search text as a thumbprint fragment, empty when it is not one
};

} // namespace certmend::ui
