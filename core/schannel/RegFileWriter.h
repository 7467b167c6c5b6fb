#pragma once

#include "schannel/RegFile.h"

namespace certmend {

/// Serialises registry keys the way regedit exports them; the implementation behind RegFile::write().
class RegFileWriter
{
public:
    static QByteArray write(const QList<RegKey>& keys, RegFile::Format format);
    /// The `"Name"=data` line(s) of one value, CRLF-terminated.
    static QString valueLines(const RegValue& value, RegFile::Format format);
};

} // namespace certmend
