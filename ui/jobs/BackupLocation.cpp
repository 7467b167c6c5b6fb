#include "BackupLocation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace certmend::ui {

QString BackupLocation::current()
{
    const QString remembered = QSettings().value(settingsKey()).toString();
    return remembered.isEmpty() ? defaultFolder() : remembered;
}

void BackupLocation::remember(const QString& folder)
{
    QSettings().setValue(settingsKey(), QDir::cleanPath(folder));
}

QString BackupLocation::defaultFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("CertMend backups"));
}

} // namespace certmend::ui
