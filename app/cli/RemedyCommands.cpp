// certmend-cli plan / fix / restore / recover: thin wrappers over core/remedy (the wizard drives the same API).
#include "Commands.h"
#include "TextOutput.h"

#include "analysis/MachineScanner.h"
#include "remedy/Applier.h"
#include "remedy/BackupWriter.h"
#include "remedy/JournalScanner.h"
#include "remedy/PlanBuilder.h"
#include "remedy/Recovery.h"
#include "remedy/Restorer.h"
#include "schannel/SnapshotSchannelRegistry.h"
#include "store/LiveMachineLoader.h"
#include "store/MachineSnapshot.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string_view>

#ifdef Q_OS_WIN
#include <io.h>
#define CERTMEND_ISATTY _isatty
#else
#include <unistd.h>
#define CERTMEND_ISATTY isatty
#endif

using namespace certmend;
using cli::str;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitRefused = 1;
constexpr int ExitBadInput = 2;

int fail(const char* command, const Error& error, int status)
{
    fmt::print(stderr, "certmend-cli {}: {}\n", command, str(error.message()));
    return status;
}

int usage(const char* command, const std::string& message)
{
    fmt::print(stderr, "certmend-cli {}: {}\n", command, message);
    return ExitBadInput;
}

/// The parsed arguments shared by the commands: positional ones and the options each command allows.
struct Arguments
{
    QStringList positional;
    QString backupDir;
    QString into;
    bool json = false;
    bool yes = false;
    bool finish = false;
    bool rollback = false;
    bool forceOtherMachine = false;
    QList<QPair<QString, PlanBuilder::Choice>> choices;
};

std::optional<Arguments> parse(const char* command, const QStringList& args, const QStringList& allowed)
{
    static const QRegularExpression thumbprint(QStringLiteral("^[0-9A-Fa-f]{40}$"));
    Arguments a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            a.positional << arg;
            continue;
        }
        if (!allowed.contains(arg)) {
            usage(command, fmt::format("unknown option '{}'", str(arg)));
            return std::nullopt;
        }
        const bool takesValue = arg == QLatin1String("--backup") || arg == QLatin1String("--into") ||
                                arg == QLatin1String("--move") || arg == QLatin1String("--remove") ||
                                arg == QLatin1String("--leave");
        QString value;
        if (takesValue) {
            if (++i >= args.size()) {
                usage(command, fmt::format("{} needs a value", str(arg)));
                return std::nullopt;
            }
            value = args.at(i);
        }
        if (arg == QLatin1String("--backup"))
            a.backupDir = value;
        else if (arg == QLatin1String("--into"))
            a.into = value;
        else if (arg == QLatin1String("--json"))
            a.json = true;
        else if (arg == QLatin1String("--yes"))
            a.yes = true;
        else if (arg == QLatin1String("--finish"))
            a.finish = true;
        else if (arg == QLatin1String("--rollback"))
            a.rollback = true;
        else if (arg == QLatin1String("--force-other-machine"))
            a.forceOtherMachine = true;
        else {
            // Thumbprints are copied from certlm.msc or PowerShell with spaces or colons: accept those.
            value.remove(QRegularExpression(QStringLiteral("[\\s:]")));
            if (!thumbprint.match(value).hasMatch()) {
                usage(command, fmt::format("'{}' is not a SHA-1 thumbprint (40 hex digits)", str(args.at(i))));
                return std::nullopt;
            }
            const auto choice = arg == QLatin1String("--move")     ? PlanBuilder::Choice::Move
                                : arg == QLatin1String("--remove") ? PlanBuilder::Choice::Remove
                                                                   : PlanBuilder::Choice::Leave;
            a.choices.append({value.toUpper(), choice});
        }
    }
    return a;
}

