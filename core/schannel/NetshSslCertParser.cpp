#include "schannel/NetshSslCertParser.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace certmend {

namespace {

/// Removes what pasting adds in front of a line: '>' quoting (possibly nested) and indentation.
QString unquoted(const QString& line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i].isSpace() || line[i] == QLatin1Char('>')))
        ++i;
    return line.mid(i).trimmed();
}

std::optional<SslBinding::Kind> blockStart(const QString& label)
{
    if (label.compare(QLatin1String("IP:port"), Qt::CaseInsensitive) == 0)
        return SslBinding::Kind::IpPort;
    if (label.compare(QLatin1String("Hostname:port"), Qt::CaseInsensitive) == 0)
        return SslBinding::Kind::HostnamePort;
    if (label.compare(QLatin1String("Central Certificate Store"), Qt::CaseInsensitive) == 0)
        return SslBinding::Kind::CcsPort;
    if (label.endsWith(QLatin1String(":port"), Qt::CaseInsensitive))
        return SslBinding::Kind::Other;
    return std::nullopt;
}

std::optional<bool> enabled(const QString& value)
{
    if (value.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0)
        return true;
    if (value.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

/// Stores a known label in its member; returns false for labels CertMend does not interpret.
bool assign(SslBinding& b, const QString& label, const QString& value)
{
    auto is = [&](const char* name) { return label.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
    if (is("Certificate Hash"))
        b.certificateHash = value;
    else if (is("Application ID"))
        b.applicationId = value;
    else if (is("Certificate Store Name"))
        b.certificateStoreName = value;
    else if (is("Verify Client Certificate Revocation"))
        b.verifyClientRevocation = enabled(value);
    else if (is("Usage Check"))
        b.usageCheck = enabled(value);
    else if (is("Ctl Identifier"))
        b.ctlIdentifier = value;
    else if (is("Ctl Store Name"))
        b.ctlStoreName = value;
    else if (is("DS Mapper Usage"))
        b.dsMapperUsage = enabled(value);
    else if (is("Negotiate Client Certificate"))
        b.negotiateClientCertificate = enabled(value);
    else
        return false;
    return true;
}

} // namespace

Result<QList<SslBinding>> NetshSslCertParser::parse(const QString& text, const QString& origin)
{
    if (const qsizetype nul = text.indexOf(QChar(u'\0')); nul >= 0)
        return makeError(
            ErrorCode::BadEncoding,
            QStringLiteral("NUL character at offset %1: not netsh text (UTF-16 read as 8-bit text?)").arg(nul), origin);

    // "Label<spaces>: value": the separator is the first colon preceded by whitespace, so labels such as
    // "IP:port" and values such as "[::1]:443" keep their own colons.
    static const QRegularExpression labelRe(QStringLiteral("^(\\S.*?)\\s+:(?:\\s+(.*))?$"));
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    QList<SslBinding> bindings;
    bool lastComplete = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = unquoted(lines[i]);
        const auto m = labelRe.match(line);
        if (!m.hasMatch())
            continue;
        const QString label = m.captured(1).trimmed();
        QString value = m.captured(2).trimmed();
        if (value == QLatin1String("(null)"))
            value.clear();
        if (const auto kind = blockStart(label)) {
            SslBinding b;
            b.endpoint = value;
            b.kind = *kind;
            b.line = int(i + 1);
            bindings.append(b);
            lastComplete = false;
            continue;
        }
        if (bindings.isEmpty())
            continue; // a label before the first binding: not part of any
        SslBinding& b = bindings.last();
        if (!assign(b, label, value))
            b.fields.append({label, value});
        // Every Windows version prints this label, and newer ones print more after it: a block that never reached
        // it was cut off.
        if (label.compare(QLatin1String("Negotiate Client Certificate"), Qt::CaseInsensitive) == 0)
            lastComplete = true;
    }
    if (!bindings.isEmpty() && !lastComplete)
        bindings.last().truncated = true;
    return bindings;
}

Result<QList<SslBinding>> NetshSslCertParser::parseBytes(const QByteArray& bytes, const QString& origin)
{
    auto decode = [&](QStringConverter::Encoding encoding, qsizetype skip) {
        QStringDecoder decoder(encoding);
        return QString(decoder.decode(bytes.mid(skip)));
    };
    if (bytes.startsWith("\xFF\xFE"))
        return parse(decode(QStringConverter::Utf16LE, 2), origin);
    if (bytes.startsWith("\xFE\xFF"))
        return parse(decode(QStringConverter::Utf16BE, 2), origin);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return parse(decode(QStringConverter::Utf8, 3), origin);
    if (bytes.size() >= 2 && bytes[0] != '\0' && bytes[1] == '\0')
        return parse(decode(QStringConverter::Utf16LE, 0), origin);
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes);
    // netsh writes the console's OEM code page; Latin-1 keeps the ASCII labels and values readable.
    return parse(utf8.hasError() ? QString::fromLatin1(bytes) : text, origin);
}

} // namespace certmend
