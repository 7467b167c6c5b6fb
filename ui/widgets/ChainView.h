#pragma once

#include "analysis/ScanResult.h"

#include <QWidget>

#include <memory>

class QTreeView;

namespace certmend::ui {

class ChainTreeModel;

/// A certificate's chain across the machine's stores, root first, always fully expanded ("chainTreeView").
class ChainView : public QWidget
{
    Q_OBJECT
public:
    explicit ChainView(QWidget* parent = nullptr);

    /// Shows the chain of pool certificate `poolId` (-1: nothing).
    void setChain(std::shared_ptr<const ScanResult> scan, int poolId);
    ChainTreeModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_view; }

private:
    ChainTreeModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
};

} // namespace certmend::ui
