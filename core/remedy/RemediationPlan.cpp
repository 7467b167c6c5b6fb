#include "remedy/RemediationPlan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace certmend {

StoreContents RemediationPlan::storesAfter() const
{
    StoreContents after = m_before;
    for (const RemediationAction& a : m_actions) {
        switch (a.kind) {
        case RemediationAction::Kind::Move:
            after.insert(a.targetStore, a.sha1Thumbprint);
            after.erase(a.sourceStore, a.sha1Thumbprint);
            break;
        case RemediationAction::Kind::Remove:
            after.erase(a.sourceStore, a.sha1Thumbprint);
            break;
        case RemediationAction::Kind::Add:
            after.insert(a.targetStore, a.sha1Thumbprint);
            break;
        case RemediationAction::Kind::SetValue:
            break;
        }
    }
    return after;
}

QStringList RemediationPlan::affectedStores() const
{
    QStringList result;
    for (const RemediationAction& a : m_actions) {
        for (const QString& store : a.stores()) {
            if (!result.contains(store, Qt::CaseInsensitive))
                result << store;
        }
    }
    return result;
}

QString RemediationPlan::toText() const
{
    QStringList lines;
    if (m_actions.isEmpty())
        lines << QCoreApplication::translate("RemediationPlan", "Nothing to change.");
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(m_actions.at(i).toText());
    if (!m_notes.isEmpty()) {
        lines << QString() << QCoreApplication::translate("RemediationPlan", "Left alone:");
        for (const Note& note : m_notes) {
            lines << QCoreApplication::translate("RemediationPlan", "- \"%1\" (SHA-1 %2): %3")
                         .arg(note.subject, note.sha1Thumbprint, note.reason);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject RemediationPlan::toJson() const
{
    QJsonArray actions;
    for (const RemediationAction& a : m_actions)
        actions.append(a.toJson());
    QJsonArray notes;
    for (const Note& n : m_notes) {
        notes.append(QJsonObject{{QStringLiteral("sha1"), n.sha1Thumbprint},
                                 {QStringLiteral("subject"), n.subject},
                                 {QStringLiteral("reason"), n.reason}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("certmend-plan")},
                       {QStringLiteral("formatVersion"), FormatVersion},
                       {QStringLiteral("actions"), actions},
                       {QStringLiteral("leftAlone"), notes},
                       {QStringLiteral("storesBefore"), m_before.toJson()}};
}

Result<RemediationPlan> RemediationPlan::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("certmend-plan"))
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("not a CertMend plan (\"format\" is not \"certmend-plan\")"));
    const int version = o.value(QStringLiteral("formatVersion")).toInt(-1);
    if (version != FormatVersion)
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("plan format version %1 is not supported (this CertMend reads %2)")
                             .arg(version)
                             .arg(FormatVersion));
    if (!o.value(QStringLiteral("actions")).isArray() || !o.value(QStringLiteral("storesBefore")).isObject())
        return makeError(ErrorCode::BadFormat, QStringLiteral("plan: \"actions\" or \"storesBefore\" missing"));

    RemediationPlan plan;
    auto before = StoreContents::fromJson(o.value(QStringLiteral("storesBefore")).toObject());
    if (!before)
        return makeError(before.error().code, QStringLiteral("plan: ") + before.error().detail);
    plan.m_before = *before;

    const QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto action = RemediationAction::fromJson(actions.at(i).toObject());
        if (!action)
            return makeError(action.error().code,
                             QStringLiteral("plan action %1: %2").arg(i + 1).arg(action.error().detail));
        for (const QString& store : action->stores()) {
            if (!plan.m_before.storeNames().contains(store, Qt::CaseInsensitive))
                return makeError(ErrorCode::BadFormat,
                                 QStringLiteral("plan action %1: store %2 is not among the stores recorded before")
                                     .arg(i + 1)
                                     .arg(store));
        }
        plan.m_actions.append(*action);
    }
    for (const QJsonValue& value : o.value(QStringLiteral("leftAlone")).toArray()) {
        const QJsonObject n = value.toObject();
        plan.m_notes.append(Note{n.value(QStringLiteral("sha1")).toString(),
                                 n.value(QStringLiteral("subject")).toString(),
                                 n.value(QStringLiteral("reason")).toString()});
    }
    return plan;
}

} // namespace certmend
