#pragma once

#include "schannel/SslBinding.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace certmend {

/// Reads the output of `netsh http show sslcert`, also as pasted into tickets (quoted with '>', re-indented,
/// cut off at the end).
class NetshSslCertParser
{
public:
    /// One SslBinding per block; text without any binding is an empty list, not an error.
    /// Fails only on text that cannot be netsh output (NUL characters: UTF-16 read as 8-bit). `origin` names the
    /// file in errors.
    static Result<QList<SslBinding>> parse(const QString& text, const QString& origin);
    /// Decodes a saved file first: UTF-16LE/BE or UTF-8 by byte order mark (PowerShell's `>` writes UTF-16LE),
    /// else UTF-8 when valid, else Latin-1.
    static Result<QList<SslBinding>> parseBytes(const QByteArray& bytes, const QString& origin);
};

} // namespace certmend