/// Asks "question [y/N]" on the terminal. Without a terminal nobody can answer: that is a no.
bool confirm(const char* command, const std::string& question)
{
    if (!CERTMEND_ISATTY(0)) {
        fmt::print(stderr,
                   "certmend-cli {}: no terminal to confirm on; nothing was changed (pass --yes to confirm "
                   "in a script)\n",
                   command);
        return false;
    }
    fmt::print("{} [y/N] ", question);
    std::fflush(stdout);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

/// Warns about interrupted fixes in `backupRoot`; true when one of them is on `sourcePath` (then the caller stops).
bool noticeIncomplete(const QString& backupRoot, const QString& sourcePath, const QString& exceptBundle = {})
{
    bool sameSource = false;
    for (const JournalScanner::Incomplete& item : JournalScanner::findIncomplete(backupRoot)) {
        if (item.bundlePath == exceptBundle)
            continue;
        const bool same = !sourcePath.isEmpty() && QFileInfo(item.sourcePath) == QFileInfo(sourcePath);
        sameSource = sameSource || same;
        fmt::print(stderr,
                   "certmend-cli: notice: an interrupted fix was found in {} (source {}, {} of {} steps done).\n"
                   "  Finish it or roll it back first: certmend-cli recover {} --finish | --rollback\n",
                   str(item.bundlePath), str(item.sourcePath), item.state.count(JournalState::Step::Done),
                   item.actionCount, str(QDir::toNativeSeparators(backupRoot)));
    }
    return sameSource;
}

/// A writable snapshot folder (or the live machine) with its stores and Schannel settings.
struct Target
{
    MachineSnapshot snapshot;
    std::unique_ptr<CertificateStore> store;
    std::unique_ptr<SchannelRegistry> registry;
    QString path;
};

std::unique_ptr<Target> openTarget(const char* command, const MachineSnapshot& snapshot, int& status)
{
    auto target = std::make_unique<Target>();
    target->snapshot = snapshot;
    target->path = QFileInfo(snapshot.rootPath).absoluteFilePath();
    if (LiveMachine::isLiveSource(snapshot.rootPath)) { // through certmend-winhelper, which checks elevation
        auto machine = LiveMachine::open(snapshot.rootPath);
        if (!machine) {
            status = fail(command, machine.error(), ExitBadInput);
            return nullptr;
        }
        if (auto elevated = machine->requireElevation(); !elevated && std::string_view(command) != "plan") {
            status = fail(command, elevated.error(), ExitRefused);
            return nullptr;
        }
        target->path = snapshot.rootPath;
        target->store = machine->createStore();
        target->registry = machine->createRegistry();
        return target;
    }
    if (snapshot.rootPath.startsWith(QLatin1String(":/"))) {
        status = usage(command, "training scenarios are read-only: extract a copy with `certmend-cli scenarios "
                                "--extract ID DIR` and fix that copy");
        return nullptr;
    }
    target->store = std::make_unique<SnapshotStore>(snapshot.certificateStore());
    if (!snapshot.isSingleFile())
        target->registry =
            std::make_unique<SnapshotSchannelRegistry>(QDir(target->path).filePath(QStringLiteral("schannel.reg")));
    return target;
}

Result<RemediationPlan> buildPlan(const ScanResult& scan, const Target* target, const Arguments& a)
{
    const SnapshotStore store = scan.snapshot.certificateStore();
    std::optional<SnapshotSchannelRegistry> registry;
    if (!scan.snapshot.isSingleFile() && !scan.snapshot.rootPath.startsWith(QLatin1String(":/")))
        registry.emplace(QDir(scan.snapshot.rootPath).filePath(QStringLiteral("schannel.reg")));
    const CertificateStore& planStore = target ? *target->store : static_cast<const CertificateStore&>(store);
    const SchannelRegistry* planRegistry = target ? target->registry.get() : (registry ? &*registry : nullptr);
    PlanBuilder builder(planStore, planRegistry);
    for (const auto& [sha1, choice] : a.choices)
        builder.setChoice(sha1, choice);
    return builder.build(scan.findings);
}

/// A path that exists is that path, even when a training scenario has the same id.
QString sourceArgument(const QString& argument)
{
    return QFileInfo::exists(argument) ? QFileInfo(argument).absoluteFilePath() : argument;
}

void printReport(const RemedyReport& report)
{
    for (const QString& step : report.steps)
        fmt::print("  {}\n", str(step));
}

} // namespace

