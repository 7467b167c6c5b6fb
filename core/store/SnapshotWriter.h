#pragma once

#include "store/SnapshotManifest.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace certmend {

/// Creates snapshot folders ("save a snapshot of this computer", tests). Certificates are then added through
/// SnapshotStore::add. Every file is written durably.
class SnapshotWriter
{
public:
    /// Creates `folder` (and stores/) with manifest.json. Fails when `folder` exists and is not empty.
    static Result<void> create(const QString& folder, const SnapshotManifest& manifest);
    /// Writes (replaces) manifest.json.
    static Result<void> saveManifest(const QString& folder, const SnapshotManifest& manifest);
    /// Writes schannel.reg as given (a `reg export`, any encoding).
    static Result<void> saveSchannelReg(const QString& folder, const QByteArray& regExport);
    /// Writes sslcert.txt (the output of `netsh http show sslcert`) as UTF-8.
    static Result<void> saveSslcert(const QString& folder, const QString& netshOutput);
};

} // namespace certmend
