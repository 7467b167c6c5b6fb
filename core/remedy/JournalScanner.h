#pragma once

#include "remedy/JournalState.h"

#include <QList>
#include <QString>

namespace certmend {

/// Finds fixes that were interrupted (power cut, kill) in a backup folder, so the CLI and the wizard can offer to
/// finish or roll them back on their next start.
class JournalScanner
{
public:
    /// One bundle whose journal has no "complete", "rolled-back" or "restored" after its last start.
    struct Incomplete
    {
        QString bundlePath;
        QString hostName;   ///< from the manifest
        QString sourcePath; ///< from the manifest: the store to recover
        JournalState state;
        qsizetype actionCount = 0;
    };

    /// The incomplete bundles directly under `backupRoot` (oldest name first). Unreadable bundles are skipped:
    /// restore reports them in detail.
    static QList<Incomplete> findIncomplete(const QString& backupRoot);
};

} // namespace certmend
