#include "schannel/RegFile.h"

#include "schannel/RegFileWriter.h"

#include <QRegularExpression>

#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>

namespace certmend {

namespace {

const QLatin1StringView kVersion5Header("Windows Registry Editor Version 5.00");
const QLatin1StringView kRegedit4Header("REGEDIT4");

struct Decoded
{
    QString text;
    RegFile::Format format = RegFile::Format::Version5Utf16;
};

QString printable(const QByteArray& raw)
{
    QString out;
    for (char c : raw.left(60)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

bool decodeStrict(QStringConverter::Encoding encoding, const QByteArray& bytes, QString& out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

QString firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("[\r\n]")));
    return (end < 0 ? text : text.left(end)).trimmed();
}

bool isHeader(const QString& line, QLatin1StringView header)
{
    return line.compare(header, Qt::CaseInsensitive) == 0;
}

Result<Decoded> decode(const QByteArray& bytes, const QString& origin)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::EmptyFile, QStringLiteral("the .reg file is empty"), origin);

    Decoded d;
    if (bytes.startsWith("\xFE\xFF"))
        return makeError(ErrorCode::BadEncoding,
                         QStringLiteral("UTF-16 big-endian (byte order mark FE FF); reg export writes UTF-16 "
                                        "little-endian with FF FE"),
                         origin);
    if (bytes.startsWith("\xFF\xFE")) {
        if (!decodeStrict(QStringConverter::Utf16LE, bytes.mid(2), d.text))
            return makeError(
                ErrorCode::BadEncoding,
                QStringLiteral("byte order mark FF FE but the rest is not valid UTF-16LE (%1 bytes)").arg(bytes.size()),
                origin);
        const QString header = firstLine(d.text);
        if (!isHeader(header, kVersion5Header))
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("UTF-16LE file whose first line is \"%1\", not \"%2\"")
                                 .arg(header.left(60), kVersion5Header),
                             origin);
        d.format = RegFile::Format::Version5Utf16;
        return d;
    }

    QByteArray body = bytes;
    const bool utf8Bom = body.startsWith("\xEF\xBB\xBF");
    if (utf8Bom)
        body.remove(0, 3);
    // A NUL in the first bytes means UTF-16 without its BOM (every other byte zero) or binary data: neither
    // can be read reliably as text, so say which one it looks like instead of guessing.
    const qsizetype nul = body.left(256).indexOf('\0');
    if (nul >= 0) {
        if (body.size() >= 2 && body[0] != '\0' && body[1] == '\0')
            return makeError(ErrorCode::BadEncoding,
                             QStringLiteral("looks like UTF-16LE without the byte order mark FF FE (starts \"%1\")")
                                 .arg(printable(body.left(16))),
                             origin);
        if (body.size() >= 2 && body[0] == '\0' && body[1] != '\0')
            return makeError(ErrorCode::BadEncoding,
                             QStringLiteral("looks like UTF-16 big-endian without a byte order mark (starts \"%1\")")
                                 .arg(printable(body.left(16))),
                             origin);
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("binary data, not a registry export (NUL byte at offset %1; starts \"%2\")")
                             .arg(nul)
                             .arg(printable(bytes.left(16))),
                         origin);
    }

    const QString header = firstLine(QString::fromLatin1(body.left(200)));
    QString utf8Text;
    const bool validUtf8 = decodeStrict(QStringConverter::Utf8, body, utf8Text);
    if (isHeader(header, kRegedit4Header)) {
        // REGEDIT4 is ANSI, but files re-saved by editors and written by scripts are often UTF-8; valid UTF-8
        // with non-ASCII characters is almost never Latin-1 text, so it is read as UTF-8.
        const bool hasNonAscii = std::any_of(body.begin(), body.end(), [](char c) { return c & 0x80; });
        if (validUtf8 && (hasNonAscii || utf8Bom)) {
            d.text = utf8Text;
            d.format = RegFile::Format::Regedit4Utf8;
        } else {
            d.text = QString::fromLatin1(body);
            d.format = RegFile::Format::Regedit4Ansi;
        }
        return d;
    }
    if (isHeader(header, kVersion5Header)) {
        // The Version 5.00 header as 8-bit text: an export opened and re-saved by an editor, PowerShell
        // (Set-Content/Out-File -Encoding utf8) or a configuration tool. The content is unambiguous, so refusing
        // it would only send the engineer back to the server for a new export.
        if (!validUtf8)
            return makeError(ErrorCode::BadEncoding,
                             QStringLiteral("\"%1\" header without the UTF-16LE byte order mark and the text is "
                                            "not valid UTF-8 either")
                                 .arg(kVersion5Header),
                             origin);
        d.text = utf8Text;
        d.format = RegFile::Format::Version5Utf8;
        return d;
    }
    return makeError(ErrorCode::BadFormat,
                     QStringLiteral("not a registry export: the first line is \"%1\", expected \"%2\" or \"%3\"")
                         .arg(printable(body.left(body.indexOf('\n') < 0 ? 60 : body.indexOf('\n')).trimmed()),
                              kVersion5Header, kRegedit4Header),
                     origin);
}

