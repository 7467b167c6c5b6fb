#pragma once

#include <QStringList>

// One function per certmend-cli command. `args` are the command's own arguments (after the command name).
// Each returns the process exit status: 0 success / nothing to report, 1 findings or refusal, 2 bad input.
int runScan(const QStringList& args);
int runScenarios(const QStringList& args);
int runPlan(const QStringList& args);
int runFix(const QStringList& args);
int runRestore(const QStringList& args);
int runRecover(const QStringList& args);
int runSnapshot(const QStringList& args);
