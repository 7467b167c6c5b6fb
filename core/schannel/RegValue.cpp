#include "schannel/RegValue.h"

#include <QStringEncoder>

namespace certmend {

namespace {

QByteArray utf16le(const QString& text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    return encoder.encode(text);
}

} // namespace

QStringList RegValue::strings() const
{
    if (type != Type::MultiString || text.isEmpty())
        return {};
    return text.split(QLatin1Char('\n'));
}

QString RegValue::typeName() const
{
    switch (type) {
    case Type::Dword:
        return QStringLiteral("REG_DWORD");
    case Type::Qword:
        return QStringLiteral("REG_QWORD");
    case Type::String:
        return QStringLiteral("REG_SZ");
    case Type::ExpandString:
        return QStringLiteral("REG_EXPAND_SZ");
    case Type::MultiString:
        return QStringLiteral("REG_MULTI_SZ");
    case Type::Binary:
        return QStringLiteral("REG_BINARY");
    case Type::Deleted:
        return QStringLiteral("deleted");
    case Type::Other:
        break;
    }
    if (regType == UnknownForm)
        return QStringLiteral("unknown");
    return QStringLiteral("type %1").arg(regType);
}

RegValue RegValue::dword(const QString& name, quint32 value)
{
    RegValue v;
    v.name = name;
    v.type = Type::Dword;
    v.number = value;
    v.regType = RegDword;
    return v;
}

RegValue RegValue::qword(const QString& name, quint64 value)
{
    RegValue v;
    v.name = name;
    v.type = Type::Qword;
    v.number = value;
    v.regType = RegQword;
    for (int i = 0; i < 8; ++i)
        v.bytes.append(char((value >> (8 * i)) & 0xff));
    return v;
}

RegValue RegValue::string(const QString& name, const QString& text)
{
    RegValue v;
    v.name = name;
    v.type = Type::String;
    v.text = text;
    v.regType = RegSz;
    // A quoted .reg string cannot carry line breaks or NULs; write() falls back to hex(1) for those, so the
    // parsed-back value has bytes and so must this one.
    const bool needsHex =
        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(u'\0'));
    if (needsHex)
        v.bytes = utf16le(text + QChar(u'\0'));
    return v;
}

RegValue RegValue::expandString(const QString& name, const QString& text)
{
    RegValue v;
    v.name = name;
    v.type = Type::ExpandString;
    v.text = text;
    v.regType = RegExpandSz;
    v.bytes = utf16le(text + QChar(u'\0'));
    return v;
}

RegValue RegValue::multiString(const QString& name, const QStringList& strings)
{
    RegValue v;
    v.name = name;
    v.type = Type::MultiString;
    v.text = strings.join(QLatin1Char('\n'));
    v.regType = RegMultiSz;
    QString data;
    for (const QString& s : strings)
        data += s + QChar(u'\0');
    data += QChar(u'\0');
    v.bytes = utf16le(data);
    return v;
}

RegValue RegValue::binary(const QString& name, const QByteArray& data)
{
    RegValue v;
    v.name = name;
    v.type = Type::Binary;
    v.bytes = data;
    v.regType = RegBinary;
    return v;
}

RegValue RegValue::deleted(const QString& name)
{
    RegValue v;
    v.name = name;
    v.type = Type::Deleted;
    return v;
}

} // namespace certmend
