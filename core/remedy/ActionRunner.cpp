#include "remedy/ActionRunner.h"

#include "remedy/FaultInjection.h"
#include "schannel/SchannelRegistry.h"

#include <QCoreApplication>

namespace certmend {

namespace {

QString alreadyText(const QString& text)
{
    return QCoreApplication::translate("ActionRunner", "%1 (already so, skipped)").arg(text);
}

QString valueText(std::optional<quint32> value)
{
    return value ? QString::number(*value) : QStringLiteral("absent");
}

} // namespace

ActionRunner::ActionRunner(CertificateStore& store, SchannelRegistry* registry, const BackupBundle& bundle)
    : m_store(store)
    , m_registry(registry)
    , m_bundle(bundle)
{}

Result<bool> ActionRunner::addFromBackup(const QString& storeName, const QString& sha1, StoreContents& known)
{
    if (known.contains(storeName, sha1))
        return false;
    auto cert = m_bundle.certificate(sha1);
    if (!cert)
        return cert.error();
    if (auto added = m_store.add(storeName, *cert, m_bundle.friendlyName(sha1)); !added)
        return added.error();
    FaultInjection::point("store:add");
    known.insert(storeName, sha1);
    return true;
}

Result<bool> ActionRunner::removeIfPresent(const QString& storeName, const QString& sha1, StoreContents& known)
{
    if (!known.contains(storeName, sha1))
        return false;
    auto removed = m_store.remove(storeName, sha1);
    if (!removed && removed.error().code != ErrorCode::NotFound)
        return removed.error();
    FaultInjection::point("store:remove");
    known.erase(storeName, sha1);
    return removed.ok();
}

Result<bool> ActionRunner::setValue(const QString& name, std::optional<quint32> value)
{
    if (!m_registry)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this source has no Schannel settings to change (%1)").arg(name));
    auto current = m_registry->readDword(name);
    if (current && *current == value)
        return false;
    // A wrongly typed value (current is an error) is overwritten: the backup kept the old one.
    if (auto written = m_registry->writeDword(name, value); !written)
        return written.error();
    FaultInjection::point("schannel:write");
    return true;
}

Result<ActionRunner::Outcome> ActionRunner::forward(const RemediationAction& a, StoreContents& known)
{
    bool changed = false;
    switch (a.kind) {
    case RemediationAction::Kind::Move: {
        auto added = addFromBackup(a.targetStore, a.sha1Thumbprint, known);
        if (!added)
            return added.error();
        auto removed = removeIfPresent(a.sourceStore, a.sha1Thumbprint, known);
        if (!removed)
            return removed.error();
        changed = *added || *removed;
        break;
    }
    case RemediationAction::Kind::Remove: {
        auto removed = removeIfPresent(a.sourceStore, a.sha1Thumbprint, known);
        if (!removed)
            return removed.error();
        changed = *removed;
        break;
    }
    case RemediationAction::Kind::Add: {
        auto added = addFromBackup(a.targetStore, a.sha1Thumbprint, known);
        if (!added)
            return added.error();
        changed = *added;
        break;
    }
    case RemediationAction::Kind::SetValue: {
        auto set = setValue(a.settingName, a.newValue);
        if (!set)
            return set.error();
        changed = *set;
        break;
    }
    }
    return Outcome{changed, changed ? a.toText() : alreadyText(a.toText())};
}

Result<ActionRunner::Outcome> ActionRunner::reverse(const RemediationAction& a, StoreContents& known)
{
    bool changed = false;
    switch (a.kind) {
    case RemediationAction::Kind::Move: {
        auto added = addFromBackup(a.sourceStore, a.sha1Thumbprint, known);
        if (!added)
            return added.error();
        Result<bool> removed = false;
        if (!a.targetHadIt)
            removed = removeIfPresent(a.targetStore, a.sha1Thumbprint, known);
        if (!removed)
            return removed.error();
        changed = *added || *removed;
        break;
    }
    case RemediationAction::Kind::Remove: {
        auto added = addFromBackup(a.sourceStore, a.sha1Thumbprint, known);
        if (!added)
            return added.error();
        changed = *added;
        break;
    }
    case RemediationAction::Kind::Add: {
        auto removed = removeIfPresent(a.targetStore, a.sha1Thumbprint, known);
        if (!removed)
            return removed.error();
        changed = *removed;
        break;
    }
    case RemediationAction::Kind::SetValue: {
        auto set = setValue(a.settingName, a.oldValue);
        if (!set)
            return set.error();
        changed = *set;
        break;
    }
    }
    return Outcome{changed, changed ? a.undoText() : alreadyText(a.undoText())};
}

QStringList ActionRunner::schannelDifferences(const QList<RemediationAction>& actions, bool applied) const
{
    QStringList lines;
    for (const RemediationAction& a : actions) {
        if (a.kind != RemediationAction::Kind::SetValue)
            continue;
        const std::optional<quint32> wanted = applied ? a.newValue : a.oldValue;
        if (!m_registry) {
            lines << QStringLiteral("Schannel %1: no registry to check").arg(a.settingName);
            continue;
        }
        auto current = m_registry->readDword(a.settingName);
        if (!current)
            lines << QStringLiteral("Schannel %1: %2").arg(a.settingName, current.error().message());
        else if (*current != wanted)
            lines << QStringLiteral("Schannel %1 is %2, expected %3")
                         .arg(a.settingName, valueText(*current), valueText(wanted));
    }
    return lines;
}

} // namespace certmend
