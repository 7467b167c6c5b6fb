#include "remedy/Applier.h"

#include "remedy/ActionRunner.h"
#include "remedy/FaultInjection.h"
#include "remedy/Journal.h"
#include "remedy/JournalState.h"
#include "remedy/StoreContents.h"

#include <QCoreApplication>

namespace certmend {

namespace {

QString firstLines(const QStringList& lines)
{
    const qsizetype shown = std::min<qsizetype>(lines.size(), 5);
    QString text = lines.mid(0, shown).join(QStringLiteral("; "));
    if (lines.size() > shown)
        text += QStringLiteral("; and %1 more").arg(lines.size() - shown);
    return text;
}

} // namespace

Applier::Applier(CertificateStore& store, SchannelRegistry* registry, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(registry)
{}

Result<void> Applier::checkUnchanged(const BackupBundle& bundle, ActionRunner& runner, StoreContents& known) const
{
    const RemediationPlan& plan = bundle.plan();
    auto now = StoreContents::read(m_store, plan.storesBefore().storeNames());
    if (!now)
        return now.error();
    QStringList differences = now->differencesFrom(plan.storesBefore());
    differences << runner.schannelDifferences(plan.actions(), false);
    if (!differences.isEmpty())
        return makeError(ErrorCode::StoreChanged,
                         QStringLiteral("the store changed since it was scanned, nothing was changed; scan again: %1")
                             .arg(firstLines(differences)));
    known = *now;
    return {};
}

Result<RemedyReport> Applier::apply(const BackupBundle& bundle)
{
    m_cancelled = false;
    const RemediationPlan& plan = bundle.plan();
    RemedyReport report;
    report.bundlePath = bundle.path();
    if (!m_store.isWritable())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the source is read-only; nothing was changed"));

    auto previous = JournalState::read(bundle.journalPath(), plan.size());
    if (!previous)
        return previous.error();
    if (previous->status != JournalState::Status::NotStarted)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this backup was already used (%1); make a new one for a new fix")
                             .arg(JournalState::statusName(previous->status)),
                         bundle.journalPath());

    ActionRunner runner(m_store, m_registry, bundle);
    StoreContents known;
    if (auto unchanged = checkUnchanged(bundle, runner, known); !unchanged)
        return unchanged.error();

    auto journal = Journal::open(bundle.journalPath());
    if (!journal)
        return journal.error();
    if (auto ok = journal.value().append(Journal::PlanStart, -1, plan.size()); !ok)
        return ok.error();

    const int total = int(plan.size());
    Q_EMIT progress(0, total);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        if (m_cancelled)
            return rollBack(makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")), i, bundle, runner,
                            journal.value(), known, report);
        if (auto ok = journal.value().append(Journal::Begin, i); !ok)
            return rollBack(ok.error(), i, bundle, runner, journal.value(), known, report);
        auto outcome = runner.forward(plan.actions().at(i), known);
        if (!outcome)
            return rollBack(outcome.error(), i + 1, bundle, runner, journal.value(), known, report);
        report.steps << outcome->text;
        ++(outcome->changed ? report.changed : report.skipped);
        if (auto ok = journal.value().append(Journal::Done, i); !ok)
            return rollBack(ok.error(), i + 1, bundle, runner, journal.value(), known, report);
        Q_EMIT progress(int(i + 1), total);
    }

    // Verify from a fresh read of the stores, not from what we believe we did.
    FaultInjection::point("verify:start");
    auto after = StoreContents::read(m_store, plan.storesBefore().storeNames());
    if (!after)
        return rollBack(after.error(), plan.size(), bundle, runner, journal.value(), known, report);
    QStringList differences = after->differencesFrom(plan.storesAfter());
    differences << runner.schannelDifferences(plan.actions(), true);
    if (!differences.isEmpty()) {
        known = *after;
        return rollBack(
            makeError(ErrorCode::VerifyFailed,
                      QStringLiteral("after the changes the store is not as planned: %1").arg(firstLines(differences))),
            plan.size(), bundle, runner, journal.value(), known, report);
    }
    if (auto ok = journal.value().append(Journal::Verified); !ok)
        return ok.error(); // the changes are in place and verified; recovery will find them complete
    if (auto ok = journal.value().append(Journal::Complete); !ok)
        return ok.error();
    report.steps << QCoreApplication::translate("Applier", "Verified: the stores are as planned.");
    return report;
}

Error Applier::rollBack(const Error& cause, qsizetype begun, const BackupBundle& bundle, ActionRunner& runner,
                        Journal& journal, StoreContents& known, RemedyReport& report)
{
    const RemediationPlan& plan = bundle.plan();
    QStringList failures;
    if (auto ok = journal.append(Journal::RollbackStart); !ok)
        failures << ok.error().message();
    for (qsizetype i = begun - 1; i >= 0; --i) {
        auto outcome = runner.reverse(plan.actions().at(i), known);
        if (!outcome) {
            failures << outcome.error().message();
            continue;
        }
        report.steps << outcome->text;
        if (auto ok = journal.append(Journal::Undone, i); !ok)
            failures << ok.error().message();
    }
    if (failures.isEmpty()) {
        auto now = StoreContents::read(m_store, plan.storesBefore().storeNames());
        if (!now)
            failures << now.error().message();
        else
            failures << now->differencesFrom(plan.storesBefore());
        failures << runner.schannelDifferences(plan.actions().mid(0, begun), false);
    }
    report.rolledBack = failures.isEmpty();
    Error error = cause;
    if (failures.isEmpty()) {
        (void)journal.append(Journal::RolledBack);
        error.detail +=
            QStringLiteral(". Every change made was undone; the stores are as before (%1 step(s) rolled back).")
                .arg(begun);
    } else {
        error.detail +=
            QStringLiteral(". Rolling back failed too (%1); every certificate is in the verified backup %2: "
                           "run `certmend-cli recover` or `certmend-cli restore %2`.")
                .arg(firstLines(failures), bundle.path());
    }
    return error;
}

} // namespace certmend
