#include "remedy/JournalScanner.h"

#include "remedy/BackupBundle.h"
#include "remedy/BackupManifest.h"

#include <QDir>
#include <QFile>

namespace certmend {

QList<JournalScanner::Incomplete> JournalScanner::findIncomplete(const QString& backupRoot)
{
    QList<Incomplete> result;
    const QDir root(backupRoot);
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString& name : names) {
        const QDir bundle(root.filePath(name));
        if (!QFile::exists(bundle.filePath(BackupBundle::journalFileName())))
            continue; // no journal: the store was never touched with this bundle
        QFile manifestFile(bundle.filePath(BackupBundle::manifestFileName()));
        if (!manifestFile.open(QIODevice::ReadOnly) || manifestFile.size() > BackupManifest::MaxSize)
            continue;
        auto manifest = BackupManifest::parse(manifestFile.readAll(), manifestFile.fileName());
        if (!manifest)
            continue;
        auto state = JournalState::read(bundle.filePath(BackupBundle::journalFileName()), manifest->plan.size());
        if (!state || !state->needsRecovery())
            continue;
        result.append(
            Incomplete{bundle.absolutePath(), manifest->hostName, manifest->sourcePath, *state, manifest->plan.size()});
    }
    return result;
}

} // namespace certmend
