#include "remedy/StoreContents.h"

#include "remedy/RemediationAction.h"

#include <QJsonArray>

#include <algorithm>

namespace certmend {

Result<StoreContents> StoreContents::read(const CertificateStore& store, const QStringList& storeNames)
{
    StoreContents contents;
    for (const QString& name : storeNames) {
        const QString storeName = contents.canonical(name);
        contents.ensureStore(storeName);
        auto entries = store.list(storeName);
        if (!entries)
            return entries.error();
        for (const StoreEntry& entry : *entries)
            contents.insert(storeName, entry.certificate.sha1Thumbprint(), entry.origin);
    }
    return contents;
}

QString StoreContents::key(const QString& sha1, StoreOrigin origin)
{
    return storeOriginName(origin) + QLatin1Char('/') + sha1.toUpper();
}

QString StoreContents::canonical(const QString& storeName) const
{
    // Windows store names are case-insensitive: "root" in a finding and "Root" in the snapshot are one store.
    for (auto it = m_stores.cbegin(); it != m_stores.cend(); ++it) {
        if (it.key().compare(storeName, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return storeName;
}

bool StoreContents::contains(const QString& storeName, const QString& sha1, StoreOrigin origin) const
{
    return m_stores.value(canonical(storeName)).contains(key(sha1, origin));
}

bool StoreContents::containsAnyOrigin(const QString& storeName, const QString& sha1) const
{
    const QString suffix = QLatin1Char('/') + sha1.toUpper();
    const QSet<QString> keys = m_stores.value(canonical(storeName));
    return std::any_of(keys.cbegin(), keys.cend(), [&](const QString& k) { return k.endsWith(suffix); });
}

QList<StoreOrigin> StoreContents::otherOrigins(const QString& storeName, const QString& sha1) const
{
    QList<StoreOrigin> result;
    for (StoreOrigin origin : {StoreOrigin::GroupPolicy, StoreOrigin::Enterprise, StoreOrigin::Unknown}) {
        if (contains(storeName, sha1, origin))
            result << origin;
    }
    return result;
}

void StoreContents::insert(const QString& storeName, const QString& sha1, StoreOrigin origin)
{
    m_stores[canonical(storeName)].insert(key(sha1, origin));
}

void StoreContents::erase(const QString& storeName, const QString& sha1, StoreOrigin origin)
{
    m_stores[canonical(storeName)].remove(key(sha1, origin));
}

void StoreContents::ensureStore(const QString& storeName)
{
    m_stores[canonical(storeName)];
}

QStringList StoreContents::differencesFrom(const StoreContents& expected) const
{
    QStringList lines;
    auto describe = [](const QString& store, const QString& k, const char* what) {
        const QString origin = k.section(QLatin1Char('/'), 0, 0);
        const QString sha1 = k.section(QLatin1Char('/'), 1);
        return QStringLiteral("%1: %2 (%3) %4").arg(store, sha1, origin, QLatin1String(what));
    };
    for (auto it = expected.m_stores.cbegin(); it != expected.m_stores.cend(); ++it) {
        const QSet<QString> actual = m_stores.value(canonical(it.key()));
        QStringList missing(it.value().cbegin(), it.value().cend());
        QStringList extra;
        for (const QString& k : actual) {
            if (!it.value().contains(k))
                extra << k;
        }
        missing.erase(
            std::remove_if(missing.begin(), missing.end(), [&](const QString& k) { return actual.contains(k); }),
            missing.end());
        missing.sort();
        extra.sort();
        for (const QString& k : missing)
            lines << describe(it.key(), k, "is missing");
        for (const QString& k : extra)
            lines << describe(it.key(), k, "was not expected");
    }
    return lines;
}

QJsonObject StoreContents::toJson() const
{
    QJsonObject stores;
    for (auto it = m_stores.cbegin(); it != m_stores.cend(); ++it) {
        QStringList keys(it.value().cbegin(), it.value().cend());
        keys.sort();
        stores.insert(it.key(), QJsonArray::fromStringList(keys));
    }
    return stores;
}

Result<StoreContents> StoreContents::fromJson(const QJsonObject& object)
{
    StoreContents contents;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!RemediationAction::isSafeStoreName(it.key()))
            return makeError(ErrorCode::OutsideSnapshot,
                             QStringLiteral("store name \"%1\" is not a plain store name").arg(it.key()));
        if (!it.value().isArray())
            return makeError(ErrorCode::BadFormat, QStringLiteral("store \"%1\": expected a list").arg(it.key()));
        contents.ensureStore(it.key());
        for (const QJsonValue& value : it.value().toArray()) {
            const QString k = value.toString();
            const QString origin = k.section(QLatin1Char('/'), 0, 0);
            const QString sha1 = k.section(QLatin1Char('/'), 1);
            if (storeOriginName(storeOriginFromName(origin)) != origin || !RemediationAction::isThumbprint(sha1))
                return makeError(ErrorCode::BadFormat,
                                 QStringLiteral("store \"%1\": bad entry \"%2\"").arg(it.key(), k));
            contents.insert(it.key(), sha1, storeOriginFromName(origin));
        }
    }
    return contents;
}

} // namespace certmend
