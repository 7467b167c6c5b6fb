#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certmend {

/// One change of a remediation plan. Every certificate action names the certificate by SHA-1 thumbprint and subject.
struct RemediationAction
{
    enum class Kind
    {
        Move,     ///< add to `targetStore`, then remove from `sourceStore`
        Remove,   ///< remove from `sourceStore` (the backup keeps it)
        Add,      ///< add `der` to `targetStore`
        SetValue, ///< set the Schannel value `settingName` to `newValue` (nullopt: delete it)
    };

    Kind kind = Kind::Move;
    QString sha1Thumbprint;          ///< 40 upper-case hex digits
    QString subject;                 ///< display name, for people
    QString sourceStore;             ///< Move, Remove
    QString targetStore;             ///< Move, Add
    bool targetHadIt = false;        ///< Move: the target store already held it, so undoing must not remove it there
    QByteArray der;                  ///< Add: the certificate to add
    QString settingName;             ///< SetValue
    std::optional<quint32> oldValue; ///< SetValue: the value before (nullopt: absent)
    std::optional<quint32> newValue; ///< SetValue: the value after (nullopt: delete)

    static RemediationAction move(const QString& sha1, const QString& subject, const QString& from, const QString& to);
    static RemediationAction remove(const QString& sha1, const QString& subject, const QString& from);
    static RemediationAction add(const QString& sha1, const QString& subject, const QString& to, const QByteArray& der);
    static RemediationAction setValue(const QString& name, std::optional<quint32> oldValue,
                                      std::optional<quint32> newValue);

    bool isCertificateAction() const { return kind != Kind::SetValue; }
    /// The stores this action reads or changes.
    QStringList stores() const;
    /// One translated sentence: "Move "Contoso CA" (SHA-1 AB…) from Root to CA."
    QString toText() const;
    /// One translated sentence describing the undo.
    QString undoText() const;

    QJsonObject toJson() const;
    /// Parses and validates (thumbprint format, store names that cannot leave a store folder).
    static Result<RemediationAction> fromJson(const QJsonObject& object);

    /// A store name CertMend accepts from a file: letters, digits, '_', '-', '.', not "." or "..".
    static bool isSafeStoreName(const QString& name);
    static bool isThumbprint(const QString& text);
    static QString kindName(Kind kind); ///< "move", "remove", "add", "set-value"

    friend bool operator==(const RemediationAction&, const RemediationAction&) = default;
};

} // namespace certmend
