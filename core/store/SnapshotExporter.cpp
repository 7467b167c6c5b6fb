#include "store/SnapshotExporter.h"

#include "store/DurableFile.h"
#include "store/SnapshotWriter.h"

#include <QDir>
#include <QSet>

namespace certmend {

QString SnapshotExporter::certificatePath(const StoreEntry& entry)
{
    QString path = QStringLiteral("stores/") + entry.storeName + QLatin1Char('/');
    if (entry.origin != StoreOrigin::Unknown)
        path += storeOriginName(entry.origin) + QLatin1Char('/');
    return path + entry.certificate.sha1Thumbprint() + QStringLiteral(".cer");
}

Result<SnapshotExporter::Summary> SnapshotExporter::write(const MachineSnapshot& snapshot, const QString& folder)
{
    if (auto created = SnapshotWriter::create(folder, snapshot.manifest); !created)
        return created.error();
    const QDir dir(folder);
    Summary summary;
    for (auto it = snapshot.stores.cbegin(); it != snapshot.stores.cend(); ++it) {
        // Store names come from the machine: one that could leave stores/ is not written.
        if (it.key().isEmpty() || it.key().contains(QLatin1Char('/')) || it.key().contains(QLatin1Char('\\')) ||
            it.key() == QLatin1String(".") || it.key() == QLatin1String(".."))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("store name \"%1\" cannot be a folder name").arg(it.key()), folder);
        const QString storeFolder = dir.filePath(QStringLiteral("stores/") + it.key());
        if (!QDir().mkpath(storeFolder))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder"), storeFolder);
        ++summary.stores;
        QSet<QString> written;
        for (StoreEntry entry : it.value()) {
            entry.storeName = it.key();
            const QString relative = certificatePath(entry);
            if (written.contains(relative.toLower()))
                continue;
            written.insert(relative.toLower());
            if (auto saved = DurableFile::write(dir.filePath(relative), entry.certificate.der()); !saved)
                return saved.error();
            ++summary.certificates;
        }
        if (auto synced = DurableFile::syncDirectory(storeFolder); !synced)
            return synced.error();
    }
    if (!snapshot.schannelRegPath.isEmpty()) {
        if (auto saved = SnapshotWriter::saveSchannelReg(folder, snapshot.schannelReg); !saved)
            return saved.error();
        summary.schannel = true;
    }
    if (!snapshot.sslcertPath.isEmpty()) {
        if (auto saved = SnapshotWriter::saveSslcert(folder, snapshot.sslcertText); !saved)
            return saved.error();
        summary.bindings = true;
    }
    return summary;
}

} // namespace certmend
