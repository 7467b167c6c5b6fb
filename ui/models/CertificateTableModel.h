#pragma once

#include "analysis/Finding.h"
#include "analysis/ScanResult.h"
#include "x509/SelfSignedVerdict.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>

#include <memory>

namespace certmend::ui {

/// The certificates of one logical store (or of all stores) of a scan, one row per store entry, with a status
/// derived from the findings that name them. Sort with SortRole; filter with CertificateFilterModel.
class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        SubjectColumn,
        IssuerColumn,
        ExpiresColumn,
        ThumbprintColumn,
        VerdictColumn,
        StoreColumn,
        ColumnCount
    };
    /// How a row looks in the status column; ordered by how bad it is.
    enum class Status
    {
        Ok,
        Info,
        Warning,
        Error
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (dates as dates, status by badness)
        PoolIdRole,                  ///< int: the certificate's id in ScanResult::pool
        ThumbprintRole,              ///< QString: SHA-1, 40 upper-case hex digits
        StatusRole,                  ///< int: Status
        ProblemRole,                 ///< bool: a Warning or Error finding names this certificate in this store
        StoreRole,                   ///< QString: the logical store name of the row
        SearchTextRole,              ///< QString: subject, issuer and thumbprint, for the search field
    };

    explicit CertificateTableModel(QObject* parent = nullptr);

    /// Shows `storeName`'s entries (case-insensitive), or every store's when `storeName` is empty.
    void setScan(std::shared_ptr<const ScanResult> scan, const QString& storeName = QStringLiteral("Root"));
    void setStore(const QString& storeName);
    const QString& storeName() const { return m_storeName; }
    const ScanResult* scan() const { return m_scan.get(); }

    /// The store entry behind `row` (0 <= row < rowCount()).
    const StoreEntry& entry(int row) const;
    int poolId(int row) const;
    Status status(int row) const;
    /// The row of the first entry with this thumbprint, -1 when absent.
    int rowOf(const QString& sha1Thumbprint) const;
    /// Titles of the findings that name a certificate (in its store, or anywhere when the finding names no store).
    QList<const Finding*> findingsFor(const QString& sha1Thumbprint, const QString& storeName) const;

    static QString statusText(Status status);
    /// ui-back's SVG (":/icons/status-<name>.svg") when embedded, else the style's standard icon.
    static QIcon statusIcon(Status status);
    /// A short translated name for a verdict, for a table column ("Root", "Intermediate CA", …).
    static QString verdictLabel(SelfSignedVerdict verdict);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        StoreEntry entry;
        int poolId = -1;
        Status status = Status::Ok;
    };

    void rebuild();
    Status statusOf(const QString& sha1Thumbprint, const QString& storeName) const;
    QVariant display(const Row& row, int column) const;
    QVariant sortKey(const Row& row, int column) const;

    std::shared_ptr<const ScanResult> m_scan;
    QString m_storeName;
    QList<Row> m_rows;
    /// Worst severity per "THUMBPRINT|Store" (a finding naming the store) and per "THUMBPRINT|" (naming none).
    QHash<QString, Severity> m_severity;
};

} // namespace certmend::ui
