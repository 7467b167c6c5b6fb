#include "models/CertificateTableModel.h"

#include "x509/SelfSignedVerdict.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QStyle>

namespace certmend::ui {

namespace {

QString severityKey(const QString& thumbprint, const QString& storeName)
{
    return thumbprint + QLatin1Char('|') + storeName.toLower();
}

CertificateTableModel::Status statusFor(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return CertificateTableModel::Status::Info;
    case Severity::Warning:
        return CertificateTableModel::Status::Warning;
    case Severity::Error:
        return CertificateTableModel::Status::Error;
    }
    return CertificateTableModel::Status::Ok;
}

QString storeLabel(const StoreEntry& entry)
{
    switch (entry.origin) {
    case StoreOrigin::GroupPolicy:
        return CertificateTableModel::tr("%1 (Group Policy)").arg(entry.storeName);
    case StoreOrigin::Enterprise:
        return CertificateTableModel::tr("%1 (Enterprise)").arg(entry.storeName);
    case StoreOrigin::Registry:
    case StoreOrigin::Unknown:
        break;
    }
    return entry.storeName;
}

} // namespace

CertificateTableModel::CertificateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CertificateTableModel::setScan(std::shared_ptr<const ScanResult> scan, const QString& storeName)
{
    beginResetModel();
    m_scan = std::move(scan);
    m_storeName = storeName;
    m_severity.clear();
    if (m_scan) {
        for (const Finding& finding : m_scan->findings) {
            for (const FindingSubject& subject : finding.certificates) {
                const QString key = severityKey(subject.sha1Thumbprint, subject.storeName);
                const auto it = m_severity.constFind(key);
                if (it == m_severity.cend() || *it < finding.severity)
                    m_severity.insert(key, finding.severity);
            }
        }
    }
    rebuild();
    endResetModel();
}

void CertificateTableModel::setStore(const QString& storeName)
{
    if (storeName == m_storeName)
        return;
    beginResetModel();
    m_storeName = storeName;
    rebuild();
    endResetModel();
}

void CertificateTableModel::rebuild()
{
    m_rows.clear();
    if (!m_scan)
        return;
    const auto addStore = [this](const QList<StoreEntry>& entries) {
        for (const StoreEntry& entry : entries) {
            Row row;
            row.entry = entry;
            row.poolId = m_scan->pool.indexOf(entry.certificate.sha1Thumbprint());
            row.status = statusOf(entry.certificate.sha1Thumbprint(), entry.storeName);
            m_rows.append(std::move(row));
        }
    };
    if (m_storeName.isEmpty()) {
        for (const QList<StoreEntry>& entries : m_scan->snapshot.stores)
            addStore(entries);
    } else {
        addStore(m_scan->entries(m_storeName));
    }
}

CertificateTableModel::Status CertificateTableModel::statusOf(const QString& thumbprint, const QString& storeName) const
{
    Status status = Status::Ok;
    for (const QString& key : {severityKey(thumbprint, storeName), severityKey(thumbprint, QString())}) {
        const auto it = m_severity.constFind(key);
        if (it != m_severity.cend())
            status = std::max(status, statusFor(*it));
    }
    return status;
}

const StoreEntry& CertificateTableModel::entry(int row) const
{
    return m_rows.at(row).entry;
}

int CertificateTableModel::poolId(int row) const
{
    return m_rows.at(row).poolId;
}

CertificateTableModel::Status CertificateTableModel::status(int row) const
{
    return m_rows.at(row).status;
}

int CertificateTableModel::rowOf(const QString& sha1Thumbprint) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.certificate.sha1Thumbprint().compare(sha1Thumbprint, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QList<const Finding*> CertificateTableModel::findingsFor(const QString& sha1Thumbprint, const QString& storeName) const
{
    QList<const Finding*> found;
    if (!m_scan)
        return found;
    for (const Finding& finding : m_scan->findings) {
        for (const FindingSubject& subject : finding.certificates) {
            if (subject.sha1Thumbprint.compare(sha1Thumbprint, Qt::CaseInsensitive) == 0 &&
                (subject.storeName.isEmpty() || subject.storeName.compare(storeName, Qt::CaseInsensitive) == 0)) {
                found.append(&finding);
                break;
            }
        }
    }
    return found;
}

QString CertificateTableModel::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("OK");
    case Status::Info:
        return tr("Note");
    case Status::Warning:
        return tr("Warning");
    case Status::Error:
        return tr("Problem");
    }
    return {};
}

