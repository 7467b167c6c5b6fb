#include "remedy/RemediationAction.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace certmend {

namespace {

QString valueText(std::optional<quint32> value)
{
    if (!value)
        return QCoreApplication::translate("RemediationAction", "absent (Windows default)");
    return QStringLiteral("%1").arg(*value);
}

QJsonValue valueJson(std::optional<quint32> value)
{
    return value ? QJsonValue(static_cast<qint64>(*value)) : QJsonValue(QJsonValue::Null);
}

Result<std::optional<quint32>> valueFromJson(const QJsonValue& value, const char* key)
{
    if (value.isNull() || value.isUndefined())
        return std::optional<quint32>{};
    const qint64 number = value.toInteger(-1);
    if (!value.isDouble() || number < 0 || number > 0xFFFFFFFFLL)
        return makeError(ErrorCode::BadFormat, QStringLiteral("\"%1\" is not a DWORD").arg(QLatin1String(key)));
    return std::optional<quint32>(static_cast<quint32>(number));
}

} // namespace

RemediationAction RemediationAction::move(const QString& sha1, const QString& subject, const QString& from,
                                          const QString& to)
{
    RemediationAction a;
    a.kind = Kind::Move;
    a.sha1Thumbprint = sha1.toUpper();
    a.subject = subject;
    a.sourceStore = from;
    a.targetStore = to;
    return a;
}

RemediationAction RemediationAction::remove(const QString& sha1, const QString& subject, const QString& from)
{
    RemediationAction a;
    a.kind = Kind::Remove;
    a.sha1Thumbprint = sha1.toUpper();
    a.subject = subject;
    a.sourceStore = from;
    return a;
}

RemediationAction RemediationAction::add(const QString& sha1, const QString& subject, const QString& to,
                                         const QByteArray& der)
{
    RemediationAction a;
    a.kind = Kind::Add;
    a.sha1Thumbprint = sha1.toUpper();
    a.subject = subject;
    a.targetStore = to;
    a.der = der;
    return a;
}

RemediationAction RemediationAction::setValue(const QString& name, std::optional<quint32> oldValue,
                                              std::optional<quint32> newValue)
{
    RemediationAction a;
    a.kind = Kind::SetValue;
    a.settingName = name;
    a.oldValue = oldValue;
    a.newValue = newValue;
    return a;
}

QStringList RemediationAction::stores() const
{
    QStringList result;
    if (!sourceStore.isEmpty())
        result << sourceStore;
    if (!targetStore.isEmpty())
        result << targetStore;
    return result;
}

QString RemediationAction::toText() const
{
    switch (kind) {
    case Kind::Move:
        return QCoreApplication::translate("RemediationAction", "Move \"%1\" (SHA-1 %2) from %3 to %4.")
            .arg(subject, sha1Thumbprint, sourceStore, targetStore);
    case Kind::Remove:
        return QCoreApplication::translate("RemediationAction", "Remove \"%1\" (SHA-1 %2) from %3.")
            .arg(subject, sha1Thumbprint, sourceStore);
    case Kind::Add:
        return QCoreApplication::translate("RemediationAction", "Add \"%1\" (SHA-1 %2) to %3.")
            .arg(subject, sha1Thumbprint, targetStore);
    case Kind::SetValue:
        return QCoreApplication::translate("RemediationAction", "Set the Schannel value %1 from %2 to %3.")
            .arg(settingName, valueText(oldValue),
                 newValue ? valueText(newValue)
                          : QCoreApplication::translate("RemediationAction", "absent (delete the value)"));
    }
    return {};
}

QString RemediationAction::undoText() const
{
    switch (kind) {
    case Kind::Move:
        return QCoreApplication::translate("RemediationAction",
                                           "Put \"%1\" (SHA-1 %2) back into %3 and take it out of %4.")
            .arg(subject, sha1Thumbprint, sourceStore, targetStore);
    case Kind::Remove:
        return QCoreApplication::translate("RemediationAction", "Put \"%1\" (SHA-1 %2) back into %3.")
            .arg(subject, sha1Thumbprint, sourceStore);
    case Kind::Add:
        return QCoreApplication::translate("RemediationAction", "Take \"%1\" (SHA-1 %2) out of %3 again.")
            .arg(subject, sha1Thumbprint, targetStore);
    case Kind::SetValue:
        return QCoreApplication::translate("RemediationAction", "Set the Schannel value %1 back to %2.")
            .arg(settingName, valueText(oldValue));
    }
    return {};
}

