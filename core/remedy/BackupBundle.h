#pragma once

#include "remedy/BackupManifest.h"
#include "util/Result.h"
#include "x509/Certificate.h"

#include <QHash>
#include <QString>

namespace certmend {

/// A backup folder that was checked completely: the manifest's digest, every file's size and SHA-256, every path
/// inside the folder (no "..", no absolute path, no link out), every certificate file parsing to its thumbprint.
class BackupBundle
{
public:
    /// Opens and verifies a bundle. Tampered, Truncated, OutsideSnapshot or FileNotFound name the file and why.
    static Result<BackupBundle> open(const QString& path);

    QString path() const { return m_path; }
    const BackupManifest& manifest() const { return m_manifest; }
    const RemediationPlan& plan() const { return m_manifest.plan; }
    /// journal.jsonl in the bundle (not part of the manifest: it grows while the fix runs).
    QString journalPath() const;

    /// The backed-up certificate with that thumbprint; NotFound when the bundle has none.
    Result<Certificate> certificate(const QString& sha1) const;
    /// Its friendly name as the source store had it (from the store export), else empty.
    QString friendlyName(const QString& sha1) const { return m_friendlyNames.value(sha1.toUpper()); }

    static QString manifestFileName() { return QStringLiteral("manifest.json"); }
    static QString journalFileName() { return QStringLiteral("journal.jsonl"); }

private:
    Result<void> verifyFiles();
    Result<void> loadCertificates();

    QString m_path;
    BackupManifest m_manifest;
    QHash<QString, QByteArray> m_fileBytes; ///< path → verified bytes (certificates and store exports)
    QHash<QString, Certificate> m_certificates;
    QHash<QString, QString> m_friendlyNames;
};

} // namespace certmend
