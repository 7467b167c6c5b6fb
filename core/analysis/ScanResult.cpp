#include "analysis/ScanResult.h"

#include <algorithm>

namespace certmend {

QStringList ScanResult::storesOf(const QString& sha1Thumbprint) const
{
    QStringList names;
    for (auto it = snapshot.stores.cbegin(); it != snapshot.stores.cend(); ++it) {
        for (const StoreEntry& entry : it.value()) {
            if (entry.certificate.sha1Thumbprint() != sha1Thumbprint)
                continue;
            const QString name = entry.origin == StoreOrigin::Registry || entry.origin == StoreOrigin::Unknown
                                     ? it.key()
                                     : QStringLiteral("%1 (%2)").arg(it.key(), storeOriginName(entry.origin));
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QList<StoreEntry> ScanResult::entries(const QString& storeName) const
{
    for (auto it = snapshot.stores.cbegin(); it != snapshot.stores.cend(); ++it) {
        if (it.key().compare(storeName, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

bool ScanResult::hasProblems() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return f.severity != Severity::Info; });
}

} // namespace certmend
