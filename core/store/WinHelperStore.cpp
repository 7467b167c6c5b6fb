#include "store/WinHelperStore.h"

#include "store/SnapshotStore.h"

namespace certmend {

WinHelperStore::WinHelperStore(std::shared_ptr<WinHelperConnection> connection)
    : m_connection(std::move(connection))
{}

QString WinHelperStore::registryPath(const QString& storeName, StoreOrigin origin)
{
    switch (origin) {
    case StoreOrigin::GroupPolicy:
        return QStringLiteral("HKLM\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\") + storeName;
    case StoreOrigin::Enterprise:
        return QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\") + storeName;
    case StoreOrigin::Registry:
    case StoreOrigin::Unknown:
        break;
    }
    return QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\") + storeName;
}

QStringList WinHelperStore::storeNames() const
{
    const Result<QString> response = m_connection->request(QStringLiteral("stores"));
    if (!response)
        return {};
    QStringList names;
    for (const QString& name : response->split(QLatin1Char(' '), Qt::SkipEmptyParts))
        names += SnapshotStore::canonicalStoreName(WinHelperConnection::decodeArgument(name));
    return names;
}

Result<QList<StoreEntry>> WinHelperStore::list(const QString& storeName) const
{
    const QString name = SnapshotStore::canonicalStoreName(storeName);
    const Result<QString> response =
        m_connection->request(QStringLiteral("list ") + WinHelperConnection::encodeArgument(name));
    if (!response)
        return response.error();
    QList<StoreEntry> entries;
    int index = 0;
    for (const QString& item : response->split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        ++index;
        const QStringList parts = item.split(QLatin1Char(','));
        const StoreOrigin origin = storeOriginFromName(parts.value(0));
        const QString source = registryPath(name, origin);
        if (parts.size() < 2)
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("entry %1 of the helper's list is malformed").arg(index), source);
        const QByteArray der = QByteArray::fromBase64(parts[1].toLatin1());
        Result<Certificate> certificate = Certificate::fromDer(der, QStringLiteral("%1#%2").arg(source).arg(index));
        if (!certificate)
            return certificate.error();
        StoreEntry entry;
        entry.certificate = std::move(certificate).value();
        entry.storeName = name;
        entry.origin = origin;
        if (parts.size() > 2 && parts[2] != QLatin1String("-"))
            entry.friendlyName = QString::fromUtf8(QByteArray::fromBase64(parts[2].toLatin1()));
        entry.sourcePath = source;
        entries += entry;
    }
    return entries;
}

Result<void> WinHelperStore::add(const QString& storeName, const Certificate& certificate, const QString& friendlyName)
{
    if (certificate.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("cannot add a null certificate"));
    QString line = QStringLiteral("add %1 %2")
                       .arg(WinHelperConnection::encodeArgument(SnapshotStore::canonicalStoreName(storeName)),
                            QString::fromLatin1(certificate.der().toBase64()));
    if (!friendlyName.isEmpty())
        line += QLatin1Char(' ') + QString::fromLatin1(friendlyName.toUtf8().toBase64());
    const Result<QString> response = m_connection->request(line);
    if (!response)
        return response.error();
    return {};
}

Result<void> WinHelperStore::remove(const QString& storeName, const QString& sha1Thumbprint)
{
    QString thumbprint;
    for (const QChar c : sha1Thumbprint) {
        if (c.isLetterOrNumber())
            thumbprint += c.toUpper();
    }
    const Result<QString> response = m_connection->request(
        QStringLiteral("remove %1 %2")
            .arg(WinHelperConnection::encodeArgument(SnapshotStore::canonicalStoreName(storeName)), thumbprint));
    if (!response)
        return response.error();
    return {};
}

bool WinHelperStore::isWritable() const
{
    return !m_connection->options().readOnly;
}

Result<bool> WinHelperStore::isElevated() const
{
    const Result<QString> response = m_connection->request(QStringLiteral("elevated"));
    if (!response)
        return response.error();
    return *response == QLatin1String("1");
}

} // namespace certmend
