#pragma once

#include "analysis/Finding.h"

#include <QList>

namespace certmend {

struct ScanResult;

/// Findings about Schannel's settings and the bindings: misspelled or wrongly typed values, the trust mode,
/// CTL stores that are missing or empty, and issuer lists over the 16 KB limit.
class SchannelRules
{
public:
    static void apply(const ScanResult& scan, QList<Finding>& findings);
};

} // namespace certmend