QJsonObject RemediationAction::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("action"), kindName(kind));
    if (kind == Kind::SetValue) {
        o.insert(QStringLiteral("name"), settingName);
        o.insert(QStringLiteral("oldValue"), valueJson(oldValue));
        o.insert(QStringLiteral("newValue"), valueJson(newValue));
        return o;
    }
    o.insert(QStringLiteral("sha1"), sha1Thumbprint);
    o.insert(QStringLiteral("subject"), subject);
    if (!sourceStore.isEmpty())
        o.insert(QStringLiteral("from"), sourceStore);
    if (!targetStore.isEmpty())
        o.insert(QStringLiteral("to"), targetStore);
    if (kind == Kind::Move)
        o.insert(QStringLiteral("targetHadIt"), targetHadIt);
    if (kind == Kind::Add)
        o.insert(QStringLiteral("der"), QString::fromLatin1(der.toBase64()));
    return o;
}

Result<RemediationAction> RemediationAction::fromJson(const QJsonObject& o)
{
    const QString name = o.value(QStringLiteral("action")).toString();
    RemediationAction a;
    if (name == QLatin1String("set-value")) {
        a.kind = Kind::SetValue;
        a.settingName = o.value(QStringLiteral("name")).toString();
        static const QRegularExpression valueName(QStringLiteral("^[A-Za-z0-9_ .-]{1,255}$"));
        if (!valueName.match(a.settingName).hasMatch())
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("set-value: bad value name \"%1\"").arg(a.settingName));
        auto oldValue = valueFromJson(o.value(QStringLiteral("oldValue")), "oldValue");
        if (!oldValue)
            return oldValue.error();
        auto newValue = valueFromJson(o.value(QStringLiteral("newValue")), "newValue");
        if (!newValue)
            return newValue.error();
        a.oldValue = *oldValue;
        a.newValue = *newValue;
        return a;
    }
    if (name == QLatin1String("move"))
        a.kind = Kind::Move;
    else if (name == QLatin1String("remove"))
        a.kind = Kind::Remove;
    else if (name == QLatin1String("add"))
        a.kind = Kind::Add;
    else
        return makeError(ErrorCode::BadFormat, QStringLiteral("unknown action \"%1\"").arg(name));

    a.sha1Thumbprint = o.value(QStringLiteral("sha1")).toString();
    a.subject = o.value(QStringLiteral("subject")).toString();
    a.sourceStore = o.value(QStringLiteral("from")).toString();
    a.targetStore = o.value(QStringLiteral("to")).toString();
    a.targetHadIt = o.value(QStringLiteral("targetHadIt")).toBool(false);
    if (!isThumbprint(a.sha1Thumbprint))
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("%1: \"%2\" is not a SHA-1 thumbprint").arg(name, a.sha1Thumbprint));
    const bool needsSource = a.kind != Kind::Add;
    const bool needsTarget = a.kind != Kind::Remove;
    if (needsSource != !a.sourceStore.isEmpty() || needsTarget != !a.targetStore.isEmpty())
        return makeError(ErrorCode::BadFormat, QStringLiteral("%1 %2: wrong store fields").arg(name, a.sha1Thumbprint));
    for (const QString& store : a.stores()) {
        if (!isSafeStoreName(store))
            return makeError(ErrorCode::OutsideSnapshot,
                             QStringLiteral("%1 %2: store name \"%3\" is not a plain store name")
                                 .arg(name, a.sha1Thumbprint, store));
    }
    if (a.kind == Kind::Move && a.sourceStore.compare(a.targetStore, Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("move %1: source and target are the same store").arg(a.sha1Thumbprint));
    if (a.kind == Kind::Add) {
        const auto der = QByteArray::fromBase64Encoding(o.value(QStringLiteral("der")).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
        if (!der || der.decoded.isEmpty())
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("add %1: \"der\" is not base64").arg(a.sha1Thumbprint));
        a.der = der.decoded;
    }
    return a;
}

bool RemediationAction::isSafeStoreName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return pattern.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..");
}

bool RemediationAction::isThumbprint(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-F]{40}$"));
    return pattern.match(text).hasMatch();
}

QString RemediationAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Move:
        return QStringLiteral("move");
    case Kind::Remove:
        return QStringLiteral("remove");
    case Kind::Add:
        return QStringLiteral("add");
    case Kind::SetValue:
        return QStringLiteral("set-value");
    }
    return {};
}

} // namespace certmend
