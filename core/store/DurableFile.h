#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace certmend {

/// Writes and deletes files so that the change survives a power cut: the remediation engine relies on a
/// completed write being on disk (file and directory entry) before it takes the next step.
class DurableFile
{
public:
    /// Replaces `path` atomically (QSaveFile), flushes and fsyncs it, then fsyncs its folder. Creates missing folders.
    static Result<void> write(const QString& path, const QByteArray& bytes);
    /// Deletes `path` and fsyncs its folder.
    static Result<void> remove(const QString& path);
    /// fsyncs a folder so that renames and deletions in it are durable (no-op where the OS has no such call).
    static Result<void> syncDirectory(const QString& folder);
};

} // namespace certmend
