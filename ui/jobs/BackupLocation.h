#pragma once

#include <QString>

namespace certmend::ui {

/// Where the wizard keeps backup bundles: the folder the user chose last (QSettings "backup/folder"), else a
/// "CertMend backups" folder in the user's documents. The Welcome page looks there for interrupted fixes.
class BackupLocation
{
public:
    /// The remembered folder, or the default one.
    static QString current();
    /// Remembers `folder` for the next run.
    static void remember(const QString& folder);
    static QString defaultFolder();
    static QString settingsKey() { return QStringLiteral("backup/folder"); }
};

} // namespace certmend::ui