/// Reads a quoted string at text[pos] == '"'; returns the index after the closing quote or -1.
qsizetype readQuoted(const QString& text, qsizetype pos, QString& out)
{
    out.clear();
    for (qsizetype i = pos + 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"'))
            return i + 1;
        // Only \\ and \" are escapes in regedit's format; any other backslash is kept as written.
        if (c == QLatin1Char('\\') && i + 1 < text.size() &&
            (text[i + 1] == QLatin1Char('\\') || text[i + 1] == QLatin1Char('"'))) {
            out += text[++i];
            continue;
        }
        out += c;
    }
    return -1;
}

QString stripComment(const QString& data)
{
    const qsizetype semi = data.indexOf(QLatin1Char(';'));
    return (semi < 0 ? data : data.left(semi)).trimmed();
}

bool parseHexBytes(const QString& list, QByteArray& out)
{
    out.clear();
    const QString compact = QString(list).remove(QRegularExpression(QStringLiteral("\\s")));
    if (compact.isEmpty())
        return true;
    const QStringList parts = compact.split(QLatin1Char(','));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& p = parts[i];
        if (p.isEmpty() && i == parts.size() - 1)
            break; // a trailing comma, as left by a cut continuation
        bool ok = false;
        const uint b = p.toUInt(&ok, 16);
        if (!ok || p.size() > 2 || b > 0xff)
            return false;
        out.append(char(b));
    }
    return true;
}

QString bytesToText(const QByteArray& bytes, RegFile::Format format)
{
    if (format == RegFile::Format::Version5Utf16 || format == RegFile::Format::Version5Utf8) {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return decoder.decode(bytes.left(bytes.size() & ~qsizetype(1)));
    }
    // In REGEDIT4 files string data is in the machine's ANSI code page; Latin-1 is the closest Qt Core has.
    return QString::fromLatin1(bytes);
}

quint64 littleEndian(const QByteArray& bytes)
{
    quint64 n = 0;
    for (qsizetype i = bytes.size() - 1; i >= 0; --i)
        n = (n << 8) | static_cast<unsigned char>(bytes[i]);
    return n;
}

