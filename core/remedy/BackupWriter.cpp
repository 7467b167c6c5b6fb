#include "remedy/BackupWriter.h"

#include "remedy/FaultInjection.h"
#include "remedy/VerifiedFile.h"
#include "schannel/RegFile.h"
#include "schannel/SchannelRegistry.h"
#include "x509/SerializedStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace certmend {

namespace {

Error backupError(const Error& cause)
{
    return makeError(ErrorCode::BackupFailed, cause.detail + QStringLiteral("; nothing was changed"), cause.file);
}

} // namespace

BackupWriter::BackupWriter(const CertificateStore& store)
    : m_store(store)
{}

QString BackupWriter::bundleName(const QString& hostName, const QDateTime& utc)
{
    QString host = hostName.isEmpty() ? QStringLiteral("unknown-host") : hostName;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    host.replace(unsafe, QStringLiteral("_"));
    return host + QLatin1Char('-') + utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

Result<BackupBundle> BackupWriter::write(const RemediationPlan& plan, const QString& backupRoot) const
{
    const QFileInfo rootInfo(backupRoot);
    if (rootInfo.exists() && !rootInfo.isDir())
        return makeError(ErrorCode::BackupFailed, QStringLiteral("not a folder; nothing was changed"), backupRoot);
    if (!rootInfo.exists() && !QDir().mkpath(backupRoot))
        return makeError(ErrorCode::BackupFailed,
                         QStringLiteral("cannot create the backup folder; nothing was changed"), backupRoot);
    const QString root = QFileInfo(backupRoot).absoluteFilePath();

    const QDateTime time = m_time.isValid() ? m_time.toUTC() : QDateTime::currentDateTimeUtc();
    const QString base = bundleName(m_hostName, time);
    QString name = base;
    for (int n = 2; QFileInfo::exists(QDir(root).filePath(name)) ||
                    QFileInfo::exists(QDir(root).filePath(name + QStringLiteral(".partial")));
         ++n)
        name = base + QStringLiteral("-%1").arg(n);
    const QString finalPath = QDir(root).filePath(name);
    const QString partialPath = finalPath + QStringLiteral(".partial");

    if (auto made = VerifiedFile::createPrivateDirectory(partialPath); !made)
        return backupError(made.error());

    BackupManifest manifest;
    manifest.hostName = m_hostName;
    manifest.sourcePath = m_sourcePath;
    manifest.createdUtc = time;
    manifest.toolVersion = QStringLiteral("CertMend %1").arg(QCoreApplication::applicationVersion());
    manifest.plan = plan;

    auto written = writeFiles(plan, partialPath, manifest);
    if (written) {
        if (!QDir(root).rename(QFileInfo(partialPath).fileName(), name))
            written = makeError(ErrorCode::BackupFailed, QStringLiteral("cannot rename the finished backup folder"),
                                partialPath);
        else
            written = VerifiedFile::syncDirectory(root);
    }
    if (!written) {
        QDir(partialPath).removeRecursively();
        return backupError(written.error());
    }
    FaultInjection::point("backup:complete");

    // Open it as restore will: the bundle counts only when it verifies from the disk.
    auto bundle = BackupBundle::open(finalPath);
    if (!bundle)
        return backupError(bundle.error());
    return bundle;
}

Result<void> BackupWriter::writeFiles(const RemediationPlan& plan, const QString& folder,
                                      BackupManifest& manifest) const
{
    const QDir dir(folder);
    for (const char* sub : {"certificates", "stores"}) {
        if (auto made = VerifiedFile::createPrivateDirectory(dir.filePath(QLatin1String(sub))); !made)
            return made.error();
    }

    auto put = [&](const QString& relative, const QByteArray& bytes) -> Result<void> {
        if (auto ok = VerifiedFile::writeUnsynced(dir.filePath(relative), bytes, ErrorCode::BackupFailed); !ok)
            return ok.error();
        manifest.files.append({relative, VerifiedFile::sha256Hex(bytes), bytes.size()});
        FaultInjection::point("backup:file");
        return {};
    };

    // The certificates come from the store as it is now, so the backup holds exactly the bytes that will change.
    QMap<QString, QList<ReadCertificate>> bySourceStore;
    QHash<QString, QHash<QString, StoreEntry>> listed; // store → SHA-1 → its registry entry
    QSet<QString> saved;
    for (const RemediationAction& action : plan.actions()) {
        if (!action.isCertificateAction() || saved.contains(action.sha1Thumbprint))
            continue;
        QByteArray der = action.der;
        if (action.kind != RemediationAction::Kind::Add) {
            if (!listed.contains(action.sourceStore)) {
                auto entries = m_store.list(action.sourceStore);
                if (!entries)
                    return entries.error();
                QHash<QString, StoreEntry>& bySha1 = listed[action.sourceStore];
                for (const StoreEntry& entry : *entries) {
                    if (entry.origin == StoreOrigin::Registry)
                        bySha1.insert(entry.certificate.sha1Thumbprint(), entry);
                }
            }
            const QHash<QString, StoreEntry>& inStore = listed[action.sourceStore];
            const auto found = inStore.constFind(action.sha1Thumbprint);
            if (found == inStore.cend())
                return makeError(
                    ErrorCode::StoreChanged,
                    QStringLiteral("%1 is no longer in %2").arg(action.sha1Thumbprint, action.sourceStore));
            der = found->certificate.der();
            bySourceStore[action.sourceStore].append(ReadCertificate{found->certificate, found->friendlyName});
        }
        if (auto ok = put(BackupManifest::certificatePath(action.sha1Thumbprint), der); !ok)
            return ok.error();
        saved.insert(action.sha1Thumbprint);
    }
    for (auto it = bySourceStore.cbegin(); it != bySourceStore.cend(); ++it) {
        if (auto ok = put(BackupManifest::storeExportPath(it.key()), SerializedStore::write(it.value())); !ok)
            return ok.error();
    }

    RegKey key;
    key.path = SchannelRegistry::keyPath();
    for (const RemediationAction& action : plan.actions()) {
        if (action.kind == RemediationAction::Kind::SetValue)
            key.values.append(action.oldValue ? RegValue::dword(action.settingName, *action.oldValue)
                                              : RegValue::deleted(action.settingName));
    }
    if (!key.values.isEmpty()) {
        if (auto ok = put(BackupManifest::schannelPath(), RegFile::write({key})); !ok)
            return ok.error();
    }

    // The folder is still ".partial": nothing refers to it until it is renamed, so one flush of everything written
    // so far is enough, before the manifest that vouches for those files.
    if (auto synced = VerifiedFile::syncTree(folder); !synced)
        return synced.error();
    for (const char* sub : {"certificates", "stores"}) {
        if (auto synced = VerifiedFile::syncDirectory(dir.filePath(QLatin1String(sub))); !synced)
            return synced.error();
    }
    if (auto ok = VerifiedFile::write(dir.filePath(BackupBundle::manifestFileName()), manifest.toJson(),
                                      ErrorCode::BackupFailed);
        !ok)
        return ok.error();
    FaultInjection::point("backup:manifest");
    return {};
}

} // namespace certmend
