#include "pages/FindingsPage.h"

#include "models/CertificateFilterModel.h"
#include "models/CertificateTableModel.h"
#include "models/FindingHtml.h"
#include "widgets/ChainView.h"
#include "x509/SelfSignedVerdict.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace certmend::ui {

namespace {

const QString RootStore = QStringLiteral("Root");

/// The name Windows' certificate manager shows for a logical store.
QString friendlyStoreName(const QString& store)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("root"), QT_TRANSLATE_NOOP("FindingsPage", "Trusted Root Certification Authorities")},
        {QStringLiteral("authroot"), QT_TRANSLATE_NOOP("FindingsPage", "Third-Party Root Certification Authorities")},
        {QStringLiteral("ca"), QT_TRANSLATE_NOOP("FindingsPage", "Intermediate Certification Authorities")},
        {QStringLiteral("my"), QT_TRANSLATE_NOOP("FindingsPage", "Personal")},
        {QStringLiteral("clientauthissuer"), QT_TRANSLATE_NOOP("FindingsPage", "Client Authentication Issuers")},
        {QStringLiteral("disallowed"), QT_TRANSLATE_NOOP("FindingsPage", "Untrusted Certificates")},
        {QStringLiteral("trustedpeople"), QT_TRANSLATE_NOOP("FindingsPage", "Trusted People")},
        {QStringLiteral("trustedpublisher"), QT_TRANSLATE_NOOP("FindingsPage", "Trusted Publishers")},
    };
    const auto it = names.constFind(store.toLower());
    return it == names.cend() ? QString() : FindingsPage::tr(*it);
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString hexBytes(const QByteArray& bytes)
{
    return bytes.isEmpty() ? FindingsPage::tr("(none)") : QString::fromLatin1(bytes.toHex(' ').toUpper());
}

} // namespace

FindingsPage::FindingsPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new CertificateTableModel(this))
    , m_filter(new CertificateFilterModel(this))
{
    setObjectName(QStringLiteral("findingsPage"));
    setTitle(tr("What CertMend found"));
    setSubTitle(tr("The findings in plain words, then the certificates of a store. Select a certificate to see "
                   "its details and its chain, root first."));

    m_findings = new QTextBrowser(this);
    m_findings->setObjectName(QStringLiteral("findingsTextBrowser"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setOpenExternalLinks(true);

    auto* storeLabel = new QLabel(tr("&Store:"), this);
    m_store = new QComboBox(this);
    m_store->setObjectName(QStringLiteral("storeComboBox"));
    m_store->setAccessibleName(tr("Store"));
    m_store->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    storeLabel->setBuddy(m_store);
    m_onlyProblems = new QCheckBox(tr("Only &problems"), this);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsCheckBox"));
    m_onlyProblems->setChecked(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setAccessibleName(tr("Search certificates"));
    m_search->setPlaceholderText(tr("Search name or thumbprint"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    auto* filters = new QHBoxLayout;
    filters->addWidget(storeLabel);
    filters->addWidget(m_store);
    filters->addSpacing(12);
    filters->addWidget(m_onlyProblems);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);

    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("certificateTableView"));
    m_table->setAccessibleName(tr("Certificates"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: keyboard users move on to the details.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Names get the room; the short columns are sized once to what they hold, long values elide.
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CertificateTableModel::SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CertificateTableModel::IssuerColumn, QHeaderView::Stretch);
    const int character = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(CertificateTableModel::StatusColumn, 11 * character + 24);
    header->resizeSection(CertificateTableModel::ExpiresColumn, 12 * character);
    header->resizeSection(CertificateTableModel::ThumbprintColumn, 13 * character);
    header->resizeSection(CertificateTableModel::VerdictColumn, 19 * character);
    header->resizeSection(CertificateTableModel::StoreColumn, 10 * character);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->sortByColumn(CertificateTableModel::StatusColumn, Qt::DescendingOrder);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("certificateCountLabel"));
    m_count->setWordWrap(true);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_count);

    m_chain = new ChainView(this);
    m_chain->setObjectName(QStringLiteral("chainView"));
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("certificateDetailsTextBrowser"));
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setOpenExternalLinks(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("certificateTabWidget"));
    m_tabs->addTab(m_chain, tr("C&hain"));
    m_tabs->addTab(m_details, tr("&Details"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("findingsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_findings);
    splitter->addWidget(tableBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_store, m_onlyProblems);
    setTabOrder(m_onlyProblems, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_tabs);
    setTabOrder(m_tabs, m_chain);
    setTabOrder(m_chain, m_details);
    setTabOrder(m_details, m_findings);

    connect(m_store, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStore(m_store->currentData().toString());
        updateCount();
    });
    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOnlyProblems(on);
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPage::showSelected);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FindingsPage::showSelected);
}

void FindingsPage::initializePage()
{
    m_model->setScan(m_session.scan, RootStore);
    fillStores();
    m_filter->setOnlyProblems(m_onlyProblems->isChecked());
    showFindings();
    updateCount();
    // Start on the first problem: its chain is what the user came for.
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    else
        showSelected();
    m_table->setFocus();
}

void FindingsPage::fillStores()
{
    const QSignalBlocker blocker(m_store);
    m_store->clear();
    if (!m_session.scan)
        return;
    const QStringList stores = m_session.scan->snapshot.stores.keys();
    for (const QString& store : stores) {
        const QString friendly = friendlyStoreName(store);
        const int count = static_cast<int>(m_session.scan->snapshot.stores.value(store).size());
        m_store->addItem(friendly.isEmpty() ? tr("%1 (%n)", nullptr, count).arg(store)
                                            : tr("%1 — %2 (%n)", nullptr, count).arg(store, friendly),
                         store);
    }
    if (m_store->findData(RootStore, Qt::UserRole, Qt::MatchFixedString) < 0)
        m_store->insertItem(0, tr("Root — %1 (empty)").arg(friendlyStoreName(RootStore)), RootStore);
    m_store->addItem(tr("All stores"), QString());
    m_store->setCurrentIndex(m_store->findData(RootStore, Qt::UserRole, Qt::MatchFixedString));
    m_model->setStore(m_store->currentData().toString());
}

void FindingsPage::showFindings()
{
    if (!m_session.scan) {
        m_findings->clear();
        return;
    }
    m_findings->setHtml(FindingHtml::toHtml(
        m_session.scan->findings,
        tr("No problem found: every certificate in Trusted Root is a genuine root and the Schannel settings are "
           "the defaults.")));
}

void FindingsPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    const QString store = m_model->storeName().isEmpty() ? tr("all stores") : m_model->storeName();
    QString text = tr("Certificates in %1: %2, shown: %3.").arg(store).arg(total).arg(shown);
    if (shown == 0 && total > 0 && m_onlyProblems->isChecked() && m_search->text().isEmpty())
        text += QLatin1Char(' ') + tr("None of them has a problem; clear \"Only problems\" to see them all.");
    m_count->setText(text);
}

