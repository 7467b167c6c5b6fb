#pragma once

#include "schannel/RegKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace certmend {

/// A parsed `reg export` file (DOMAIN.md §5): keys and values, plus the lines that could not be read.
class RegFile
{
public:
    /// The text encoding and header of a file; write() keeps it so a rewritten snapshot looks like the original.
    enum class Format
    {
        Version5Utf16, ///< BOM FF FE, "Windows Registry Editor Version 5.00": what regedit and `reg export` write
        Version5Utf8,  ///< the same header as UTF-8 (with or without BOM): an export re-saved by an editor or script
        Regedit4Ansi,  ///< "REGEDIT4" in the ANSI code page (read as Latin-1)
        Regedit4Utf8,  ///< "REGEDIT4" as UTF-8 (with or without BOM)
    };

    /// Parses the bytes of a .reg file. `origin` names the file in errors and issues.
    /// Encoding or header problems fail the whole file; a malformed line only adds an issue.
    static Result<RegFile> parse(const QByteArray& bytes, const QString& origin);

    /// Writes keys as `reg import` accepts them: by default UTF-16LE with BOM, CRLF, the Version 5.00 header.
    /// parse(write(keys)) gives the same keys back.
    static QByteArray write(const QList<RegKey>& keys, Format format = Format::Version5Utf16);

    QList<RegKey> keys() const { return m_keys; }
    /// The key at that path, case-insensitive, "HKLM\…" and "HKEY_LOCAL_MACHINE\…" alike; null when absent.
    const RegKey* key(const QString& path) const;
    /// One entry per line that could not be read (code BadFormat, detail "line N: why: text").
    QList<Error> issues() const { return m_issues; }
    Format format() const { return m_format; }
    QString origin() const { return m_origin; }

    /// "HKEY_LOCAL_MACHINE\x\y" from "HKLM\x\y\" or "hkey_local_machine\x\y", upper-cased, for comparing paths.
    static QString normalizedPath(const QString& path);

private:
    QList<RegKey> m_keys;
    QList<Error> m_issues;
    Format m_format = Format::Version5Utf16;
    QString m_origin;
};

} // namespace certmend
