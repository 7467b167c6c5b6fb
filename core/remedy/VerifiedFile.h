#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace certmend {

/// Writes that survive a power cut: atomic replace, flushed to the disk, read back and compared.
class VerifiedFile
{
public:
    /// Writes `bytes` to `path` with QSaveFile, fsyncs it, reads it back and compares, then fsyncs the folder
    /// (unless `syncFolder` is false: a caller writing many files syncs the folder once at the end).
    /// The file is readable by its owner only. Any failure leaves no partial file at `path` and returns `failureCode`
    /// naming the file and the reason.
    static Result<void> write(const QString& path, const QByteArray& bytes, ErrorCode failureCode = ErrorCode::Io,
                              bool syncFolder = true);
    /// Writes a NEW file inside a folder that is not published yet (a ".partial" bundle): written, read back and
    /// compared, but not synced. The caller makes the whole folder durable once with syncTree() before it publishes
    /// it: one flush instead of one per file, which is what makes a 1,000-certificate backup fast.
    static Result<void> writeUnsynced(const QString& path, const QByteArray& bytes, ErrorCode failureCode);
    /// Makes every file under `folder` durable: one syncfs() on Linux, each file's own flush elsewhere.
    static Result<void> syncTree(const QString& folder);
    /// Flushes an open file's data to the disk.
    static Result<void> sync(QFileDevice& file);
    /// Makes the entries of a folder (created, renamed, deleted files) durable. A no-op where not supported.
    static Result<void> syncDirectory(const QString& path);
    /// Creates a folder that only its owner may open (0700).
    static Result<void> createPrivateDirectory(const QString& path);
    /// Lower-case hex SHA-256 of `bytes`.
    static QString sha256Hex(const QByteArray& bytes);
};

} // namespace certmend
