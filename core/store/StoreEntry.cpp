#include "store/StoreEntry.h"

namespace certmend {

QString storeOriginName(StoreOrigin origin)
{
    switch (origin) {
    case StoreOrigin::Registry:
        return QStringLiteral("registry");
    case StoreOrigin::GroupPolicy:
        return QStringLiteral("grouppolicy");
    case StoreOrigin::Enterprise:
        return QStringLiteral("enterprise");
    case StoreOrigin::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

StoreOrigin storeOriginFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("registry"))
        return StoreOrigin::Registry;
    if (n == QLatin1String("grouppolicy"))
        return StoreOrigin::GroupPolicy;
    if (n == QLatin1String("enterprise"))
        return StoreOrigin::Enterprise;
    return StoreOrigin::Unknown;
}

} // namespace certmend
