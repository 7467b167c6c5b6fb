#include "analysis/Analyzer.h"

#include "analysis/ChainRules.h"
#include "analysis/InputRules.h"
#include "analysis/RootStoreRules.h"
#include "analysis/ScanResult.h"
#include "analysis/SchannelRules.h"

#include <algorithm>

namespace certmend {

QList<Finding> Analyzer::analyse(const ScanResult& scan)
{
    QList<Finding> findings;
    RootStoreRules::apply(scan, findings);
    SchannelRules::apply(scan, findings);
    ChainRules::apply(scan, findings);
    InputRules::apply(scan, findings);
    // Most severe first; within a severity the rules' own order (Root store, settings, chains, input) stays.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return findings;
}

} // namespace certmend
