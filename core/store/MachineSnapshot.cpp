#include "store/MachineSnapshot.h"

#include "store/SnapshotFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

namespace certmend {

namespace {

QString decodeText(const QByteArray& bytes)
{
    // netsh output redirected by PowerShell 5 is UTF-16LE with a BOM; by cmd.exe it is the OEM code page.
    if (const auto encoding = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*encoding);
        return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

} // namespace

Result<MachineSnapshot> MachineSnapshot::load(const QString& path)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no snapshot path given"));
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::FileNotFound,
                         info.isSymLink() ? QStringLiteral("is a link to something that does not exist")
                                          : QStringLiteral("does not exist"),
                         path);
    if (info.isDir())
        return loadFolder(path);
    if (info.isFile())
        return loadFile(path);
    return makeError(ErrorCode::FileUnreadable, QStringLiteral("is neither a snapshot folder nor a certificate file"),
                     path);
}

Result<MachineSnapshot> MachineSnapshot::loadFile(const QString& path)
{
    const SnapshotStore store = SnapshotStore::singleFile(path);
    const StoreListing listing = store.listing(QStringLiteral("Root"));
    if (listing.entries.isEmpty()) {
        Error error = listing.issues.isEmpty()
                          ? makeError(ErrorCode::BadFormat, QStringLiteral("holds no certificate"), path)
                          : listing.issues.first();
        error.detail = QStringLiteral("not a snapshot folder, and not a readable certificate file: ") + error.detail;
        if (error.file.isEmpty())
            error.file = path;
        return error;
    }
    MachineSnapshot snapshot;
    snapshot.m_singleFile = true;
    snapshot.rootPath = path;
    snapshot.writable = false;
    snapshot.manifest.description = QStringLiteral("certificates from %1").arg(QFileInfo(path).fileName());
    snapshot.stores.insert(QStringLiteral("Root"), listing.entries);
    snapshot.issues = listing.issues;
    return snapshot;
}

Result<MachineSnapshot> MachineSnapshot::loadFolder(const QString& path)
{
    const bool resource = path.startsWith(QLatin1Char(':'));
    const QDir dir(path);
    if (!resource && !dir.isReadable())
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("the folder cannot be read"), path);
    const QString root = SnapshotFile::canonicalRoot(path);
    const QString storesPath = root + QStringLiteral("/stores");
    const QString manifestPath = root + QStringLiteral("/manifest.json");
    const bool hasStores = QFileInfo(storesPath).isDir();
    const bool hasManifest = QFileInfo::exists(manifestPath) || QFileInfo(manifestPath).isSymLink();
    if (!hasStores && !hasManifest)
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("not a CertMend snapshot: the folder has neither stores/ nor manifest.json"),
                         path);

    MachineSnapshot snapshot;
    snapshot.rootPath = root;
    snapshot.writable = !resource && QFileInfo(root).isWritable();

    if (!hasManifest) {
        snapshot.issues +=
            makeError(ErrorCode::FileNotFound,
                      QStringLiteral("no manifest.json; host name and Windows version unknown"), manifestPath);
    } else if (const Result<QByteArray> bytes = SnapshotFile::read(root, manifestPath, 1024 * 1024); !bytes) {
        snapshot.issues += bytes.error();
    } else if (Result<SnapshotManifest> manifest = SnapshotManifest::fromJson(*bytes, manifestPath); !manifest) {
        snapshot.issues += manifest.error();
    } else {
        snapshot.manifest = std::move(manifest).value();
    }

    if (!hasStores) {
        snapshot.issues +=
            makeError(ErrorCode::NotFound, QStringLiteral("no stores/ folder: the snapshot holds no certificate store"),
                      storesPath);
    } else if (auto inside = SnapshotFile::checkInside(root, storesPath); !inside) {
        snapshot.issues += inside.error();
    } else {
        const SnapshotStore store(root, !snapshot.writable);
        for (const QString& name : store.storeNames()) {
            const StoreListing listing = store.listing(name);
            snapshot.stores[name] += listing.entries;
            snapshot.issues += listing.issues;
        }
    }

    const QString regPath = root + QStringLiteral("/schannel.reg");
    if (QFileInfo::exists(regPath) || QFileInfo(regPath).isSymLink()) {
        if (const Result<QByteArray> bytes = SnapshotFile::read(root, regPath); bytes) {
            snapshot.schannelReg = *bytes;
            snapshot.schannelRegPath = regPath;
        } else {
            snapshot.issues += bytes.error();
        }
    }
    const QString sslcertPath = root + QStringLiteral("/sslcert.txt");
    if (QFileInfo::exists(sslcertPath) || QFileInfo(sslcertPath).isSymLink()) {
        if (const Result<QByteArray> bytes = SnapshotFile::read(root, sslcertPath); bytes) {
            snapshot.sslcertText = decodeText(*bytes);
            snapshot.sslcertPath = sslcertPath;
        } else {
            snapshot.issues += bytes.error();
        }
    }
    return snapshot;
}

SnapshotStore MachineSnapshot::certificateStore() const
{
    if (m_singleFile)
        return SnapshotStore::singleFile(rootPath);
    return SnapshotStore(rootPath, !writable);
}

qsizetype MachineSnapshot::certificateCount() const
{
    qsizetype count = 0;
    for (const QList<StoreEntry>& entries : stores)
        count += entries.size();
    return count;
}

} // namespace certmend
