#include "remedy/Recovery.h"

#include "remedy/ActionRunner.h"
#include "remedy/FaultInjection.h"
#include "remedy/Journal.h"
#include "remedy/JournalState.h"
#include "remedy/StoreContents.h"

#include <QCoreApplication>

namespace certmend {

Recovery::Recovery(CertificateStore& store, SchannelRegistry* registry)
    : m_store(store)
    , m_registry(registry)
{}

Result<RemedyReport> Recovery::recover(const BackupBundle& bundle, Mode mode)
{
    const RemediationPlan& plan = bundle.plan();
    RemedyReport report;
    report.bundlePath = bundle.path();
    auto state = JournalState::read(bundle.journalPath(), plan.size());
    if (!state)
        return state.error();
    if (!state->needsRecovery())
        return report;
    if (!m_store.isWritable())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the source is read-only; cannot recover"));

    auto known = StoreContents::read(m_store, plan.storesBefore().storeNames());
    if (!known)
        return known.error();
    auto journal = Journal::open(bundle.journalPath());
    if (!journal)
        return journal.error();
    ActionRunner runner(m_store, m_registry, bundle);

    using Step = JournalState::Step;
    if (mode == Mode::Finish) {
        for (qsizetype i = 0; i < plan.size(); ++i) {
            if (state->steps.at(i) == Step::Done)
                continue;
            if (auto ok = journal.value().append(Journal::Begin, i); !ok)
                return ok.error();
            auto outcome = runner.forward(plan.actions().at(i), known.value());
            if (!outcome)
                return outcome.error();
            report.steps << outcome->text;
            ++(outcome->changed ? report.changed : report.skipped);
            if (auto ok = journal.value().append(Journal::Done, i); !ok)
                return ok.error();
        }
    } else {
        if (auto ok = journal.value().append(Journal::RollbackStart); !ok)
            return ok.error();
        for (qsizetype i = plan.size() - 1; i >= 0; --i) {
            // Pending ones too: their "begin" may not have reached the disk (see Journal), and undoing an action
            // that never ran changes nothing.
            if (state->steps.at(i) == Step::Undone)
                continue;
            auto outcome = runner.reverse(plan.actions().at(i), known.value());
            if (!outcome)
                return outcome.error();
            report.steps << outcome->text;
            ++(outcome->changed ? report.changed : report.skipped);
            if (auto ok = journal.value().append(Journal::Undone, i); !ok)
                return ok.error();
        }
        report.rolledBack = true;
    }

    FaultInjection::point("verify:start");
    auto now = StoreContents::read(m_store, plan.storesBefore().storeNames());
    if (!now)
        return now.error();
    const bool finish = mode == Mode::Finish;
    QStringList differences = now->differencesFrom(finish ? plan.storesAfter() : plan.storesBefore());
    if (finish)
        differences << runner.schannelDifferences(plan.actions(), true);
    else {
        differences << runner.schannelDifferences(plan.actions(), false);
    }
    if (!differences.isEmpty())
        return makeError(ErrorCode::VerifyFailed,
                         QStringLiteral("after recovery the stores are not as expected (%1); the backup %2 is intact")
                             .arg(differences.mid(0, 5).join(QStringLiteral("; ")), bundle.path()));
    if (finish) {
        if (auto ok = journal.value().append(Journal::Verified); !ok)
            return ok.error();
    }
    if (auto ok = journal.value().append(finish ? Journal::Complete : Journal::RolledBack); !ok)
        return ok.error();
    report.steps << (finish
                         ? QCoreApplication::translate("Recovery", "Finished and verified: the stores are as planned.")
                         : QCoreApplication::translate("Recovery",
                                                       "Rolled back and verified: the stores are as before."));
    return report;
}

} // namespace certmend