QIcon CertificateTableModel::statusIcon(Status status)
{
    const auto load = [](const char* name, QStyle::StandardPixmap fallback) {
        const QString path = QStringLiteral(":/icons/status-%1.svg").arg(QLatin1String(name));
        if (QFile::exists(path))
            return QIcon(path);
        return QApplication::style()->standardIcon(fallback);
    };
    // Looked up once: a view asks for the icon of every visible row on every repaint.
    static const QIcon icons[] = {
        load("ok", QStyle::SP_DialogApplyButton), load("info", QStyle::SP_MessageBoxInformation),
        load("warning", QStyle::SP_MessageBoxWarning), load("error", QStyle::SP_MessageBoxCritical)};
    return icons[static_cast<int>(status)];
}

QString CertificateTableModel::verdictLabel(SelfSignedVerdict verdict)
{
    switch (verdict) {
    case SelfSignedVerdict::SelfSignedRoot:
        return tr("Root");
    case SelfSignedVerdict::RootAlgorithmUnsupported:
        return tr("Root (old algorithm)");
    case SelfSignedVerdict::RootSignatureUnverified:
        return tr("Root (signature not verified)");
    case SelfSignedVerdict::SelfIssuedRollover:
        return tr("Key-rollover link");
    case SelfSignedVerdict::IntermediateCa:
        return tr("Intermediate CA");
    case SelfSignedVerdict::EndEntity:
        return tr("End entity");
    }
    return {};
}

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::display(const Row& row, int column) const
{
    const Certificate& c = row.entry.certificate;
    switch (column) {
    case StatusColumn:
        return statusText(row.status);
    case SubjectColumn:
        return c.displayName();
    case IssuerColumn:
        return c.issuerDisplayName();
    case ExpiresColumn:
        return QLocale().toString(c.notAfter().toLocalTime().date(), QLocale::ShortFormat);
    case ThumbprintColumn:
        return c.sha1Thumbprint();
    case VerdictColumn:
        return row.poolId >= 0 ? verdictLabel(m_scan->graph.verdict(row.poolId)) : QString();
    case StoreColumn:
        return storeLabel(row.entry);
    }
    return {};
}

QVariant CertificateTableModel::sortKey(const Row& row, int column) const
{
    switch (column) {
    case StatusColumn:
        return static_cast<int>(row.status);
    case ExpiresColumn:
        return row.entry.certificate.notAfter();
    default:
        return display(row, column);
    }
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Certificate& c = row.entry.certificate;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(row.status)) : QVariant();
    case Qt::ToolTipRole: {
        if (index.column() == VerdictColumn && row.poolId >= 0)
            return verdictDescription(m_scan->graph.verdict(row.poolId));
        if (index.column() == StatusColumn) {
            QStringList titles;
            for (const Finding* finding : findingsFor(c.sha1Thumbprint(), row.entry.storeName))
                titles.append(finding->title);
            return titles.isEmpty() ? tr("No finding names this certificate.") : titles.join(QLatin1Char('\n'));
        }
        if (index.column() == SubjectColumn)
            return c.subject();
        if (index.column() == IssuerColumn)
            return c.issuer();
        if (index.column() == ExpiresColumn)
            return QLocale().toString(c.notAfter().toLocalTime(), QLocale::LongFormat);
        return {};
    }
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case PoolIdRole:
        return row.poolId;
    case ThumbprintRole:
        return c.sha1Thumbprint();
    case StatusRole:
        return static_cast<int>(row.status);
    case ProblemRole:
        return row.status == Status::Warning || row.status == Status::Error;
    case StoreRole:
        return row.entry.storeName;
    case SearchTextRole:
        return QStringList{c.subject(), c.issuer(), c.sha1Thumbprint(), c.displayName()}.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SubjectColumn:
        return tr("Issued to");
    case IssuerColumn:
        return tr("Issued by");
    case ExpiresColumn:
        return tr("Expires");
    case ThumbprintColumn:
        return tr("Thumbprint");
    case VerdictColumn:
        return tr("Verdict");
    case StoreColumn:
        return tr("Store");
    }
    return {};
}

} // namespace certmend::ui
