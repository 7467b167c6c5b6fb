#include "store/LiveMachine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace certmend {

namespace {

const QLatin1String kPrefix("live");

QString tr(const char* text)
{
    return QCoreApplication::translate("LiveMachine", text);
}

QString helperBesideProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("certmend-winhelper.exe");
#else
    const QString name = QStringLiteral("certmend-winhelper");
#endif
    const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    const QString path = dir.isEmpty() ? QString() : QDir(dir).filePath(name);
    return !path.isEmpty() && QFileInfo(path).isExecutable() ? path : QString();
}

} // namespace

LiveMachine::LiveMachine(QString source, std::shared_ptr<WinHelperConnection> connection)
    : m_source(std::move(source))
    , m_connection(std::move(connection))
{}

bool LiveMachine::isLiveSource(const QString& source)
{
    return source.compare(kPrefix, Qt::CaseInsensitive) == 0 ||
           source.startsWith(kPrefix + QLatin1Char(':'), Qt::CaseInsensitive);
}

Result<QStringList> LiveMachine::helperCommand(const QString& source)
{
    if (!isLiveSource(source))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a live source: \"%1\"").arg(source));
    QStringList command;
    if (source.size() > kPrefix.size())
        command = QProcess::splitCommand(source.mid(kPrefix.size() + 1));
    else
        command = WinHelperConnection::commandFromEnvironment();
    if (command.isEmpty()) {
        if (const QString beside = helperBesideProgram(); !beside.isEmpty())
            command = {beside};
    }
    if (command.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("No certmend-winhelper was found next to CertMend. Reinstall CertMend, or name the helper: "
                            "live:<command> or the environment variable CERTMEND_WINHELPER."));
    return command;
}

Result<LiveMachine> LiveMachine::open(const QString& source, bool readOnly)
{
    Result<QStringList> command = helperCommand(source);
    if (!command)
        return command.error();
    WinHelperConnection::Options options;
    options.command = *command;
    options.readOnly = readOnly;
    auto connection = std::make_shared<WinHelperConnection>(options);
    const Result<QString> hello = connection->request(QStringLiteral("hello"));
    if (!hello)
        return hello.error();
    if (!hello->startsWith(QLatin1String("certmend-winhelper 1")))
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("the helper answered \"%1\", not protocol version 1").arg(*hello),
                         command->join(QLatin1Char(' ')));
    return LiveMachine(source, std::move(connection));
}

std::unique_ptr<WinHelperStore> LiveMachine::createStore() const
{
    return std::make_unique<WinHelperStore>(m_connection);
}

std::unique_ptr<WinHelperSchannelRegistry> LiveMachine::createRegistry() const
{
    return std::make_unique<WinHelperSchannelRegistry>(m_connection);
}

Result<void> LiveMachine::requireElevation() const
{
    const Result<QString> response = m_connection->request(QStringLiteral("elevated"));
    if (!response)
        return response.error();
    if (*response == QLatin1String("1"))
        return {};
    return makeError(ErrorCode::NotElevated,
                     tr("Changing this computer's certificate stores and Schannel settings needs administrator "
                        "rights: Run as administrator and try again. Nothing was changed."));
}

Result<SnapshotManifest> LiveMachine::manifest() const
{
    const Result<QString> response = m_connection->request(QStringLiteral("machine"));
    if (!response)
        return response.error();
    const QStringList parts = response->split(QLatin1Char(' '));
    if (parts.size() != 3)
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("the helper's machine answer \"%1\" is malformed").arg(response->left(80)),
                         m_source);
    const auto field = [](const QString& text) {
        return text == QLatin1String("-") ? QString() : WinHelperConnection::decodeArgument(text);
    };
    SnapshotManifest manifest;
    manifest.hostName = field(parts[0]);
    manifest.windowsVersion = field(parts[1]);
    manifest.productName = field(parts[2]);
    manifest.capturedUtc = QDateTime::currentDateTimeUtc();
    manifest.description = QStringLiteral("live machine through certmend-winhelper");
    return manifest;
}

} // namespace certmend
