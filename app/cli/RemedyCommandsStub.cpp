// Temporary: the remediation commands land with the remedy engine (issue 3); this file is then deleted.
#include "Commands.h"

#include <fmt/core.h>

static int notYet()
{
    fmt::print(stderr, "certmend-cli: this command is not available in this build yet\n");
    return 2;
}

int runPlan(const QStringList&) { return notYet(); }
int runFix(const QStringList&) { return notYet(); }
int runRestore(const QStringList&) { return notYet(); }
int runRecover(const QStringList&) { return notYet(); }
