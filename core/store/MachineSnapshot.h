#pragma once

#include "store/SnapshotManifest.h"
#include "store/SnapshotStore.h"
#include "store/StoreEntry.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace certmend {

/// Everything CertMend reads from one machine: a snapshot folder, an embedded scenario (":/scenarios/<id>") or
/// a single certificate file (as its Root store). Unreadable parts become issues; the rest still loads.
struct MachineSnapshot
{
    SnapshotManifest manifest;
    QMap<QString, QList<StoreEntry>> stores; ///< every logical store found, by canonical name ("Root", "CA", …)
    QByteArray schannelReg;                  ///< raw bytes of schannel.reg (empty when absent)
    QString schannelRegPath;                 ///< empty when absent
    QString sslcertText;                     ///< sslcert.txt decoded (UTF-8, UTF-16 with BOM, else Latin-1)
    QString sslcertPath;                     ///< empty when absent
    QList<Error> issues;                     ///< everything that could not be read, each naming file and reason
    QString rootPath;                        ///< the folder (or the single file) loaded
    bool writable = false;                   ///< false for scenarios, single files and read-only folders

    /// Loads `path`. Fails only when the path itself is unusable: missing, unreadable, a folder that is not a
    /// snapshot (no stores/ and no manifest.json), or a file that holds no readable certificate.
    static Result<MachineSnapshot> load(const QString& path);

    /// The stores as a CertificateStore (read-only when the snapshot is).
    SnapshotStore certificateStore() const;
    /// True when this was loaded from one certificate file rather than a folder.
    bool isSingleFile() const { return m_singleFile; }
    /// Total number of store entries over all stores.
    qsizetype certificateCount() const;

private:
    bool m_singleFile = false;

    static Result<MachineSnapshot> loadFile(const QString& path);
    static Result<MachineSnapshot> loadFolder(const QString& path);
};

} // namespace certmend