bool FindingsPage::selectCertificate(const QString& sha1Thumbprint)
{
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex index = m_filter->index(r, 0);
        if (index.data(CertificateTableModel::ThumbprintRole).toString().compare(sha1Thumbprint, Qt::CaseInsensitive) ==
            0) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

QString FindingsPage::selectedThumbprint() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CertificateTableModel::ThumbprintRole).toString() : QString();
}

void FindingsPage::showSelected()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid() || !m_session.scan) {
        m_chain->setChain(nullptr, -1);
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("Select a certificate to see its details.").toHtmlEscaped()));
        return;
    }
    m_chain->setChain(m_session.scan, m_model->poolId(current.row()));
    m_details->setHtml(detailsHtml(current.row()));
}

QString FindingsPage::detailsHtml(int sourceRow) const
{
    const StoreEntry& entry = m_model->entry(sourceRow);
    const Certificate& c = entry.certificate;
    const int id = m_model->poolId(sourceRow);
    const QLocale locale;
    QString html;
    const QList<const Finding*> findings = m_model->findingsFor(c.sha1Thumbprint(), entry.storeName);
    for (const Finding* finding : findings)
        html += FindingHtml::toHtml(*finding);
    html += QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Issued to"), c.subject());
    html += row(tr("Issued by"), c.issuer());
    if (id >= 0) {
        const SelfSignedVerdict verdict = m_session.scan->graph.verdict(id);
        html += row(tr("Verdict"),
                    CertificateTableModel::verdictLabel(verdict) + QStringLiteral(": ") + verdictDescription(verdict));
        html += row(tr("Found in"), m_session.scan->storesOf(c.sha1Thumbprint()).join(QStringLiteral(", ")));
    }
    html += row(tr("Valid from"), locale.toString(c.notBefore().toLocalTime(), QLocale::LongFormat));
    html += row(tr("Valid to"), locale.toString(c.notAfter().toLocalTime(), QLocale::LongFormat));
    html += row(tr("Thumbprint (SHA-1)"), c.sha1Thumbprint());
    html += row(tr("SHA-256"), c.sha256Thumbprint());
    html += row(tr("Serial number"), c.serialNumber());
    html += row(tr("Public key"), c.keyBits() > 0 ? tr("%1, %2 bits").arg(c.keyType()).arg(c.keyBits()) : c.keyType());
    html += row(tr("Signature algorithm"), c.signatureAlgorithm());
    html += row(tr("Version"), QString::number(c.version()));
    html += row(tr("Certificate authority"),
                !c.hasBasicConstraints() ? tr("not stated (no basic constraints)")
                : c.isCa() ? (c.pathLength() >= 0 ? tr("yes, path length %1").arg(c.pathLength()) : tr("yes"))
                           : tr("no"));
    html += row(tr("Key usage"), c.hasKeyUsage() ? c.keyUsage().join(QStringLiteral(", ")) : tr("(any)"));
    html += row(tr("Enhanced key usage"),
                c.extendedKeyUsage().isEmpty() ? tr("(any)") : c.extendedKeyUsage().join(QStringLiteral(", ")));
    html += row(tr("Subject key identifier"), hexBytes(c.subjectKeyId()));
    html += row(tr("Authority key identifier"), hexBytes(c.authorityKeyId()));
    if (!entry.friendlyName.isEmpty())
        html += row(tr("Friendly name"), entry.friendlyName);
    html += row(tr("Physical store"), storeOriginName(entry.origin));
    if (!entry.sourcePath.isEmpty())
        html += row(tr("File"), QDir::toNativeSeparators(entry.sourcePath));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace certmend::ui
