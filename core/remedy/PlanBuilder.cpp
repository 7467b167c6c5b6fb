#include "remedy/PlanBuilder.h"

#include "schannel/SchannelRegistry.h"

#include <QCoreApplication>

namespace certmend {

namespace {

const QString kDefaultIntermediateStore = QStringLiteral("CA");

QString tr(const char* text)
{
    return QCoreApplication::translate("PlanBuilder", text);
}

QString originsText(const QList<StoreOrigin>& origins)
{
    QStringList names;
    for (StoreOrigin origin : origins)
        names << (origin == StoreOrigin::GroupPolicy  ? tr("Group Policy")
                  : origin == StoreOrigin::Enterprise ? tr("Enterprise (Active Directory)")
                                                      : tr("an unknown source"));
    return names.join(QStringLiteral(", "));
}

} // namespace

struct PlanBuilder::Intent
{
    QString sha1;
    QString subject;
    QString sourceStore;
    QString targetStore;
    Choice kind = Choice::Recommended; // Move, Remove or Leave once resolved; Recommended = nothing recommended
    QString reason;                    // why it is left alone
};

const QStringList& PlanBuilder::changeableSettings()
{
    // SendTrustedIssuers is the common misspelling (DOMAIN.md §2): deleting it is the fix.
    static const QStringList names{QStringLiteral("SendTrustedIssuerList"), QStringLiteral("ClientAuthTrustMode"),
                                   QStringLiteral("SendTrustedIssuers")};
    return names;
}

PlanBuilder::PlanBuilder(const CertificateStore& store, const SchannelRegistry* registry)
    : m_store(store)
    , m_registry(registry)
{}

void PlanBuilder::setChoice(const QString& sha1Thumbprint, Choice choice)
{
    m_choices.insert(sha1Thumbprint.toUpper(), choice);
}

Result<QList<PlanBuilder::Intent>> PlanBuilder::collectIntents(const QList<Finding>& findings) const
{
    QList<Intent> intents;
    auto indexOf = [&](const QString& sha1) {
        for (qsizetype i = 0; i < intents.size(); ++i) {
            if (intents.at(i).sha1 == sha1)
                return i;
        }
        return qsizetype(-1);
    };

    for (const Finding& finding : findings) {
        const RecommendedAction& action = finding.action;
        for (const FindingSubject& cert : finding.certificates) {
            Intent intent;
            intent.sha1 = cert.sha1Thumbprint.toUpper();
            intent.subject = cert.subject;
            intent.sourceStore = !action.sourceStore.isEmpty() ? action.sourceStore
                                 : !cert.storeName.isEmpty()   ? cert.storeName
                                                               : QStringLiteral("Root");
            intent.targetStore = action.targetStore.isEmpty() ? kDefaultIntermediateStore : action.targetStore;
            switch (action.kind) {
            case ActionKind::MoveToIntermediate:
                intent.kind = Choice::Move;
                break;
            case ActionKind::RemoveFromStore:
                intent.kind = Choice::Remove;
                break;
            case ActionKind::LeaveAlone:
                intent.kind = Choice::Leave;
                intent.reason = !action.reason.isEmpty() ? action.reason : action.text;
                break;
            case ActionKind::AddMissingRoot:
                intent.kind = Choice::Leave;
                intent.reason = tr("CertMend cannot add a root it does not have: import the client's root "
                                   "certificate yourself.");
                break;
            case ActionKind::None:
            case ActionKind::ChangeSetting:
                break;
            }
            const qsizetype existing = indexOf(intent.sha1);
            if (existing < 0)
                intents.append(intent);
            else if (intent.kind == Choice::Leave || intents.at(existing).kind == Choice::Recommended)
                intents[existing] = intent; // "leave it alone" from any finding wins: it names a risk
        }
    }

    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        qsizetype i = indexOf(it.key());
        if (i < 0) {
            if (it.value() == Choice::Leave || it.value() == Choice::Recommended)
                continue;
            // A certificate no finding names: find the store whose own (registry) copy holds it, Root first.
            QStringList names = m_store.storeNames();
            names.sort(Qt::CaseInsensitive);
            const qsizetype root = names.indexOf(QStringLiteral("Root"));
            if (root > 0)
                names.move(root, 0);
            QString found;
            QString subject;
            for (const QString& name : names) {
                auto entries = m_store.list(name);
                if (!entries)
                    return entries.error();
                for (const StoreEntry& entry : *entries) {
                    if (entry.origin == StoreOrigin::Registry && entry.certificate.sha1Thumbprint() == it.key()) {
                        found = name;
                        subject = entry.certificate.displayName();
                    }
                }
                if (!found.isEmpty())
                    break;
            }
            if (found.isEmpty())
                return makeError(
                    ErrorCode::NotFound,
                    QStringLiteral("certificate %1 is not in any store that CertMend may change").arg(it.key()));
            Intent intent;
            intent.sha1 = it.key();
            intent.subject = subject;
            intent.sourceStore = found;
            intent.targetStore = kDefaultIntermediateStore;
            intents.append(intent);
            i = intents.size() - 1;
        }
        Intent& intent = intents[i];
        if (it.value() == Choice::Recommended)
            continue;
        intent.kind = it.value();
        if (intent.kind == Choice::Leave)
            intent.reason = tr("You chose to leave it as it is.");
        if (intent.kind == Choice::Move && intent.sourceStore.compare(intent.targetStore, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("certificate %1 is already in %2: there is nowhere to move it")
                                 .arg(intent.sha1, intent.targetStore));
    }
    return intents;
}

Result<RemediationPlan> PlanBuilder::build(const QList<Finding>& findings) const
{
    auto intents = collectIntents(findings);
    if (!intents)
        return intents.error();

    QStringList storeNames;
    for (const Intent& intent : *intents) {
        if (intent.kind != Choice::Move && intent.kind != Choice::Remove)
            continue;
        for (const QString& name : {intent.sourceStore, intent.targetStore}) {
            if (!RemediationAction::isSafeStoreName(name))
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a store name").arg(name));
            if (!storeNames.contains(name, Qt::CaseInsensitive))
                storeNames << name;
        }
    }
    auto before = StoreContents::read(m_store, storeNames);
    if (!before)
        return before.error();

    RemediationPlan plan;
    for (const Intent& intent : *intents) {
        if (intent.kind == Choice::Leave) {
            plan.addNote({intent.sha1, intent.subject, intent.reason});
            continue;
        }
        if (intent.kind != Choice::Move && intent.kind != Choice::Remove)
            continue;
        const QList<StoreOrigin> others = before->otherOrigins(intent.sourceStore, intent.sha1);
        if (!others.isEmpty()) {
            // Changing only the machine's own copy would not fix anything: policy puts its copy back.
            plan.addNote({intent.sha1, intent.subject,
                          tr("%1 deploys it to %2; it would come back after the next policy refresh. Change it "
                             "where it is deployed.")
                              .arg(originsText(others), intent.sourceStore)});
            continue;
        }
        if (!before->contains(intent.sourceStore, intent.sha1)) {
            plan.addNote({intent.sha1, intent.subject, tr("It is no longer in %1.").arg(intent.sourceStore)});
            continue;
        }
        if (intent.kind == Choice::Move) {
            RemediationAction action =
                RemediationAction::move(intent.sha1, intent.subject, intent.sourceStore, intent.targetStore);
            action.targetHadIt = before->contains(intent.targetStore, intent.sha1);
            plan.append(action);
        } else {
            plan.append(RemediationAction::remove(intent.sha1, intent.subject, intent.sourceStore));
        }
    }

    planSettings(findings, plan);
    plan.setStoresBefore(*before);
    return plan;
}

void PlanBuilder::planSettings(const QList<Finding>& findings, RemediationPlan& plan) const
{
    QStringList done;
    for (const Finding& finding : findings) {
        const RecommendedAction& action = finding.action;
        if (action.kind != ActionKind::ChangeSetting || done.contains(action.settingName, Qt::CaseInsensitive))
            continue;
        done << action.settingName;
        if (!changeableSettings().contains(action.settingName, Qt::CaseInsensitive)) {
            plan.addNote({QString(), action.settingName,
                          tr("CertMend does not change this setting itself: %1").arg(action.text)});
            continue;
        }
        if (!m_registry) {
            plan.addNote(
                {QString(), action.settingName, tr("The Schannel settings of this source cannot be changed.")});
            continue;
        }
        auto old = m_registry->readDword(action.settingName);
        if (!old) {
            plan.addNote(
                {QString(), action.settingName, tr("Its current value cannot be read: %1").arg(old.error().message())});
            continue;
        }
        const std::optional<quint32> wanted =
            action.settingValue < 0 ? std::nullopt : std::optional<quint32>(quint32(action.settingValue));
        if (*old == wanted)
            continue;
        plan.append(RemediationAction::setValue(action.settingName, *old, wanted));
    }
}

} // namespace certmend
