#pragma once

#include "util/Result.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace certmend {

/// A running certmend-winhelper (docs/WINHELPER-PROTOCOL.md): one request line out, one response line back.
/// Qt Core only: on Linux the command is e.g. "wine /path/certmend-winhelper.exe". The process is started on the
/// first request and asked to quit on destruction. Requests are serialised; use it from one thread at a time.
class WinHelperConnection
{
public:
    struct Options
    {
        QStringList command;              ///< program and its arguments
        bool readOnly = false;            ///< passes --read-only: the helper refuses every change
        bool simulateNotElevated = false; ///< passes --simulate-not-elevated (tests of the refusal)
        int timeoutMs = 120000;           ///< per request; Wine's first start of a prefix takes seconds
    };

    explicit WinHelperConnection(Options options);
    ~WinHelperConnection();
    WinHelperConnection(const WinHelperConnection&) = delete;
    WinHelperConnection& operator=(const WinHelperConnection&) = delete;

    /// The command from the environment variable CERTMEND_WINHELPER ("wine /path/certmend-winhelper.exe"),
    /// split like a shell would; empty when unset.
    static QStringList commandFromEnvironment();

    /// Sends one request (arguments already encoded) and returns the text after "ok " (empty for a bare "ok").
    /// An "err <code> <message>" response becomes an Error with that code; a dead or silent helper is Io.
    Result<QString> request(const QString& line);

    const Options& options() const { return m_options; }

    /// %XX-escapes what the protocol cannot carry in an argument (space, '%', control characters).
    static QString encodeArgument(const QString& text);
    static QString decodeArgument(const QString& text);
    /// ErrorCode from its errorCodeName() spelling; Internal for anything unknown.
    static ErrorCode errorCodeFromName(const QString& name);

private:
    Result<void> start();
    QString describe() const;

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    QMutex m_mutex;
};

} // namespace certmend