int runPlan(const QStringList& args)
{
    const auto a = parse(
        "plan", args,
        {QStringLiteral("--json"), QStringLiteral("--move"), QStringLiteral("--remove"), QStringLiteral("--leave")});
    if (!a)
        return ExitBadInput;
    if (a->positional.size() > 1)
        return usage("plan", "give one source");
    auto scan = MachineScanner::scan(a->positional.isEmpty() ? QString() : sourceArgument(a->positional.first()));
    if (!scan)
        return fail("plan", scan.error(), ExitBadInput);
    int status = ExitOk; // a live machine's plan reads its stores through the helper, like fix does
    const auto live =
        LiveMachine::isLiveSource(scan->snapshot.rootPath) ? openTarget("plan", scan->snapshot, status) : nullptr;
    if (status != ExitOk)
        return status;
    auto plan = buildPlan(*scan, live.get(), *a);
    if (!plan)
        return fail("plan", plan.error(), ExitBadInput);
    if (a->json) {
        fmt::print("{}", QJsonDocument(plan->toJson()).toJson().toStdString());
        return ExitOk;
    }
    fmt::print("Plan for {} ({}), {} change(s); nothing is changed by this command:\n\n{}\n",
               str(scan->snapshot.manifest.hostName), str(QDir::toNativeSeparators(scan->snapshot.rootPath)),
               plan->size(), str(plan->toText()));
    return ExitOk;
}

int runFix(const QStringList& args)
{
    const auto a = parse("fix", args,
                         {QStringLiteral("--backup"), QStringLiteral("--yes"), QStringLiteral("--move"),
                          QStringLiteral("--remove"), QStringLiteral("--leave")});
    if (!a)
        return ExitBadInput;
    if (a->positional.size() != 1)
        return usage("fix", "usage: certmend-cli fix SOURCE --backup DIR [--yes]");
    if (a->backupDir.isEmpty())
        return usage("fix", "a backup folder is required: --backup DIR (nothing is changed without a backup)");

    auto scan = MachineScanner::scan(sourceArgument(a->positional.first()));
    if (!scan)
        return fail("fix", scan.error(), ExitBadInput);
    int status = ExitOk;
    const auto target = openTarget("fix", scan->snapshot, status);
    if (!target)
        return status;
    if (!target->store->isWritable())
        return usage("fix", fmt::format("{}: the source is read-only", str(target->path)));
    if (noticeIncomplete(a->backupDir, target->path)) {
        fmt::print(stderr,
                   "certmend-cli fix: refusing to start a new fix on {} before the interrupted one is "
                   "finished or rolled back\n",
                   str(target->path));
        return ExitRefused;
    }

    auto plan = buildPlan(*scan, target.get(), *a);
    if (!plan)
        return fail("fix", plan.error(), ExitBadInput);
    fmt::print("{}\n\n", str(plan->toText()));
    if (plan->isEmpty())
        return ExitOk;
    if (!a->yes && !confirm("fix", fmt::format("Apply these {} changes?", plan->size()))) {
        fmt::print("Nothing was changed.\n");
        return ExitRefused;
    }

    BackupWriter writer(*target->store);
    writer.setHostName(target->snapshot.manifest.hostName);
    writer.setSourcePath(target->path);
    auto bundle = writer.write(*plan, a->backupDir);
    if (!bundle)
        return fail("fix", bundle.error(), ExitRefused);
    fmt::print("Backup written and verified: {}\n", str(QDir::toNativeSeparators(bundle->path())));

    Applier applier(*target->store, target->registry.get());
    auto report = applier.apply(*bundle);
    if (!report)
        return fail("fix", report.error(), ExitRefused);
    printReport(*report);
    fmt::print("Done: {} change(s) applied and verified. To undo: certmend-cli restore {}\n", report->changed,
               str(QDir::toNativeSeparators(bundle->path())));
    return ExitOk;
}

