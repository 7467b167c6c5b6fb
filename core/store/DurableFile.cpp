#include "store/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

namespace certmend {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Result<void> DurableFile::write(const QString& path, const QByteArray& bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder"), folder);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot open for writing: ") + file.errorString(), path);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io, QStringLiteral("cannot write: ") + reason, path);
    }
#ifndef Q_OS_WIN
    // QSaveFile renames over the target; the data must reach the disk before the rename does.
    if (::fsync(file.handle()) != 0) {
        const QString reason = errnoText();
        file.cancelWriting();
        return makeError(ErrorCode::Io, QStringLiteral("fsync failed: ") + reason, path);
    }
#endif
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot replace the file: ") + file.errorString(), path);
    return syncDirectory(folder);
}

Result<void> DurableFile::remove(const QString& path)
{
    QFile file(path);
    if (!file.remove())
        return makeError(ErrorCode::Io, QStringLiteral("cannot delete: ") + file.errorString(), path);
    return syncDirectory(QFileInfo(path).absolutePath());
}

Result<void> DurableFile::syncDirectory(const QString& folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return {};
#else
    const QByteArray native = QFile::encodeName(folder);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot open the folder to sync it: ") + errnoText(), folder);
    const int rc = ::fsync(fd);
    const QString reason = rc != 0 ? errnoText() : QString();
    ::close(fd);
    if (rc != 0)
        return makeError(ErrorCode::Io, QStringLiteral("fsync of the folder failed: ") + reason, folder);
    return {};
#endif
}

} // namespace certmend
