#pragma once

#include "remedy/RemediationPlan.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certmend {

/// manifest.json of a backup bundle: which machine and source, when, the plan, and every file with its SHA-256.
/// The manifest carries a digest of its own content, so an edited manifest is recognised as tampered.
struct BackupManifest
{
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxSize = 64 * 1024 * 1024;

    /// One file of the bundle, by its path relative to the bundle folder ("certificates/AB12….cer").
    struct File
    {
        QString path;
        QString sha256; ///< lower-case hex
        qint64 size = 0;
        friend bool operator==(const File&, const File&) = default;
    };

    QString hostName;   ///< the machine whose stores these are (the snapshot's hostName)
    QString sourcePath; ///< the snapshot folder (or live source) the fix was made on
    QDateTime createdUtc;
    QString toolVersion;
    RemediationPlan plan;
    QList<File> files;

    /// Indented JSON with a "digest" over the rest.
    QByteArray toJson() const;
    /// Parses and checks the digest, the format and every path. `origin` names the file in errors.
    static Result<BackupManifest> parse(const QByteArray& bytes, const QString& origin);
    /// A path that stays inside the bundle: relative, '/'-separated, no "." / ".." / empty segments, no drive.
    static bool isSafeRelativePath(const QString& path);

    const File* file(const QString& path) const;
    /// "certificates/<SHA1>.cer"
    static QString certificatePath(const QString& sha1);
    /// "stores/<Store>.sst"
    static QString storeExportPath(const QString& storeName);
    static QString schannelPath() { return QStringLiteral("schannel.reg"); }
};

} // namespace certmend
