#include "remedy/VerifiedFile.h"

#include "remedy/FaultInjection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace certmend {

Result<void> VerifiedFile::write(const QString& path, const QByteArray& bytes, ErrorCode failureCode, bool syncFolder)
{
    if (FaultInjection::failThisWrite())
        return makeError(failureCode, QStringLiteral("cannot write: injected I/O failure (CERTMEND_FAULT)"), path);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(failureCode, QStringLiteral("cannot create: %1").arg(file.errorString()), path);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(failureCode, QStringLiteral("cannot write: %1").arg(reason), path);
    }
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(failureCode, QStringLiteral("cannot flush: %1").arg(reason), path);
    }
    // commit() syncs the data (fdatasync) before it renames the file into place.
    if (!file.commit())
        return makeError(failureCode, QStringLiteral("cannot commit: %1").arg(file.errorString()), path);
    // A backup holds a machine's trust configuration: only its owner reads it.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Read back through a fresh handle: what counts is what the next process will find on the disk.
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly))
        return makeError(failureCode, QStringLiteral("cannot read back: %1").arg(check.errorString()), path);
    const QByteArray back = check.readAll();
    if (back != bytes) {
        check.close();
        QFile::remove(path);
        return makeError(failureCode,
                         QStringLiteral("read back %1 bytes that differ from the %2 bytes written")
                             .arg(back.size())
                             .arg(bytes.size()),
                         path);
    }
    if (syncFolder) {
        if (auto synced = syncDirectory(QFileInfo(path).absolutePath()); !synced)
            return makeError(failureCode, synced.error().detail, synced.error().file);
    }
    return {};
}

Result<void> VerifiedFile::writeUnsynced(const QString& path, const QByteArray& bytes, ErrorCode failureCode)
{
    if (FaultInjection::failThisWrite())
        return makeError(failureCode, QStringLiteral("cannot write: injected I/O failure (CERTMEND_FAULT)"), path);

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(failureCode, QStringLiteral("cannot create: %1").arg(file.errorString()), path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return makeError(failureCode, QStringLiteral("cannot write: %1").arg(reason), path);
    }
    file.close();

    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes) {
        check.close();
        QFile::remove(path);
        return makeError(failureCode, QStringLiteral("what was read back differs from what was written"), path);
    }
    return {};
}

Result<void> VerifiedFile::syncTree(const QString& folder)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot open folder to sync: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), folder);
    const int rc = ::syncfs(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot sync to disk: %1").arg(QString::fromLocal8Bit(std::strerror(err))),
                         folder);
    return {};
#else
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadWrite))
            return makeError(ErrorCode::Io, QStringLiteral("cannot open to sync: %1").arg(file.errorString()),
                             file.fileName());
        if (auto synced = sync(file); !synced)
            return synced;
    }
    return {};
#endif
}

Result<void> VerifiedFile::sync(QFileDevice& file)
{
    const int fd = file.handle();
    if (fd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot sync: file not open"), file.fileName());
#ifdef Q_OS_WIN
    if (::_commit(fd) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot sync to disk"), file.fileName());
#else
    if (::fsync(fd) != 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot sync to disk: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                         file.fileName());
#endif
    return {};
}

Result<void> VerifiedFile::syncDirectory(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return {};
#else
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot open folder to sync: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), path);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL) // some file systems cannot sync a folder; the files themselves were synced
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot sync folder: %1").arg(QString::fromLocal8Bit(std::strerror(err))),
                         path);
    return {};
#endif
}

Result<void> VerifiedFile::createPrivateDirectory(const QString& path)
{
    QDir dir;
    if (!dir.mkdir(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        const QFileInfo info(path);
        const QString reason = info.exists() ? QStringLiteral("already exists")
                                             : QStringLiteral("cannot create the folder (not writable, or a parent "
                                                              "is missing or not a folder)");
        return makeError(ErrorCode::BackupFailed, reason, path);
    }
#ifndef Q_OS_WIN
    // mkdir's mode is filtered by the umask; the backup holds a machine's trust configuration, so be explicit.
    ::chmod(QFile::encodeName(path).constData(), S_IRWXU);
#endif
    return syncDirectory(QFileInfo(path).absolutePath());
}

QString VerifiedFile::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace certmend
