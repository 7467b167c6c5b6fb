#include "models/ChainTreeModel.h"

#include "models/CertificateTableModel.h"
#include "x509/SelfSignedVerdict.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace certmend::ui {

ChainTreeModel::ChainTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ChainTreeModel::setChain(std::shared_ptr<const ScanResult> scan, int poolId)
{
    beginResetModel();
    m_scan = std::move(scan);
    m_nodes.clear();
    if (m_scan && poolId >= 0 && poolId < m_scan->pool.size()) {
        const TrustGraph::Chain chain = m_scan->graph.chain(poolId);
        QList<int> ids = chain.ids;
        if (ids.isEmpty())
            ids.append(poolId);
        const Certificate& top = m_scan->pool.at(ids.last());
        switch (chain.end) {
        case TrustGraph::Chain::End::Root:
            break;
        case TrustGraph::Chain::End::IssuerNotFound:
            m_nodes.append({NodeKind::IssuerNotFound,
                            -1,
                            tr("Issuer not found: %1").arg(top.issuerDisplayName()),
                            {tr("in none of this machine's stores")},
                            {},
                            tr("No certificate on this machine has the name %1 and a key that signed %2.")
                                .arg(top.issuer(), top.displayName())});
            break;
        case TrustGraph::Chain::End::SignatureMismatch:
            m_nodes.append({NodeKind::ChainBroken,
                            -1,
                            tr("Issuer's signature does not match: %1").arg(top.issuerDisplayName()),
                            {},
                            {},
                            tr("A certificate named %1 is here, but its key did not sign %2.")
                                .arg(top.issuer(), top.displayName())});
            break;
        case TrustGraph::Chain::End::Loop:
            m_nodes.append({NodeKind::ChainBroken,
                            -1,
                            tr("The chain loops back on itself"),
                            {},
                            {},
                            tr("Following the issuers leads back to a certificate already in the chain.")});
            break;
        case TrustGraph::Chain::End::Unverifiable:
            m_nodes.append(
                {NodeKind::ChainBroken,
                 -1,
                 tr("Signature cannot be checked here: %1").arg(top.issuerDisplayName()),
                 {},
                 {},
                 tr("The signature algorithm of %1 cannot be verified on this system.").arg(top.displayName())});
            break;
        }
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
            const Certificate& c = m_scan->pool.at(*it);
            const SelfSignedVerdict verdict = m_scan->graph.verdict(*it);
            m_nodes.append({NodeKind::Certificate, *it, c.displayName(), m_scan->storesOf(c.sha1Thumbprint()),
                            CertificateTableModel::verdictLabel(verdict),
                            tr("%1\nIssued by: %2\nThumbprint: %3\n%4")
                                .arg(c.subject(), c.issuer(), c.sha1Thumbprint(), verdictDescription(verdict))});
        }
    }
    endResetModel();
}

bool ChainTreeModel::isComplete() const
{
    return !m_nodes.isEmpty() && m_nodes.first().kind == NodeKind::Certificate;
}

QModelIndex ChainTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row != 0 || column < 0 || column >= ColumnCount)
        return {};
    // The internal id is the node's position: the top node is 0, its child 1, …
    const int node = parent.isValid() ? static_cast<int>(parent.internalId()) + 1 : 0;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (node >= m_nodes.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(node));
}

QModelIndex ChainTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int node = static_cast<int>(child.internalId());
    if (node == 0)
        return {};
    return createIndex(0, 0, static_cast<quintptr>(node - 1));
}

int ChainTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(parent.internalId()) + 1 < m_nodes.size() ? 1 : 0;
}

int ChainTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ChainTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int position = static_cast<int>(index.internalId());
    const Node& node = m_nodes.at(position);
    const bool selected = position == m_nodes.size() - 1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CertificateColumn:
            return node.text;
        case StoresColumn:
            return node.stores.join(QStringLiteral(", "));
        case VerdictColumn:
            return node.verdict;
        }
        return {};
    case Qt::ToolTipRole:
        return node.toolTip;
    case Qt::DecorationRole:
        if (index.column() != CertificateColumn)
            return {};
        return node.kind == NodeKind::Certificate
                   ? QVariant()
                   : QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    case Qt::FontRole:
        if (selected || node.kind != NodeKind::Certificate) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeKindRole:
        return static_cast<int>(node.kind);
    case PoolIdRole:
        return node.poolId;
    case ThumbprintRole:
        return node.poolId >= 0 ? m_scan->pool.at(node.poolId).sha1Thumbprint() : QString();
    }
    return {};
}

QVariant ChainTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case CertificateColumn:
        return tr("Certificate (root first)");
    case StoresColumn:
        return tr("Found in");
    case VerdictColumn:
        return tr("Verdict");
    }
    return {};
}

} // namespace certmend::ui
