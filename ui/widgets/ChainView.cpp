#include "widgets/ChainView.h"

#include "models/ChainTreeModel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace certmend::ui {

ChainView::ChainView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ChainTreeModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("chainTreeView"));
    m_view->setAccessibleName(tr("Certificate chain, root first"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setItemsExpandable(false);
    m_view->setRootIsDecorated(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChainTreeModel::CertificateColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChainTreeModel::StoresColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChainTreeModel::VerdictColumn, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

void ChainView::setChain(std::shared_ptr<const ScanResult> scan, int poolId)
{
    m_model->setChain(std::move(scan), poolId);
    m_view->expandAll();
    // The selected certificate is the deepest node: show it without scrolling.
    QModelIndex deepest = m_model->index(0, 0);
    while (m_model->rowCount(deepest) > 0)
        deepest = m_model->index(0, 0, deepest);
    if (deepest.isValid())
        m_view->setCurrentIndex(deepest);
}

} // namespace certmend::ui
