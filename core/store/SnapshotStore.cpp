#include "store/SnapshotStore.h"

#include "store/CertificateFileWriter.h"
#include "store/DurableFile.h"
#include "store/SnapshotFile.h"
#include "x509/CertificateReader.h"
#include "x509/SerializedStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace certmend {

namespace {

const QStringList& knownStoreNames()
{
    static const QStringList names{
        QStringLiteral("Root"),
        QStringLiteral("AuthRoot"),
        QStringLiteral("CA"),
        QStringLiteral("My"),
        QStringLiteral("ClientAuthIssuer"),
        QStringLiteral("Disallowed"),
        QStringLiteral("TrustedPeople"),
        QStringLiteral("TrustedPublisher"),
        QStringLiteral("TrustedDevices"),
        QStringLiteral("WebHosting"),
        QStringLiteral("SmartCardRoot"),
        QStringLiteral("Remote Desktop"),
    };
    return names;
}

// Every entry, hidden ones and dangling links (System) included: a snapshot must not hide a file from the scan.
QFileInfoList entriesOf(const QString& folder)
{
    return QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                      QDir::Name);
}

bool hasCertificateSuffix(const QFileInfo& info)
{
    return SnapshotStore::certificateSuffixes().contains(info.suffix().toLower());
}

QString normalisedThumbprint(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

bool validStoreName(const QString& name)
{
    return !name.isEmpty() && !name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1Char('/')) &&
           !name.contains(QLatin1Char('\\')) && !name.contains(QLatin1Char(':'));
}

Error withFile(Error error, const QString& path)
{
    if (error.file.isEmpty())
        error.file = path;
    return error;
}

} // namespace

SnapshotStore::SnapshotStore(const QString& snapshotRoot, bool readOnly)
    : m_root(snapshotRoot)
    , m_canonicalRoot(SnapshotFile::canonicalRoot(snapshotRoot))
    , m_readOnly(readOnly || snapshotRoot.startsWith(QLatin1Char(':')))
{}

SnapshotStore SnapshotStore::singleFile(const QString& filePath)
{
    SnapshotStore store(filePath, true);
    store.m_singleFile = filePath;
    return store;
}

QString SnapshotStore::canonicalStoreName(const QString& name)
{
    for (const QString& known : knownStoreNames()) {
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return known;
    }
    return name;
}

const QStringList& SnapshotStore::certificateSuffixes()
{
    static const QStringList suffixes{QStringLiteral("cer"), QStringLiteral("crt"), QStringLiteral("der"),
                                      QStringLiteral("pem"), QStringLiteral("p7b"), QStringLiteral("p7c"),
                                      QStringLiteral("sst")};
    return suffixes;
}

bool SnapshotStore::isWritable() const
{
    return !m_readOnly && m_singleFile.isEmpty();
}

QString SnapshotStore::storesPath() const
{
    return m_root + QStringLiteral("/stores");
}

QStringList SnapshotStore::storeNames() const
{
    if (!m_singleFile.isEmpty())
        return {QStringLiteral("Root")};
    if (!SnapshotFile::isInside(m_canonicalRoot, storesPath()))
        return {};
    QStringList names;
    QSet<QString> seen;
    for (const QFileInfo& info : entriesOf(storesPath())) {
        QString name;
        if (info.isDir())
            name = canonicalStoreName(info.fileName());
        else if (info.suffix().compare(QLatin1String("sst"), Qt::CaseInsensitive) == 0)
            name = canonicalStoreName(info.completeBaseName());
        if (name.isEmpty() || seen.contains(name.toLower()))
            continue;
        seen.insert(name.toLower());
        names += name;
    }
    return names;
}

SnapshotStore::Location SnapshotStore::locate(const QString& storeName) const
{
    Location location;
    for (const QFileInfo& info : entriesOf(storesPath())) {
        if (info.isDir() && info.fileName().compare(storeName, Qt::CaseInsensitive) == 0)
            location.folders += info.filePath();
        else if (!info.isDir() && info.suffix().compare(QLatin1String("sst"), Qt::CaseInsensitive) == 0 &&
                 info.completeBaseName().compare(storeName, Qt::CaseInsensitive) == 0)
            location.sstFiles += info.filePath();
    }
    return location;
}

Result<QList<StoreEntry>> SnapshotStore::list(const QString& storeName) const
{
    return listing(storeName).entries;
}

