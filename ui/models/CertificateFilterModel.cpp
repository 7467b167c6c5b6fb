#include "models/CertificateFilterModel.h"

#include "models/CertificateTableModel.h"

#include <QRegularExpression>

namespace certmend::ui {

CertificateFilterModel::CertificateFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CertificateTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CertificateFilterModel::setOnlyProblems(bool onlyProblems)
{
    if (onlyProblems == m_onlyProblems)
        return;
    m_onlyProblems = onlyProblems;
    invalidateFilter();
}

void CertificateFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    static const QRegularExpression separators(QStringLiteral("[\\s:]"));
    QString hex = trimmed;
    hex.remove(separators);
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]{4,}$"));
    m_searchHex = hexOnly.match(hex).hasMatch() ? hex.toUpper() : QString();
    invalidateFilter();
}

bool CertificateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyProblems && !index.data(CertificateTableModel::ProblemRole).toBool())
        return false;
    if (m_searchText.isEmpty())
        return true;
    if (!m_searchHex.isEmpty() && index.data(CertificateTableModel::ThumbprintRole).toString().contains(m_searchHex))
        return true;
    return index.data(CertificateTableModel::SearchTextRole).toString().contains(m_searchText, Qt::CaseInsensitive);
}

} // namespace certmend::ui
