#include "store/WinHelperConnection.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QProcess>

namespace certmend {

WinHelperConnection::WinHelperConnection(Options options)
    : m_options(std::move(options))
{}

WinHelperConnection::~WinHelperConnection()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->write("quit\n");
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QStringList WinHelperConnection::commandFromEnvironment()
{
    return QProcess::splitCommand(qEnvironmentVariable("CERTMEND_WINHELPER"));
}

QString WinHelperConnection::describe() const
{
    return QStringLiteral("certmend-winhelper (%1)").arg(m_options.command.join(QLatin1Char(' ')));
}

Result<void> WinHelperConnection::start()
{
    if (m_process && m_process->state() == QProcess::Running)
        return {};
    if (m_options.command.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("no helper command: set CERTMEND_WINHELPER or install certmend-winhelper"));
    m_process = std::make_unique<QProcess>();
    QStringList arguments = m_options.command.mid(1);
    if (m_options.readOnly)
        arguments += QStringLiteral("--read-only");
    if (m_options.simulateNotElevated)
        arguments += QStringLiteral("--simulate-not-elevated");
    // Wine talks on stderr; the protocol is stdout only.
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(m_options.command.first(), arguments);
    if (!m_process->waitForStarted(m_options.timeoutMs))
        return makeError(ErrorCode::Io, QStringLiteral("cannot start: %1").arg(m_process->errorString()), describe());
    return {};
}

Result<QString> WinHelperConnection::request(const QString& line)
{
    QMutexLocker lock(&m_mutex);
    if (auto started = start(); !started)
        return started.error();
    m_process->write(line.toUtf8() + '\n');
    QDeadlineTimer deadline(m_options.timeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running)
            return makeError(ErrorCode::Io,
                             QStringLiteral("the helper exited (code %1) during \"%2\"")
                                 .arg(m_process->exitCode())
                                 .arg(line.section(QLatin1Char(' '), 0, 1)),
                             describe());
        if (deadline.hasExpired() || !m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            if (m_process->canReadLine())
                break;
            if (deadline.hasExpired()) {
                m_process->kill();
                m_process->waitForFinished(2000);
                return makeError(ErrorCode::Io,
                                 QStringLiteral("no answer within %1 ms to \"%2\"")
                                     .arg(m_options.timeoutMs)
                                     .arg(line.section(QLatin1Char(' '), 0, 1)),
                                 describe());
            }
        }
    }
    QString response = QString::fromUtf8(m_process->readLine()).trimmed();
    if (response == QLatin1String("ok"))
        return QString();
    if (response.startsWith(QLatin1String("ok ")))
        return response.mid(3);
    if (response.startsWith(QLatin1String("err "))) {
        const QString code = response.section(QLatin1Char(' '), 1, 1);
        return makeError(errorCodeFromName(code), response.section(QLatin1Char(' '), 2), describe());
    }
    return makeError(ErrorCode::BadFormat, QStringLiteral("not a protocol response: \"%1\"").arg(response.left(80)),
                     describe());
}

QString WinHelperConnection::encodeArgument(const QString& text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '%' || c == ' ' || u < 0x20 || u == 0x7f)
            out += '%' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return QString::fromUtf8(out);
}

QString WinHelperConnection::decodeArgument(const QString& text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

ErrorCode WinHelperConnection::errorCodeFromName(const QString& name)
{
    for (int i = 0; i <= static_cast<int>(ErrorCode::Internal); ++i) {
        const auto code = static_cast<ErrorCode>(i);
        if (name == QLatin1String(errorCodeName(code)))
            return code;
    }
    return ErrorCode::Internal;
}

} // namespace certmend
