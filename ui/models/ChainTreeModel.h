#pragma once

#include "analysis/ScanResult.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace certmend::ui {

/// One certificate's chain as a tree, root first: each node's only child is the certificate it issued, down to
/// the selected certificate. When the chain stops short of a root, a visible first node says why
/// ("Issuer not found: <name>"). Column 0 names the certificate, column 1 lists the stores it is in.
class ChainTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        CertificateColumn,
        StoresColumn,
        VerdictColumn,
        ColumnCount
    };
    enum class NodeKind
    {
        Certificate,
        IssuerNotFound,
        ChainBroken
    };
    enum Role
    {
        NodeKindRole = Qt::UserRole + 1, ///< int: NodeKind
        PoolIdRole,                      ///< int: pool id of a certificate node, -1 otherwise
        ThumbprintRole,                  ///< QString: SHA-1 of a certificate node
    };

    explicit ChainTreeModel(QObject* parent = nullptr);

    /// Shows the chain of pool certificate `poolId`; -1 or a null scan clears the tree.
    void setChain(std::shared_ptr<const ScanResult> scan, int poolId);
    void clear() { setChain(nullptr, -1); }

    /// Number of nodes from the top (root or "issuer not found") down to the selected certificate.
    int depth() const { return static_cast<int>(m_nodes.size()); }
    /// Whether the chain ends at a root.
    bool isComplete() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Certificate;
        int poolId = -1;
        QString text;
        QStringList stores;
        QString verdict;
        QString toolTip;
    };

    std::shared_ptr<const ScanResult> m_scan;
    QList<Node> m_nodes; ///< top first; node i+1 is the only child of node i
};

} // namespace certmend::ui
