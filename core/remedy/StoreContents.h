#pragma once

#include "store/CertificateStore.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace certmend {

/// Which certificates (by SHA-1 and physical origin) some logical stores hold: what a plan expects to find
/// before it runs, and what the verification compares after.
class StoreContents
{
public:
    /// Lists `storeNames` from `store`.
    static Result<StoreContents> read(const CertificateStore& store, const QStringList& storeNames);

    QStringList storeNames() const { return m_stores.keys(); }
    bool contains(const QString& storeName, const QString& sha1, StoreOrigin origin = StoreOrigin::Registry) const;
    /// True when any origin of `storeName` holds the certificate.
    bool containsAnyOrigin(const QString& storeName, const QString& sha1) const;
    /// Origins other than Registry that hold the certificate in `storeName` (Group Policy, Enterprise, Unknown).
    QList<StoreOrigin> otherOrigins(const QString& storeName, const QString& sha1) const;

    void insert(const QString& storeName, const QString& sha1, StoreOrigin origin = StoreOrigin::Registry);
    void erase(const QString& storeName, const QString& sha1, StoreOrigin origin = StoreOrigin::Registry);
    /// Makes `storeName` known (and empty if it was not).
    void ensureStore(const QString& storeName);

    /// What differs from `expected`, one line each ("Root: 12AB… (registry) is missing"); empty when equal.
    QStringList differencesFrom(const StoreContents& expected) const;

    QJsonObject toJson() const;
    static Result<StoreContents> fromJson(const QJsonObject& object);

    friend bool operator==(const StoreContents&, const StoreContents&) = default;

private:
    static QString key(const QString& sha1, StoreOrigin origin);
    QString canonical(const QString& storeName) const;

    QMap<QString, QSet<QString>> m_stores; ///< store → {"registry/SHA1", …}
};

} // namespace certmend