int runRestore(const QStringList& args)
{
    const auto a = parse("restore", args,
                         {QStringLiteral("--into"), QStringLiteral("--yes"), QStringLiteral("--force-other-machine")});
    if (!a)
        return ExitBadInput;
    if (a->positional.size() != 1)
        return usage("restore", "usage: certmend-cli restore BUNDLE [--into SOURCE] [--yes] [--force-other-machine]");
    const QString bundlePath = a->positional.first();
    if (!QFileInfo(bundlePath).isDir())
        return usage("restore", fmt::format("{}: not a backup folder", str(bundlePath)));
    auto bundle = BackupBundle::open(bundlePath);
    if (!bundle)
        return fail("restore", bundle.error(), ExitRefused);

    const QString into = a->into.isEmpty() ? bundle->manifest().sourcePath : a->into;
    auto snapshot = LiveMachine::isLiveSource(into)
                        ? LiveMachineLoader::load(into)
                        : MachineSnapshot::load(MachineScanner::resolveSource(sourceArgument(into)));
    if (!snapshot)
        return fail("restore", snapshot.error(), ExitBadInput);
    int status = ExitOk;
    const auto target = openTarget("restore", *snapshot, status);
    if (!target)
        return status;
    noticeIncomplete(QFileInfo(bundle->path()).absolutePath(), QString(), bundle->path());

    fmt::print("Restoring {} into {} ({} step(s)):\n", str(QDir::toNativeSeparators(bundle->path())), str(target->path),
               bundle->plan().size());
    for (qsizetype i = bundle->plan().size() - 1; i >= 0; --i)
        fmt::print("  {}\n", str(bundle->plan().actions().at(i).undoText()));
    if (!a->yes && !confirm("restore", "Restore?")) {
        fmt::print("Nothing was changed.\n");
        return ExitRefused;
    }
    Restorer restorer(*target->store, target->registry.get());
    restorer.setTargetHostName(target->snapshot.manifest.hostName);
    restorer.setAllowOtherMachine(a->forceOtherMachine);
    auto report = restorer.restore(*bundle);
    if (!report)
        return fail("restore", report.error(), ExitRefused);
    printReport(*report);
    fmt::print("Restored: {} step(s) changed, {} already back.\n", report->changed, report->skipped);
    return ExitOk;
}

int runRecover(const QStringList& args)
{
    const auto a =
        parse("recover", args,
              {QStringLiteral("--finish"), QStringLiteral("--rollback"), QStringLiteral("--force-other-machine")});
    if (!a)
        return ExitBadInput;
    if (a->positional.size() != 1 || (a->finish && a->rollback))
        return usage("recover", "usage: certmend-cli recover BACKUP_DIR [--finish|--rollback]");
    const QString root = a->positional.first();
    if (!QFileInfo(root).isDir())
        return usage("recover", fmt::format("{}: not a folder", str(root)));

    const QList<JournalScanner::Incomplete> incomplete = JournalScanner::findIncomplete(root);
    if (incomplete.isEmpty()) {
        fmt::print("No interrupted fix in {}.\n", str(QDir::toNativeSeparators(root)));
        return ExitOk;
    }
    int result = ExitOk;
    for (const JournalScanner::Incomplete& item : incomplete) {
        fmt::print("Interrupted fix: {}\n  source {}, machine {}; {} of {} steps done, last event \"{}\"\n",
                   str(item.bundlePath), str(item.sourcePath), str(item.hostName),
                   item.state.count(JournalState::Step::Done), item.actionCount, str(item.state.lastEvent));
        if (!a->finish && !a->rollback) {
            fmt::print("  Run certmend-cli recover {} --finish (complete it) or --rollback (undo it).\n", str(root));
            result = ExitRefused;
            continue;
        }
        auto bundle = BackupBundle::open(item.bundlePath);
        if (!bundle) {
            result = fail("recover", bundle.error(), ExitRefused);
            continue;
        }
        auto snapshot = LiveMachine::isLiveSource(item.sourcePath) ? LiveMachineLoader::load(item.sourcePath)
                                                                   : MachineSnapshot::load(item.sourcePath);
        if (!snapshot) {
            result = fail("recover", snapshot.error(), ExitBadInput);
            continue;
        }
        if (!a->forceOtherMachine &&
            snapshot->manifest.hostName.compare(bundle->manifest().hostName, Qt::CaseInsensitive) != 0) {
            result = usage("recover", fmt::format("{}: the source now belongs to machine \"{}\", the backup to \"{}\"",
                                                  str(item.sourcePath), str(snapshot->manifest.hostName),
                                                  str(bundle->manifest().hostName)));
            continue;
        }
        int status = ExitOk;
        const auto target = openTarget("recover", *snapshot, status);
        if (!target) {
            result = status;
            continue;
        }
        Recovery recovery(*target->store, target->registry.get());
        auto report = recovery.recover(*bundle, a->finish ? Recovery::Mode::Finish : Recovery::Mode::RollBack);
        if (!report) {
            result = fail("recover", report.error(), ExitRefused);
            continue;
        }
        printReport(*report);
    }
    return result;
}
