#include "Commands.h"

#include <QCoreApplication>

#include <fmt/core.h>

#include <cstdio>
#include <functional>
#include <map>
#include <string>

namespace {

void printUsage(std::FILE* to)
{
    fmt::print(
        to, "usage: certmend-cli <command> [arguments]\n"
            "\n"
            "Finds and fixes the trust-store problems behind IIS 403.16 and 403.7 client-certificate errors.\n"
            "\n"
            "commands:\n"
            "  scan [SOURCE] [--all] [--json]     findings for a snapshot folder, a certificate file (read as Root)\n"
            "                                     or a training scenario (default: the default scenario)\n"
            "  scenarios [--extract ID DIR]       list the built-in training scenarios, or copy one to DIR\n"
            "  plan SOURCE [--json] [--move|--remove|--leave SHA1]...\n"
            "                                     what a fix would change, and why (changes nothing)\n"
            "  fix SOURCE --backup DIR [--yes]    back up, apply the plan, verify\n"
            "  restore BUNDLE [--into SOURCE]     put everything back as it was before a fix\n"
            "  recover BACKUP_DIR [--finish|--rollback]\n"
            "                                     finish or undo a fix that was interrupted\n"
            "  snapshot OUT [--source live|live:CMD]  save this computer as a snapshot folder\n"
            "\n"
            "exit status: 0 nothing to fix, 1 warnings/errors found or the change was refused, 2 unreadable input\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CertMend"));
    QCoreApplication::setOrganizationName(QStringLiteral("CertMend"));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }

    const std::map<std::string, std::function<int(const QStringList&)>> commands{
        {"scan", runScan},       {"scenarios", runScenarios}, {"plan", runPlan},         {"fix", runFix},
        {"restore", runRestore}, {"recover", runRecover},     {"snapshot", runSnapshot},
    };
    const std::string name = args.takeFirst().toStdString();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        fmt::print(stderr, "certmend-cli: unknown command '{}'\n\n", name);
        printUsage(stderr);
        return 2;
    }
    return command->second(args);
}
