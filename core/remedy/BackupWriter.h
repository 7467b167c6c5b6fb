#pragma once

#include "remedy/BackupBundle.h"
#include "remedy/RemediationPlan.h"
#include "store/CertificateStore.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace certmend {

/// Writes the backup bundle of a plan before anything changes: every affected certificate as DER, one .sst per
/// source store, the old Schannel values as a .reg, and manifest.json with every file's SHA-256. Each file is
/// written with QSaveFile, synced and read back; the bundle is built as "<name>.partial" and renamed when complete.
class BackupWriter
{
public:
    explicit BackupWriter(const CertificateStore& store);

    /// The machine the stores belong to (goes into the folder name and the manifest).
    void setHostName(const QString& hostName) { m_hostName = hostName; }
    /// The source the fix is made on (the snapshot folder), recorded so restore knows where to go back to.
    void setSourcePath(const QString& sourcePath) { m_sourcePath = sourcePath; }
    /// For tests; defaults to now.
    void setTime(const QDateTime& utc) { m_time = utc; }

    /// Writes a new bundle under `backupRoot` (created if missing) and returns it, verified.
    /// On any failure nothing is left behind but the error (BackupFailed) names the file and the reason.
    Result<BackupBundle> write(const RemediationPlan& plan, const QString& backupRoot) const;

    /// "<host>-<yyyyMMddTHHmmssZ>", with characters that are not allowed in file names replaced.
    static QString bundleName(const QString& hostName, const QDateTime& utc);

private:
    Result<void> writeFiles(const RemediationPlan& plan, const QString& folder, BackupManifest& manifest) const;

    const CertificateStore& m_store;
    QString m_hostName;
    QString m_sourcePath;
    QDateTime m_time;
};

} // namespace certmend