StoreListing SnapshotStore::listing(const QString& storeName) const
{
    StoreListing out;
    const QString name = canonicalStoreName(storeName);
    if (!m_singleFile.isEmpty()) {
        if (name == QLatin1String("Root"))
            readFile(m_singleFile, name, StoreOrigin::Unknown, out);
        return out;
    }
    if (auto inside = SnapshotFile::checkInside(m_canonicalRoot, storesPath());
        !inside && QFileInfo::exists(storesPath())) {
        out.issues += inside.error();
        return out;
    }
    const Location location = locate(name);
    for (const QString& folder : location.folders)
        readFolder(folder, name, out);
    for (const QString& sst : location.sstFiles)
        readFile(sst, name, StoreOrigin::Registry, out);

    QMultiHash<QString, QString>& index = m_registryIndex[name];
    index.clear();
    for (const StoreEntry& entry : std::as_const(out.entries)) {
        if (entry.origin == StoreOrigin::Registry &&
            !index.contains(entry.certificate.sha1Thumbprint(), entry.sourcePath))
            index.insert(entry.certificate.sha1Thumbprint(), entry.sourcePath);
    }
    return out;
}

const QMultiHash<QString, QString>& SnapshotStore::registryIndex(const QString& storeName) const
{
    const QString name = canonicalStoreName(storeName);
    if (!m_registryIndex.contains(name))
        listing(name);
    return m_registryIndex[name];
}

void SnapshotStore::readFolder(const QString& folder, const QString& storeName, StoreListing& out) const
{
    if (auto inside = SnapshotFile::checkInside(m_canonicalRoot, folder); !inside) {
        out.issues += inside.error();
        return;
    }
    for (const QFileInfo& info : entriesOf(folder)) {
        const StoreOrigin origin = storeOriginFromName(info.fileName());
        if (info.isDir() && origin != StoreOrigin::Unknown)
            readPhysical(info.filePath(), storeName, origin, out);
        else if (hasCertificateSuffix(info))
            readFile(info.filePath(), storeName, StoreOrigin::Registry, out);
        else if (info.isDir())
            out.issues += makeError(ErrorCode::UnsupportedFormat,
                                    QStringLiteral("unknown physical store folder (expected registry, grouppolicy "
                                                   "or enterprise); not read"),
                                    info.filePath());
    }
}

void SnapshotStore::readPhysical(const QString& folder, const QString& storeName, StoreOrigin origin,
                                 StoreListing& out) const
{
    if (auto inside = SnapshotFile::checkInside(m_canonicalRoot, folder); !inside) {
        out.issues += inside.error();
        return;
    }
    for (const QFileInfo& info : entriesOf(folder)) {
        if (hasCertificateSuffix(info))
            readFile(info.filePath(), storeName, origin, out);
    }
}

void SnapshotStore::readFile(const QString& path, const QString& storeName, StoreOrigin origin, StoreListing& out) const
{
    const Result<QByteArray> bytes = SnapshotFile::read(m_canonicalRoot, path);
    if (!bytes) {
        out.issues += bytes.error();
        return;
    }
    if (bytes->isEmpty()) {
        out.issues += makeError(ErrorCode::EmptyFile, QStringLiteral("is empty (0 bytes)"), path);
        return;
    }
    const Result<ReadResult> read = CertificateReader::readBytes(*bytes, path);
    if (!read) {
        out.issues += withFile(read.error(), path);
        return;
    }
    for (const ReadCertificate& item : read->certificates) {
        const QString thumbprint = item.certificate.sha1Thumbprint();
        // One physical store holds a certificate once, however many files carry it.
        const bool duplicate = std::any_of(out.entries.cbegin(), out.entries.cend(), [&](const StoreEntry& e) {
            return e.origin == origin && e.certificate.sha1Thumbprint() == thumbprint;
        });
        if (!duplicate)
            out.entries += StoreEntry{item.certificate, storeName, origin, item.friendlyName, path};
    }
    for (const Error& issue : read->issues)
        out.issues += withFile(issue, path);
}

Result<void> SnapshotStore::checkWritable(const QString& storeName) const
{
    if (!isWritable())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this source is read-only (a single file or a training scenario)"), m_root);
    if (!validStoreName(storeName))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a valid store name: \"%1\"").arg(storeName));
    return {};
}

