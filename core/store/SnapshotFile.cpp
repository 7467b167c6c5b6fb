#include "store/SnapshotFile.h"

#include <QFile>
#include <QFileInfo>

namespace certmend {

namespace {

bool isResource(const QString& path)
{
    return path.startsWith(QLatin1Char(':'));
}

} // namespace

QString SnapshotFile::canonicalRoot(const QString& root)
{
    if (isResource(root))
        return root;
    const QString canonical = QFileInfo(root).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(root).absoluteFilePath() : canonical;
}

bool SnapshotFile::isInside(const QString& canonicalRoot, const QString& path)
{
    if (isResource(canonicalRoot) || isResource(path))
        return isResource(canonicalRoot) == isResource(path);
    // canonicalFilePath resolves every link on the way; a dangling link has no canonical path and is refused.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return false;
    return canonical == canonicalRoot || canonical.startsWith(canonicalRoot + QLatin1Char('/'));
}

Result<void> SnapshotFile::checkInside(const QString& canonicalRoot, const QString& path)
{
    if (isInside(canonicalRoot, path))
        return {};
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.canonicalFilePath();
    return makeError(ErrorCode::OutsideSnapshot,
                     target.isEmpty()
                         ? QStringLiteral("leads out of the snapshot folder or nowhere; not read")
                         : QStringLiteral("leads out of the snapshot folder (to %1); not read").arg(target),
                     path);
}

Result<QByteArray> SnapshotFile::read(const QString& canonicalRoot, const QString& path, qint64 maxSize)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::FileNotFound,
                         info.isSymLink()
                             ? QStringLiteral("is a link to %1, which does not exist").arg(info.symLinkTarget())
                             : QStringLiteral("does not exist"),
                         path);
    if (auto inside = checkInside(canonicalRoot, path); !inside)
        return inside.error();
    if (info.isDir())
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("is a folder, not a file"), path);
    if (!info.isFile())
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("is not a regular file"), path);
    if (info.size() > maxSize)
        return makeError(
            ErrorCode::FileTooLarge,
            QStringLiteral("is %1 bytes; files over %2 MB are not read").arg(info.size()).arg(maxSize / (1024 * 1024)),
            path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("cannot open: ") + file.errorString(), path);
    // Ask for one byte more than expected: the file can grow between stat and read.
    QByteArray bytes = file.read(qMin(info.size(), maxSize) + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("cannot read: ") + file.errorString(), path);
    if (bytes.size() > info.size())
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("changed while being read"), path);
    return bytes;
}

} // namespace certmend
