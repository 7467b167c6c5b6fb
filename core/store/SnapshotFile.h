#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace certmend {

/// Reads a file of a snapshot folder with the checks every such file needs: it must be a regular file,
/// resolve (through any symbolic link) to a place inside the snapshot, and not exceed a size limit.
class SnapshotFile
{
public:
    static constexpr qint64 MaxSize = 32 * 1024 * 1024; ///< larger files are refused (FileTooLarge), not read

    /// The snapshot root as used for containment checks: canonical on disk, unchanged for ":/" resources.
    static QString canonicalRoot(const QString& root);
    /// Whether `path` (file or folder, links resolved) lies inside `canonicalRoot`. Resources always do.
    static bool isInside(const QString& canonicalRoot, const QString& path);
    /// OutsideSnapshot naming `path` when it resolves outside the snapshot.
    static Result<void> checkInside(const QString& canonicalRoot, const QString& path);
    /// The bytes of `path`, or an Error naming it: missing, a folder, outside the snapshot, too large, unreadable.
    static Result<QByteArray> read(const QString& canonicalRoot, const QString& path, qint64 maxSize = MaxSize);
};

} // namespace certmend