Result<void> SnapshotStore::add(const QString& storeName, const Certificate& certificate, const QString& friendlyName)
{
    if (auto writable = checkWritable(storeName); !writable)
        return writable;
    if (certificate.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("cannot add a null certificate"));

    const QString name = canonicalStoreName(storeName);
    const QString thumbprint = certificate.sha1Thumbprint();
    if (registryIndex(name).contains(thumbprint))
        return {};

    const Location location = locate(name);
    if (location.folders.isEmpty() && !location.sstFiles.isEmpty()) {
        Result<void> added = addToSst(location.sstFiles.first(), certificate, friendlyName);
        if (added)
            m_registryIndex[name].insert(thumbprint, location.sstFiles.first());
        return added;
    }

    const QString folder =
        location.folders.isEmpty() ? storesPath() + QLatin1Char('/') + name : location.folders.first();
    const QString registry = folder + QStringLiteral("/registry");
    const QString target = registry + QLatin1Char('/') + thumbprint + QStringLiteral(".cer");
    // Never write through a link that leads out of the snapshot.
    for (const QString& path : {storesPath(), folder, registry, target}) {
        if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
            if (auto inside = SnapshotFile::checkInside(m_canonicalRoot, path); !inside)
                return inside;
        }
    }
    Result<void> written = DurableFile::write(target, certificate.der());
    if (written)
        m_registryIndex[name].insert(thumbprint, target);
    return written;
}

Result<void> SnapshotStore::addToSst(const QString& sstPath, const Certificate& certificate,
                                     const QString& friendlyName)
{
    const Result<QByteArray> bytes = SnapshotFile::read(m_canonicalRoot, sstPath);
    if (!bytes)
        return bytes.error();
    const Result<ReadResult> read = SerializedStore::read(*bytes, sstPath);
    if (!read)
        return withFile(read.error(), sstPath);
    if (!read->issues.isEmpty())
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("has unreadable parts (%1); not rewritten, so that nothing is lost")
                             .arg(read->issues.first().message()),
                         sstPath);
    QList<ReadCertificate> certificates = read->certificates;
    certificates += ReadCertificate{certificate, friendlyName};
    return DurableFile::write(sstPath, SerializedStore::write(certificates));
}

Result<void> SnapshotStore::remove(const QString& storeName, const QString& sha1Thumbprint)
{
    if (auto writable = checkWritable(storeName); !writable)
        return writable;
    const QString name = canonicalStoreName(storeName);
    const QString thumbprint = normalisedThumbprint(sha1Thumbprint);

    // Windows keeps one copy per physical store, but a snapshot may carry it in several files: remove it from each.
    const QStringList files = registryIndex(name).values(thumbprint);
    if (files.isEmpty()) {
        bool elsewhere = false;
        for (const StoreEntry& entry : listing(name).entries)
            elsewhere = elsewhere || entry.certificate.sha1Thumbprint() == thumbprint;
        return makeError(ErrorCode::NotFound,
                         elsewhere ? QStringLiteral("%1 is in %2 only through Group Policy or Enterprise; not removed")
                                         .arg(thumbprint, name)
                                   : QStringLiteral("%1 is not in the store %2").arg(thumbprint, name),
                         storesPath());
    }
    for (const QString& file : files) {
        if (auto removed = removeFromFile(file, thumbprint); !removed) {
            m_registryIndex.remove(name); // part of it changed: the next call reads the store again
            return removed;
        }
    }
    m_registryIndex[name].remove(thumbprint);
    return {};
}

Result<void> SnapshotStore::removeFromFile(const QString& path, const QString& sha1)
{
    const Result<QByteArray> bytes = SnapshotFile::read(m_canonicalRoot, path);
    if (!bytes)
        return bytes.error();
    const Result<ReadResult> read = CertificateReader::readBytes(*bytes, path);
    if (!read)
        return withFile(read.error(), path);

    QList<ReadCertificate> remaining;
    for (const ReadCertificate& item : read->certificates) {
        if (item.certificate.sha1Thumbprint() != sha1)
            remaining += item;
    }
    const bool isSst = read->format == CertificateFormat::SerializedStore;
    // A .sst is the store itself: keep it, empty, rather than make the store disappear.
    if (remaining.isEmpty() && !isSst && read->issues.isEmpty())
        return DurableFile::remove(path);
    if (!read->issues.isEmpty())
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("has unreadable parts (%1); not rewritten, so that nothing is lost")
                             .arg(read->issues.first().message()),
                         path);
    const Result<QByteArray> encoded = CertificateFileWriter::encode(read->format, remaining);
    if (!encoded)
        return withFile(encoded.error(), path);
    return DurableFile::write(path, *encoded);
}

} // namespace certmend