/// Parses what follows the '=' of a value line; returns an empty string on success, else the reason.
QString parseData(const QString& rawData, RegFile::Format format, RegValue& v)
{
    const QString data = rawData.trimmed();
    if (data == QLatin1String("-")) {
        v.type = RegValue::Type::Deleted;
        return {};
    }
    if (data.startsWith(QLatin1Char('"'))) {
        const qsizetype end = readQuoted(data, 0, v.text);
        if (end < 0)
            return QStringLiteral("string without closing quote");
        const QString rest = data.mid(end).trimmed();
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(';')))
            return QStringLiteral("text after the closing quote");
        v.type = RegValue::Type::String;
        v.regType = RegValue::RegSz;
        return {};
    }
    static const QRegularExpression dwordRe(QStringLiteral("^dword:([0-9a-fA-F]{1,8})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hexRe(QStringLiteral("^hex(?:\\(([0-9a-fA-F]{1,8})\\))?:(.*)$"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression otherRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_()]*:"));
    const QString plain = stripComment(data);
    if (plain.startsWith(QLatin1String("dword:"), Qt::CaseInsensitive)) {
        const auto m = dwordRe.match(plain);
        if (!m.hasMatch())
            return QStringLiteral("dword needs 1 to 8 hex digits");
        v.type = RegValue::Type::Dword;
        v.regType = RegValue::RegDword;
        v.number = m.captured(1).toULongLong(nullptr, 16);
        return {};
    }
    if (const auto m = hexRe.match(plain); m.hasMatch()) {
        if (!parseHexBytes(m.captured(2), v.bytes))
            return QStringLiteral("hex data is not a comma-separated list of bytes");
        v.regType = m.captured(1).isEmpty() ? RegValue::RegBinary : m.captured(1).toUInt(nullptr, 16);
        switch (v.regType) {
        case RegValue::RegSz:
        case RegValue::RegExpandSz: {
            QString s = bytesToText(v.bytes, format);
            while (s.endsWith(QChar(u'\0')))
                s.chop(1);
            v.text = s;
            v.type = v.regType == RegValue::RegSz ? RegValue::Type::String : RegValue::Type::ExpandString;
            break;
        }
        case RegValue::RegMultiSz: {
            QStringList parts = bytesToText(v.bytes, format).split(QChar(u'\0'));
            while (!parts.isEmpty() && parts.last().isEmpty())
                parts.removeLast();
            v.text = parts.join(QLatin1Char('\n'));
            v.type = RegValue::Type::MultiString;
            break;
        }
        case RegValue::RegBinary:
            v.type = RegValue::Type::Binary;
            break;
        case RegValue::RegDword:
        case RegValue::RegQword:
            // A DWORD/QWORD of the wrong length cannot be a number: keep its bytes as Other.
            if (v.bytes.size() == (v.regType == RegValue::RegDword ? 4 : 8)) {
                v.type = v.regType == RegValue::RegDword ? RegValue::Type::Dword : RegValue::Type::Qword;
                v.number = littleEndian(v.bytes);
            } else {
                v.type = RegValue::Type::Other;
            }
            break;
        default:
            v.type = RegValue::Type::Other;
            break;
        }
        return {};
    }
    if (otherRe.match(plain).hasMatch()) {
        v.type = RegValue::Type::Other;
        v.regType = RegValue::UnknownForm;
        v.text = plain;
        return {};
    }
    return QStringLiteral("unreadable value data");
}

} // namespace

QString RegFile::normalizedPath(const QString& path)
{
    QString p = path.trimmed();
    while (p.endsWith(QLatin1Char('\\')))
        p.chop(1);
    static const std::pair<QLatin1StringView, QLatin1StringView> roots[] = {
        {QLatin1StringView("HKLM"), QLatin1StringView("HKEY_LOCAL_MACHINE")},
        {QLatin1StringView("HKCU"), QLatin1StringView("HKEY_CURRENT_USER")},
        {QLatin1StringView("HKCR"), QLatin1StringView("HKEY_CLASSES_ROOT")},
        {QLatin1StringView("HKU"), QLatin1StringView("HKEY_USERS")},
        {QLatin1StringView("HKCC"), QLatin1StringView("HKEY_CURRENT_CONFIG")},
    };
    const QString first = p.section(QLatin1Char('\\'), 0, 0);
    for (const auto& [shortName, longName] : roots) {
        if (first.compare(shortName, Qt::CaseInsensitive) == 0) {
            p = longName + p.mid(first.size());
            break;
        }
    }
    return p.toUpper();
}

