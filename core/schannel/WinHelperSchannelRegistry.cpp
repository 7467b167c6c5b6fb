#include "schannel/WinHelperSchannelRegistry.h"

#include "schannel/NetshSslCertParser.h"

#include <QtEndian>

namespace certmend {

namespace {

QByteArray utf16Data(const QString& text)
{
    QByteArray out;
    for (const QChar c : text) {
        out += static_cast<char>(c.unicode() & 0xff);
        out += static_cast<char>(c.unicode() >> 8);
    }
    return out + QByteArray(2, '\0');
}

QString fromUtf16Data(const QByteArray& data)
{
    QString text;
    for (qsizetype i = 0; i + 1 < data.size(); i += 2)
        text += QChar(static_cast<char16_t>(static_cast<uchar>(data[i]) | static_cast<uchar>(data[i + 1]) << 8));
    while (text.endsWith(QChar(u'\0')))
        text.chop(1);
    return text;
}

QString base64OrDash(const QByteArray& data)
{
    return data.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(data.toBase64());
}

} // namespace

WinHelperSchannelRegistry::WinHelperSchannelRegistry(std::shared_ptr<WinHelperConnection> connection)
    : m_connection(std::move(connection))
{}

Result<std::optional<quint32>> WinHelperSchannelRegistry::readDword(const QString& name) const
{
    const Result<QString> response =
        m_connection->request(QStringLiteral("get-dword ") + WinHelperConnection::encodeArgument(name));
    if (!response)
        return response.error();
    if (*response == QLatin1String("absent"))
        return std::optional<quint32>();
    bool ok = false;
    const quint32 value = response->toUInt(&ok);
    if (!ok)
        return makeError(ErrorCode::BadFormat, QStringLiteral("the helper answered \"%1\" for %2").arg(*response, name),
                         keyPath());
    return std::optional<quint32>(value);
}

Result<void> WinHelperSchannelRegistry::writeDword(const QString& name, std::optional<quint32> value)
{
    const QString encoded = WinHelperConnection::encodeArgument(name);
    const Result<QString> response = m_connection->request(
        value ? QStringLiteral("set-dword %1 %2").arg(encoded).arg(*value) : QStringLiteral("delete-dword ") + encoded);
    if (!response)
        return response.error();
    return {};
}

Result<std::optional<RegValue>> WinHelperSchannelRegistry::readValue(const QString& name) const
{
    const Result<QString> response =
        m_connection->request(QStringLiteral("get-value ") + WinHelperConnection::encodeArgument(name));
    if (!response)
        return response.error();
    if (*response == QLatin1String("absent"))
        return std::optional<RegValue>();
    const QStringList parts = response->split(QLatin1Char(' '));
    bool ok = false;
    const quint32 type = parts.value(0).toUInt(&ok);
    if (!ok || parts.size() != 2)
        return makeError(ErrorCode::BadFormat, QStringLiteral("the helper answered \"%1\" for %2").arg(*response, name),
                         keyPath());
    const QByteArray data = parts[1] == QLatin1String("-") ? QByteArray() : QByteArray::fromBase64(parts[1].toLatin1());
    return std::optional<RegValue>(fromRegistryData(name, type, data));
}

Result<void> WinHelperSchannelRegistry::writeValue(const RegValue& value)
{
    if (value.type == RegValue::Type::Deleted)
        return writeDword(value.name, std::nullopt);
    quint32 type = value.regType;
    switch (value.type) {
    case RegValue::Type::Dword:
        type = RegValue::RegDword;
        break;
    case RegValue::Type::Qword:
        type = RegValue::RegQword;
        break;
    case RegValue::Type::String:
        type = RegValue::RegSz;
        break;
    case RegValue::Type::ExpandString:
        type = RegValue::RegExpandSz;
        break;
    case RegValue::Type::MultiString:
        type = RegValue::RegMultiSz;
        break;
    case RegValue::Type::Binary:
        type = RegValue::RegBinary;
        break;
    default:
        break;
    }
    if (type == RegValue::UnknownForm)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("value %1 has no registry type to write back").arg(value.name), keyPath());
    const Result<QString> response = m_connection->request(QStringLiteral("set-value %1 %2 %3")
                                                               .arg(WinHelperConnection::encodeArgument(value.name))
                                                               .arg(type)
                                                               .arg(base64OrDash(registryData(value))));
    if (!response)
        return response.error();
    return {};
}

