#include "OpenSslPtr.h"

#include <openssl/err.h>

namespace certmend {

QString drainOpenSslErrors()
{
    QString text;
    const char* file = nullptr;
    int line = 0;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(&file, &line, nullptr, &data, &flags)) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromUtf8(buffer);
        if (data && (flags & ERR_TXT_STRING) && *data)
            text += QStringLiteral(" (") + QString::fromUtf8(data) + QLatin1Char(')');
    }
    return text;
}

} // namespace certmend
