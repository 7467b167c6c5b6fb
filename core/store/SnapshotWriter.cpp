#include "store/SnapshotWriter.h"

#include "store/DurableFile.h"

#include <QDir>
#include <QFileInfo>

namespace certmend {

Result<void> SnapshotWriter::create(const QString& folder, const SnapshotManifest& manifest)
{
    if (folder.isEmpty() || folder.startsWith(QLatin1Char(':')))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a folder CertMend can write to"), folder);
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("exists and is not a folder"), folder);
    if (info.exists() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the folder is not empty"), folder);
    if (!QDir().mkpath(folder + QStringLiteral("/stores")))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder"), folder);
    if (auto synced = DurableFile::syncDirectory(folder); !synced)
        return synced;
    return saveManifest(folder, manifest);
}

Result<void> SnapshotWriter::saveManifest(const QString& folder, const SnapshotManifest& manifest)
{
    return DurableFile::write(folder + QStringLiteral("/manifest.json"), manifest.toJson());
}

Result<void> SnapshotWriter::saveSchannelReg(const QString& folder, const QByteArray& regExport)
{
    return DurableFile::write(folder + QStringLiteral("/schannel.reg"), regExport);
}

Result<void> SnapshotWriter::saveSslcert(const QString& folder, const QString& netshOutput)
{
    return DurableFile::write(folder + QStringLiteral("/sslcert.txt"), netshOutput.toUtf8());
}

} // namespace certmend
