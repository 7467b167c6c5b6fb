#pragma once

#include "store/StoreEntry.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace certmend {

/// A machine's certificate stores, as something that can be listed and changed. Implemented by the snapshot
/// folder (SnapshotStore) and, on Windows, by the live CryptoAPI backend. The remediation engine only talks to this.
class CertificateStore
{
public:
    virtual ~CertificateStore() = default;

    /// Names of the logical stores present (Root, CA, …).
    virtual QStringList storeNames() const = 0;
    /// Every certificate of a logical store, all physical origins together. A store that does not exist is empty.
    virtual Result<QList<StoreEntry>> list(const QString& storeName) const = 0;
    /// Adds a certificate to the machine's own (registry) physical store of `storeName`, creating the store if
    /// needed. Adding a certificate that is already there succeeds and changes nothing.
    virtual Result<void> add(const QString& storeName, const Certificate& certificate,
                             const QString& friendlyName = {}) = 0;
    /// Removes a certificate (by SHA-1 thumbprint) from the registry physical store of `storeName`.
    /// Group Policy and Enterprise copies are not touched (they would come back); NotFound when absent.
    virtual Result<void> remove(const QString& storeName, const QString& sha1Thumbprint) = 0;
    /// False for read-only sources (a single .sst file given on the command line, a training scenario).
    virtual bool isWritable() const = 0;
};

} // namespace certmend
