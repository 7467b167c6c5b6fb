#include "remedy/BackupBundle.h"

#include "remedy/VerifiedFile.h"
#include "x509/SerializedStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace certmend {

namespace {

Result<QByteArray> readLimited(const QString& path, qint64 limit)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::FileNotFound, QStringLiteral("missing"), path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    if (file.size() > limit)
        return makeError(ErrorCode::FileTooLarge, QStringLiteral("larger than %1 bytes").arg(limit), path);
    return file.readAll();
}

} // namespace

Result<BackupBundle> BackupBundle::open(const QString& path)
{
    const QFileInfo folder(path);
    if (!folder.isDir())
        return makeError(ErrorCode::FileNotFound, QStringLiteral("not a backup folder"), path);

    BackupBundle bundle;
    bundle.m_path = folder.absoluteFilePath();
    const QString manifestPath = QDir(bundle.m_path).filePath(manifestFileName());
    if (QFileInfo(manifestPath).isSymLink())
        return makeError(ErrorCode::OutsideSnapshot, QStringLiteral("the manifest is a link"), manifestPath);
    auto bytes = readLimited(manifestPath, BackupManifest::MaxSize);
    if (!bytes) {
        Error e = bytes.error();
        if (e.code == ErrorCode::FileNotFound)
            e.detail = QStringLiteral("missing: the backup was not completed, nothing was changed with it");
        return e;
    }
    auto manifest = BackupManifest::parse(*bytes, manifestPath);
    if (!manifest)
        return manifest.error();
    bundle.m_manifest = *manifest;

    if (auto verified = bundle.verifyFiles(); !verified)
        return verified.error();
    if (auto loaded = bundle.loadCertificates(); !loaded)
        return loaded.error();
    return bundle;
}

QString BackupBundle::journalPath() const
{
    return QDir(m_path).filePath(journalFileName());
}

Result<void> BackupBundle::verifyFiles()
{
    const QString root = QFileInfo(m_path).canonicalFilePath() + QLatin1Char('/');
    for (const BackupManifest::File& f : m_manifest.files) {
        const QString full = QDir(m_path).filePath(f.path);
        const QFileInfo info(full);
        // A link, even one pointing inside, is refused: a bundle CertMend wrote never contains one.
        if (info.isSymLink() || (info.exists() && !info.canonicalFilePath().startsWith(root)))
            return makeError(ErrorCode::OutsideSnapshot, QStringLiteral("is a link or leads outside the backup folder"),
                             full);
        if (!info.exists())
            return makeError(ErrorCode::FileNotFound, QStringLiteral("listed in the manifest but missing"), full);
        if (!info.isFile())
            return makeError(ErrorCode::FileUnreadable, QStringLiteral("not a regular file"), full);
        auto bytes = readLimited(full, BackupManifest::MaxSize);
        if (!bytes)
            return bytes.error();
        if (bytes->size() < f.size)
            return makeError(ErrorCode::Truncated,
                             QStringLiteral("truncated: %1 bytes, the manifest says %2").arg(bytes->size()).arg(f.size),
                             full);
        if (bytes->size() != f.size || VerifiedFile::sha256Hex(*bytes) != f.sha256)
            return makeError(ErrorCode::Tampered,
                             QStringLiteral("changed since the backup was written (SHA-256 mismatch)"), full);
        if (f.path.startsWith(QLatin1String("certificates/")) || f.path.startsWith(QLatin1String("stores/")))
            m_fileBytes.insert(f.path, *bytes);
    }
    return {};
}

Result<void> BackupBundle::loadCertificates()
{
    for (const RemediationAction& action : m_manifest.plan.actions()) {
        if (!action.isCertificateAction())
            continue;
        const QString relative = BackupManifest::certificatePath(action.sha1Thumbprint);
        const QString full = QDir(m_path).filePath(relative);
        if (!m_fileBytes.contains(relative))
            return makeError(
                ErrorCode::Tampered,
                QStringLiteral("the plan changes %1 but the manifest lists no backup of it").arg(action.sha1Thumbprint),
                full);
        auto cert = Certificate::fromDer(m_fileBytes.value(relative), full);
        if (!cert)
            return makeError(ErrorCode::Tampered, cert.error().detail, full);
        if (cert->sha1Thumbprint() != action.sha1Thumbprint)
            return makeError(ErrorCode::Tampered,
                             QStringLiteral("holds %1, not %2").arg(cert->sha1Thumbprint(), action.sha1Thumbprint),
                             full);
        m_certificates.insert(action.sha1Thumbprint, *cert);
    }
    for (auto it = m_fileBytes.cbegin(); it != m_fileBytes.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("stores/")))
            continue;
        auto read = SerializedStore::read(it.value(), QDir(m_path).filePath(it.key()));
        if (!read)
            continue; // the .sst is for stock Windows tools; restore uses the .cer files
        for (const ReadCertificate& rc : read->certificates) {
            if (!rc.friendlyName.isEmpty())
                m_friendlyNames.insert(rc.certificate.sha1Thumbprint(), rc.friendlyName);
        }
    }
    m_fileBytes.clear();
    return {};
}

Result<Certificate> BackupBundle::certificate(const QString& sha1) const
{
    const auto it = m_certificates.constFind(sha1.toUpper());
    if (it == m_certificates.cend())
        return makeError(ErrorCode::NotFound, QStringLiteral("the backup holds no certificate %1").arg(sha1), m_path);
    return it.value();
}

} // namespace certmend
