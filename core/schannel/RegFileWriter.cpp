#include "schannel/RegFileWriter.h"

#include <QStringEncoder>

#include <algorithm>

namespace certmend {

namespace {

bool isVersion5(RegFile::Format format)
{
    return format == RegFile::Format::Version5Utf16 || format == RegFile::Format::Version5Utf8;
}

QString quoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

QByteArray textBytes(const QString& text, RegFile::Format format)
{
    if (isVersion5(format)) {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        return encoder.encode(text);
    }
    return text.toLatin1();
}

/// The data bytes of a value written in hex form, derived from the number or text when the value has none.
QByteArray hexData(const RegValue& v, RegFile::Format format)
{
    if (!v.bytes.isEmpty())
        return v.bytes;
    switch (v.type) {
    case RegValue::Type::Qword:
    case RegValue::Type::Dword: {
        QByteArray out;
        const int size = v.type == RegValue::Type::Qword ? 8 : 4;
        for (int i = 0; i < size; ++i)
            out.append(char((v.number >> (8 * i)) & 0xff));
        return out;
    }
    case RegValue::Type::String:
    case RegValue::Type::ExpandString:
        return textBytes(v.text + QChar(u'\0'), format);
    case RegValue::Type::MultiString: {
        QString data;
        for (const QString& s : v.strings())
            data += s + QChar(u'\0');
        return textBytes(data + QChar(u'\0'), format);
    }
    default:
        return {};
    }
}

quint32 hexType(const RegValue& v)
{
    switch (v.type) {
    case RegValue::Type::Dword:
        return RegValue::RegDword;
    case RegValue::Type::Qword:
        return RegValue::RegQword;
    case RegValue::Type::String:
        return RegValue::RegSz;
    case RegValue::Type::ExpandString:
        return RegValue::RegExpandSz;
    case RegValue::Type::MultiString:
        return RegValue::RegMultiSz;
    case RegValue::Type::Binary:
        return RegValue::RegBinary;
    default:
        return v.regType;
    }
}

bool needsHexString(const QString& text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(u'\0'));
}

} // namespace

QString RegFileWriter::valueLines(const RegValue& v, RegFile::Format format)
{
    QString line = v.isDefault() ? QStringLiteral("@") : quoted(v.name);
    line += QLatin1Char('=');
    if (v.type == RegValue::Type::Deleted)
        return line + QStringLiteral("-\r\n");
    if (v.type == RegValue::Type::Dword && v.bytes.isEmpty())
        return line + QStringLiteral("dword:%1\r\n").arg(quint32(v.number), 8, 16, QLatin1Char('0'));
    if (v.type == RegValue::Type::String && v.bytes.isEmpty() && !needsHexString(v.text))
        return line + quoted(v.text) + QStringLiteral("\r\n");
    if (v.type == RegValue::Type::Other && v.regType == RegValue::UnknownForm)
        return line + v.text + QStringLiteral("\r\n");

    const quint32 type = hexType(v);
    line += type == RegValue::RegBinary ? QStringLiteral("hex:") : QStringLiteral("hex(%1):").arg(type, 0, 16);
    // Like regedit: lines of at most ~80 characters, continued with a backslash and a two-space indent.
    const QByteArray data = hexData(v, format);
    qsizetype column = line.size();
    for (qsizetype i = 0; i < data.size(); ++i) {
        line += QStringLiteral("%1").arg(static_cast<unsigned char>(data[i]), 2, 16, QLatin1Char('0'));
        column += 2;
        if (i + 1 < data.size()) {
            line += QLatin1Char(',');
            ++column;
            if (column > 76) {
                line += QStringLiteral("\\\r\n  ");
                column = 2;
            }
        }
    }
    return line + QStringLiteral("\r\n");
}

QByteArray RegFileWriter::write(const QList<RegKey>& keys, RegFile::Format format)
{
    QString text = isVersion5(format) ? QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n")
                                      : QStringLiteral("REGEDIT4\r\n\r\n");
    for (const RegKey& key : keys) {
        text += QStringLiteral("[%1%2]\r\n").arg(key.deleted ? QStringLiteral("-") : QString(), key.path);
        for (const RegValue& v : key.values)
            text += valueLines(v, format);
        text += QStringLiteral("\r\n");
    }

    switch (format) {
    case RegFile::Format::Version5Utf16: {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        return encoder.encode(text);
    }
    case RegFile::Format::Regedit4Ansi: {
        // Latin-1 cannot hold every character; rather than lose one, such a file is written as UTF-8, which
        // parse() recognises under the REGEDIT4 header.
        const bool latin1 = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; });
        return latin1 ? text.toLatin1() : text.toUtf8();
    }
    case RegFile::Format::Version5Utf8:
    case RegFile::Format::Regedit4Utf8:
        break;
    }
    return text.toUtf8();
}

} // namespace certmend
