#pragma once

#include "store/CertificateStore.h"
#include "store/StoreEntry.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

namespace certmend {

/// A logical store's certificates together with what could not be read (a bad file never fails the store).
struct StoreListing
{
    QList<StoreEntry> entries;
    QList<Error> issues; ///< one per file that could not be read, naming the file and the reason
};

/// CertificateStore over a snapshot folder's stores/ (see the snapshot format), or over one certificate file
/// (.sst/.pem/.p7b/.cer) read as a read-only Root store. Changes are written durably (fsync of file and folder).
class SnapshotStore : public CertificateStore
{
public:
    /// The stores of the snapshot folder `snapshotRoot`. Read-only when `readOnly` or under ":/" (a scenario).
    explicit SnapshotStore(const QString& snapshotRoot, bool readOnly = false);
    /// One certificate file as the (read-only) Root store.
    static SnapshotStore singleFile(const QString& filePath);

    QStringList storeNames() const override;
    Result<QList<StoreEntry>> list(const QString& storeName) const override;
    /// list() plus the files that could not be read.
    StoreListing listing(const QString& storeName) const;
    Result<void> add(const QString& storeName, const Certificate& certificate,
                     const QString& friendlyName = {}) override;
    Result<void> remove(const QString& storeName, const QString& sha1Thumbprint) override;
    bool isWritable() const override;

    QString rootPath() const { return m_root; }
    bool isSingleFile() const { return !m_singleFile.isEmpty(); }

    /// The Windows spelling of a well-known store name ("root" → "Root"); other names unchanged.
    static QString canonicalStoreName(const QString& name);
    /// File suffixes read as certificate files inside a store folder (lower case, no dot).
    static const QStringList& certificateSuffixes();

private:
    struct Location
    {
        QStringList folders;  ///< stores/<Name>/ matched case-insensitively
        QStringList sstFiles; ///< stores/<Name>.sst
    };

    QString storesPath() const;
    Location locate(const QString& storeName) const;
    void readFolder(const QString& folder, const QString& storeName, StoreListing& out) const;
    void readPhysical(const QString& folder, const QString& storeName, StoreOrigin origin, StoreListing& out) const;
    void readFile(const QString& path, const QString& storeName, StoreOrigin origin, StoreListing& out) const;
    Result<void> checkWritable(const QString& storeName) const;
    Result<void> addToSst(const QString& sstPath, const Certificate& certificate, const QString& friendlyName);
    Result<void> removeFromFile(const QString& path, const QString& sha1);
    /// Registry copies of `storeName`: thumbprint → the files holding one.
    const QMultiHash<QString, QString>& registryIndex(const QString& storeName) const;

    QString m_root;
    QString m_canonicalRoot;
    QString m_singleFile;
    bool m_readOnly = false;
    /// Per store, the registry copies seen by the last listing and kept up to date by add() and remove(), so that
    /// a fix of N actions does not read and parse the whole store N times. Every listing refreshes it; the
    /// remediation engine lists before it applies and after, so a change made behind its back is still caught.
    mutable QHash<QString, QMultiHash<QString, QString>> m_registryIndex;
};

} // namespace certmend
