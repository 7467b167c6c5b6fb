#pragma once

#include "store/CertificateStore.h"
#include "store/WinHelperConnection.h"

#include <memory>

namespace certmend {

/// CertificateStore of the live Windows machine, through certmend-winhelper (the elevated part on Windows, the
/// helper under Wine on Linux). The analysis, the remediation engine and the wizard use it like SnapshotStore.
class WinHelperStore : public CertificateStore
{
public:
    explicit WinHelperStore(std::shared_ptr<WinHelperConnection> connection);

    QStringList storeNames() const override;
    /// Every certificate of the logical store with its physical origin (registry, group policy, enterprise).
    Result<QList<StoreEntry>> list(const QString& storeName) const override;
    Result<void> add(const QString& storeName, const Certificate& certificate,
                     const QString& friendlyName = {}) override;
    Result<void> remove(const QString& storeName, const QString& sha1Thumbprint) override;
    /// False when the helper was started read-only. Elevation is checked per change (NotElevated).
    bool isWritable() const override;

    /// Whether the helper runs with administrator rights (changes are refused otherwise).
    Result<bool> isElevated() const;
    /// The registry key a physical store of `storeName` lives in, for messages and StoreEntry::sourcePath.
    static QString registryPath(const QString& storeName, StoreOrigin origin);

private:
    std::shared_ptr<WinHelperConnection> m_connection;
};

} // namespace certmend
