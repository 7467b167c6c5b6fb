#pragma once

#include "WizardSession.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace certmend::ui {

class CertificateFilterModel;
class CertificateTableModel;
class ChainView;

/// Step 3: what the scan found. All findings in plain words; the certificates of a store (Root by default, only
/// the problem ones at first) in a sortable, searchable table; the selected certificate's details and its chain,
/// root first, across all stores.
class FindingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FindingsPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;

    CertificateTableModel* tableModel() const { return m_model; }
    CertificateFilterModel* filterModel() const { return m_filter; }
    ChainView* chainView() const { return m_chain; }
    /// Selects the row of certificate `sha1Thumbprint` if it is shown; false otherwise.
    bool selectCertificate(const QString& sha1Thumbprint);
    /// The thumbprint of the selected certificate (empty when none).
    QString selectedThumbprint() const;

private:
    void fillStores();
    void showFindings();
    void showSelected();
    void updateCount();
    QString detailsHtml(int sourceRow) const;

    WizardSession& m_session;
    CertificateTableModel* m_model = nullptr;
    CertificateFilterModel* m_filter = nullptr;
    QTextBrowser* m_findings = nullptr;
    QComboBox* m_store = nullptr;
    QCheckBox* m_onlyProblems = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QTabWidget* m_tabs = nullptr;
    ChainView* m_chain = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace certmend::ui
