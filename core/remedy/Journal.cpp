#include "remedy/Journal.h"

#include "remedy/FaultInjection.h"
#include "remedy/VerifiedFile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace certmend {

Journal::Journal() = default;
Journal::~Journal() = default;
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;

Result<Journal> Journal::open(const QString& path)
{
    Journal journal;
    const bool existed = QFileInfo::exists(path);
    journal.m_file = std::make_unique<QFile>(path);
    if (!journal.m_file->open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot open the journal: %1").arg(journal.m_file->errorString()), path);
    if (!existed) {
        journal.m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (auto synced = VerifiedFile::syncDirectory(QFileInfo(path).absolutePath()); !synced)
            return synced.error();
    }
    return journal;
}

Result<void> Journal::append(const char* event, qsizetype index, qsizetype total)
{
    if (!m_file)
        return makeError(ErrorCode::Internal, QStringLiteral("journal not open"));
    QJsonObject line{{QStringLiteral("event"), QLatin1String(event)},
                     {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (index >= 0)
        line.insert(QStringLiteral("index"), index);
    if (total >= 0)
        line.insert(QStringLiteral("total"), total);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (FaultInjection::failThisWrite())
        return makeError(ErrorCode::Io, QStringLiteral("cannot append to the journal: injected I/O failure"), path());
    if (m_file->write(bytes) != bytes.size() || !m_file->flush())
        return makeError(ErrorCode::Io, QStringLiteral("cannot append to the journal: %1").arg(m_file->errorString()),
                         path());
    if (index < 0) {
        if (auto synced = VerifiedFile::sync(*m_file); !synced)
            return synced.error();
    }
    FaultInjection::point(event);
    return {};
}

QString Journal::path() const
{
    return m_file ? m_file->fileName() : QString();
}

} // namespace certmend
