// certmend-cli snapshot OUT [--source live|live:CMD]: saves the live machine as a snapshot folder that CertMend
// (or a colleague at the helpdesk) can scan later, and that `certmend-cli scan OUT` reads like the machine itself.
#include "Commands.h"
#include "TextOutput.h"

#include "store/LiveMachine.h"
#include "store/LiveMachineLoader.h"
#include "store/SnapshotExporter.h"

#include <QDir>

#include <fmt/core.h>

using namespace certmend;
using cli::str;

int runSnapshot(const QStringList& args)
{
    QString out;
    QString source = QStringLiteral("live");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--source") && i + 1 < args.size()) {
            source = args.at(++i);
        } else if (!arg.startsWith(QLatin1String("--")) && out.isEmpty()) {
            out = arg;
        } else {
            fmt::print(stderr, "usage: certmend-cli snapshot OUT [--source live|live:COMMAND]\n");
            return 2;
        }
    }
    if (out.isEmpty()) {
        fmt::print(stderr, "usage: certmend-cli snapshot OUT [--source live|live:COMMAND]\n");
        return 2;
    }
    if (!LiveMachine::isLiveSource(source)) {
        fmt::print(stderr, "certmend-cli snapshot: only the live machine can be saved (--source live or "
                           "live:COMMAND); a snapshot folder is already a snapshot\n");
        return 2;
    }

    auto snapshot = LiveMachineLoader::load(source);
    if (!snapshot) {
        cli::printInputError(snapshot.error().message());
        return 2;
    }
    auto summary = SnapshotExporter::write(*snapshot, out);
    if (!summary) {
        fmt::print(stderr, "certmend-cli snapshot: {}\n", str(summary.error().message()));
        return 1;
    }
    fmt::print("Snapshot of {} ({} {}) saved to {}: {} store(s), {} certificate(s){}{}\n",
               str(snapshot->manifest.hostName), str(snapshot->manifest.productName),
               str(snapshot->manifest.windowsVersion), str(QDir::toNativeSeparators(out)), summary->stores,
               summary->certificates, summary->schannel ? ", schannel.reg" : "",
               summary->bindings ? ", sslcert.txt" : "");
    for (const Error& issue : snapshot->issues)
        fmt::print(stderr, "certmend-cli snapshot: not saved: {}\n", str(issue.message()));
    return snapshot->issues.isEmpty() ? 0 : 1;
}
