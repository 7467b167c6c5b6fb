#include "remedy/Restorer.h"

#include "remedy/ActionRunner.h"
#include "remedy/FaultInjection.h"
#include "remedy/Journal.h"
#include "remedy/StoreContents.h"

#include <QCoreApplication>

namespace certmend {

namespace {

/// Whether `a` is undone in `now` (the certificate is back where it was, and not where the fix put it).
bool isUndone(const RemediationAction& a, const StoreContents& now)
{
    switch (a.kind) {
    case RemediationAction::Kind::Move:
        return now.contains(a.sourceStore, a.sha1Thumbprint) &&
               (a.targetHadIt || !now.contains(a.targetStore, a.sha1Thumbprint));
    case RemediationAction::Kind::Remove:
        return now.contains(a.sourceStore, a.sha1Thumbprint);
    case RemediationAction::Kind::Add:
        return !now.contains(a.targetStore, a.sha1Thumbprint);
    case RemediationAction::Kind::SetValue:
        return true; // checked through the registry
    }
    return false;
}

} // namespace

Restorer::Restorer(CertificateStore& store, SchannelRegistry* registry)
    : m_store(store)
    , m_registry(registry)
{}

Result<RemedyReport> Restorer::restore(const BackupBundle& bundle)
{
    const BackupManifest& manifest = bundle.manifest();
    const RemediationPlan& plan = bundle.plan();
    if (!m_allowOtherMachine && manifest.hostName.compare(m_hostName, Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this backup is from machine \"%1\", not \"%2\"; nothing was changed "
                                        "(use --force-other-machine if you really mean to)")
                             .arg(manifest.hostName, m_hostName.isEmpty() ? QStringLiteral("(unknown)") : m_hostName),
                         bundle.path());
    if (!m_store.isWritable())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the target is read-only; nothing was changed"));

    RemedyReport report;
    report.bundlePath = bundle.path();
    auto known = StoreContents::read(m_store, plan.storesBefore().storeNames());
    if (!known)
        return known.error();
    auto journal = Journal::open(bundle.journalPath());
    if (!journal)
        return journal.error();
    if (auto ok = journal.value().append(Journal::RestoreStart, -1, plan.size()); !ok)
        return ok.error();

    ActionRunner runner(m_store, m_registry, bundle);
    for (qsizetype i = plan.size() - 1; i >= 0; --i) {
        auto outcome = runner.reverse(plan.actions().at(i), known.value());
        if (!outcome)
            return makeError(outcome.error().code,
                             QStringLiteral("%1; %2 step(s) were restored before this one, run restore again when the "
                                            "cause is fixed (it skips what is already back)")
                                 .arg(outcome.error().detail)
                                 .arg(report.changed + report.skipped),
                             outcome.error().file);
        report.steps << outcome->text;
        ++(outcome->changed ? report.changed : report.skipped);
        if (auto ok = journal.value().append(Journal::Undone, i); !ok)
            return ok.error();
    }

    FaultInjection::point("verify:start");
    auto now = StoreContents::read(m_store, plan.storesBefore().storeNames());
    if (!now)
        return now.error();
    QStringList differences;
    for (const RemediationAction& a : plan.actions()) {
        if (!isUndone(a, *now))
            differences << a.undoText();
    }
    differences << runner.schannelDifferences(plan.actions(), false);
    if (!differences.isEmpty())
        return makeError(ErrorCode::VerifyFailed,
                         QStringLiteral("after restoring, these are not back: %1")
                             .arg(differences.mid(0, 5).join(QStringLiteral("; "))),
                         bundle.path());
    if (auto ok = journal.value().append(Journal::Restored); !ok)
        return ok.error();
    report.steps << QCoreApplication::translate("Restorer", "Verified: everything the fix changed is back as it was.");
    return report;
}

} // namespace certmend