const RegKey* RegFile::key(const QString& path) const
{
    const QString wanted = normalizedPath(path);
    const RegKey* deleted = nullptr;
    for (const RegKey& k : m_keys) {
        if (normalizedPath(k.path) != wanted)
            continue;
        if (!k.deleted)
            return &k;
        deleted = &k;
    }
    return deleted;
}

Result<RegFile> RegFile::parse(const QByteArray& bytes, const QString& origin)
{
    auto decoded = decode(bytes, origin);
    if (!decoded)
        return decoded.error();

    RegFile file;
    file.m_format = decoded->format;
    file.m_origin = origin;
    const QStringList lines = decoded->text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    auto issue = [&](qsizetype index, const QString& why) {
        file.m_issues.append(makeError(
            ErrorCode::BadFormat,
            QStringLiteral("line %1: %2: %3").arg(index + 1).arg(why, lines[index].trimmed().left(120)), origin));
    };

    qsizetype current = -1; // index into m_keys of the section being read
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            continue;

        if (line.startsWith(QLatin1Char('['))) {
            current = -1;
            const qsizetype close = line.lastIndexOf(QLatin1Char(']'));
            if (close < 0) {
                issue(i, QStringLiteral("key without closing bracket"));
                continue;
            }
            const QString after = line.mid(close + 1).trimmed();
            if (!after.isEmpty() && !after.startsWith(QLatin1Char(';'))) {
                issue(i, QStringLiteral("text after the key's closing bracket"));
                continue;
            }
            QString path = line.mid(1, close - 1).trimmed();
            const bool deleted = path.startsWith(QLatin1Char('-'));
            if (deleted)
                path = path.mid(1).trimmed();
            if (path.isEmpty()) {
                issue(i, QStringLiteral("empty key path"));
                continue;
            }
            // A key listed twice is one key for reg import: later values add to or replace earlier ones.
            const QString normalized = normalizedPath(path);
            for (qsizetype k = 0; k < file.m_keys.size(); ++k) {
                if (file.m_keys[k].deleted == deleted && normalizedPath(file.m_keys[k].path) == normalized)
                    current = k;
            }
            if (current < 0) {
                file.m_keys.append(RegKey{path, deleted, {}});
                current = file.m_keys.size() - 1;
            }
            continue;
        }

        if (!line.startsWith(QLatin1Char('"')) && !line.startsWith(QLatin1Char('@'))) {
            issue(i, QStringLiteral("neither a key, a value nor a comment"));
            continue;
        }

        const qsizetype first = i;
        RegValue v;
        qsizetype pos = 1;
        if (line.startsWith(QLatin1Char('"'))) {
            pos = readQuoted(line, 0, v.name);
            if (pos < 0) {
                issue(i, QStringLiteral("value name without closing quote"));
                continue;
            }
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='), pos);
        if (eq < 0 || !line.mid(pos, eq - pos).trimmed().isEmpty()) {
            issue(i, QStringLiteral("no '=' after the value name"));
            continue;
        }
        QString data = line.mid(eq + 1).trimmed();
        if (data.startsWith(QLatin1String("hex"), Qt::CaseInsensitive)) {
            // regedit wraps long hex data: a line ending in a backslash continues on the next one.
            while (stripComment(data).endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
                data = stripComment(data);
                data.chop(1);
                data += lines[++i].trimmed();
            }
            if (stripComment(data).endsWith(QLatin1Char('\\'))) {
                issue(first, QStringLiteral("hex data continues past the end of the file"));
                continue;
            }
        }
        if (current < 0) {
            issue(first, QStringLiteral("value outside any key"));
            continue;
        }
        const QString why = parseData(data, file.m_format, v);
        if (!why.isEmpty()) {
            issue(first, why);
            continue;
        }
        RegKey& key = file.m_keys[current];
        if (RegValue* existing = key.value(v.name))
            *existing = v;
        else
            key.values.append(v);
    }
    return file;
}

QByteArray RegFile::write(const QList<RegKey>& keys, Format format)
{
    return RegFileWriter::write(keys, format);
}

} // namespace certmend
