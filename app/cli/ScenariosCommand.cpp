#include "Commands.h"
#include "TextOutput.h"

#include "scenario/ScenarioCatalog.h"

#include <fmt/core.h>

using namespace certmend;
using cli::str;

int runScenarios(const QStringList& args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("--extract")) {
        if (args.size() != 3) {
            fmt::print(stderr, "usage: certmend-cli scenarios --extract ID DIR\n");
            return 2;
        }
        auto extracted = ScenarioCatalog::extractTo(args.at(1), args.at(2));
        if (!extracted) {
            cli::printInputError(extracted.error().message());
            return 2;
        }
        fmt::print("{}\n", str(extracted.value()));
        return 0;
    }
    if (!args.isEmpty()) {
        fmt::print(stderr, "usage: certmend-cli scenarios [--extract ID DIR]\n");
        return 2;
    }
    const QString defaultId = ScenarioCatalog::defaultId();
    for (const Scenario& s : ScenarioCatalog::all()) {
        fmt::print("{:<28} {}{}\n", str(s.id), str(s.title), s.id == defaultId ? "  (default)" : "");
        fmt::print("{:<28} {}\n\n", "", cli::wrap(s.story, 29));
    }
    return 0;
}