QByteArray WinHelperSchannelRegistry::registryData(const RegValue& value)
{
    switch (value.type) {
    case RegValue::Type::Dword: {
        QByteArray out(4, '\0');
        qToLittleEndian(static_cast<quint32>(value.number), out.data());
        return out;
    }
    case RegValue::Type::Qword: {
        QByteArray out(8, '\0');
        qToLittleEndian(static_cast<quint64>(value.number), out.data());
        return out;
    }
    case RegValue::Type::String:
    case RegValue::Type::ExpandString:
        return value.bytes.isEmpty() ? utf16Data(value.text) : value.bytes;
    case RegValue::Type::MultiString:
        return value.bytes.isEmpty() ? utf16Data(value.strings().join(QChar(u'\0'))) + QByteArray(2, '\0')
                                     : value.bytes;
    default:
        break;
    }
    return value.bytes;
}

RegValue WinHelperSchannelRegistry::fromRegistryData(const QString& name, quint32 type, const QByteArray& data)
{
    switch (type) {
    case RegValue::RegDword:
        if (data.size() == 4)
            return RegValue::dword(name, qFromLittleEndian<quint32>(data.constData()));
        break;
    case RegValue::RegQword:
        if (data.size() == 8)
            return RegValue::qword(name, qFromLittleEndian<quint64>(data.constData()));
        break;
    case RegValue::RegSz:
        return RegValue::string(name, fromUtf16Data(data));
    case RegValue::RegExpandSz:
        return RegValue::expandString(name, fromUtf16Data(data));
    case RegValue::RegMultiSz:
        return RegValue::multiString(name, fromUtf16Data(data).split(QChar(u'\0'), Qt::SkipEmptyParts));
    case RegValue::RegBinary:
        return RegValue::binary(name, data);
    default:
        break;
    }
    RegValue other;
    other.name = name;
    other.type = RegValue::Type::Other;
    other.regType = type;
    other.bytes = data;
    return other;
}

Result<QList<SslBinding>> WinHelperSchannelRegistry::bindings() const
{
    const Result<QString> text = bindingsText();
    if (!text)
        return text.error();
    return NetshSslCertParser::parse(*text, QStringLiteral("certmend-winhelper bindings"));
}

Result<QString> WinHelperSchannelRegistry::bindingsText() const
{
    const Result<QString> response = m_connection->request(QStringLiteral("bindings"));
    if (!response)
        return response.error();
    const QByteArray text =
        *response == QLatin1String("-") ? QByteArray() : QByteArray::fromBase64(response->toLatin1());
    return QString::fromUtf8(text);
}

Result<std::optional<QList<RegValue>>> WinHelperSchannelRegistry::allValues() const
{
    const Result<QString> response = m_connection->request(QStringLiteral("values"));
    if (!response)
        return response.error();
    if (*response == QLatin1String("absent"))
        return std::optional<QList<RegValue>>();
    QStringList items = response->split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (items.value(0) != QLatin1String("key"))
        return makeError(ErrorCode::BadFormat, QStringLiteral("the helper's value list does not start with \"key\""),
                         keyPath());
    items.removeFirst();
    QList<RegValue> values;
    for (const QString& item : std::as_const(items)) {
        const QStringList parts = item.split(QLatin1Char(','));
        bool ok = false;
        const quint32 type = parts.value(1).toUInt(&ok);
        if (parts.size() != 3 || !ok)
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("value %1 of the helper's list is malformed").arg(values.size() + 1),
                             keyPath());
        const auto decode = [](const QString& field) {
            return field == QLatin1String("-") ? QByteArray() : QByteArray::fromBase64(field.toLatin1());
        };
        values.append(fromRegistryData(QString::fromUtf8(decode(parts[0])), type, decode(parts[2])));
    }
    return std::optional<QList<RegValue>>(values);
}

} // namespace certmend
