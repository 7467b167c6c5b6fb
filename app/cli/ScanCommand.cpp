#include "Commands.h"
#include "TextOutput.h"

#include "analysis/MachineScanner.h"
#include "analysis/ScanJson.h"

#include <QJsonDocument>

#include <fmt/core.h>

using namespace certmend;
using cli::str;

namespace {

struct ScanOptions
{
    QString source;
    bool all = false;
    bool json = false;
};

std::optional<ScanOptions> parseOptions(const QStringList& args)
{
    ScanOptions options;
    for (const QString& arg : args) {
        if (arg == QLatin1String("--all")) {
            options.all = true;
        } else if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            fmt::print(stderr, "certmend-cli scan: unknown option '{}'\n", str(arg));
            return std::nullopt;
        } else if (options.source.isEmpty()) {
            options.source = arg;
        } else {
            fmt::print(stderr, "certmend-cli scan: only one source can be scanned at a time\n");
            return std::nullopt;
        }
    }
    return options;
}

void printFinding(const Finding& f)
{
    const std::string symptom =
        f.symptom == Symptom::None ? std::string() : fmt::format("  [HTTP {}]", str(symptomName(f.symptom)));
    fmt::print("{} [{}] {}{}\n", str(severityName(f.severity)), str(f.id), str(f.title), symptom);
    for (const FindingSubject& c : f.certificates) {
        fmt::print("  certificate: {}\n               thumbprint {}{}\n", str(c.subject), str(c.sha1Thumbprint),
                   c.storeName.isEmpty() ? std::string() : ", store " + str(c.storeName));
    }
    fmt::print("  why: {}\n", cli::wrap(f.explanation, 7));
    if (!f.action.text.isEmpty())
        fmt::print("  do:  {}\n", cli::wrap(f.action.text, 7));
    if (!f.sources.isEmpty())
        fmt::print("  see: {}\n", cli::wrap(f.sources.join(QStringLiteral("; ")), 7));
    fmt::print("\n");
}

void printCertificates(const ScanResult& scan)
{
    for (auto it = scan.snapshot.stores.cbegin(); it != scan.snapshot.stores.cend(); ++it) {
        fmt::print("store {} ({} certificates)\n", str(it.key()), it.value().size());
        for (const StoreEntry& entry : it.value()) {
            const Certificate& c = entry.certificate;
            const int id = scan.pool.indexOf(c.sha1Thumbprint());
            fmt::print("  {}  {:<28} {}{}\n", str(c.sha1Thumbprint()), str(verdictName(scan.graph.verdict(id))),
                       str(c.displayName()),
                       entry.origin == StoreOrigin::Registry || entry.origin == StoreOrigin::Unknown
                           ? std::string()
                           : " (" + str(storeOriginName(entry.origin)) + ")");
        }
        fmt::print("\n");
    }
}

void printSummary(const ScanResult& scan)
{
    int counts[3] = {0, 0, 0};
    for (const Finding& f : scan.findings)
        ++counts[static_cast<int>(f.severity)];
    const SnapshotManifest& m = scan.snapshot.manifest;
    const QString windows = m.productName.isEmpty() ? m.windowsVersion : m.productName;
    const QString machine = scan.snapshot.isSingleFile()
                                ? QStringLiteral("%1 (read as the Root store)").arg(scan.snapshot.rootPath)
                                : m.hostName;
    fmt::print("{}{}: {} certificates in {} stores; {} error(s), {} warning(s), {} note(s)\n", str(machine),
               windows.isEmpty() ? std::string() : " (" + str(windows) + ")", scan.snapshot.certificateCount(),
               scan.snapshot.stores.size(), counts[2], counts[1], counts[0]);
}

} // namespace

int runScan(const QStringList& args)
{
    const auto options = parseOptions(args);
    if (!options)
        return 2;
    auto scanned = MachineScanner::scan(options->source);
    if (!scanned) {
        cli::printInputError(scanned.error().message());
        return 2;
    }
    const ScanResult& scan = scanned.value();
    if (options->json) {
        fmt::print("{}", QJsonDocument(ScanJson::toJson(scan, options->all)).toJson().toStdString());
    } else {
        if (options->all)
            printCertificates(scan);
        for (const Finding& f : scan.findings)
            printFinding(f);
        printSummary(scan);
    }
    return scan.hasProblems() ? 1 : 0;
}
