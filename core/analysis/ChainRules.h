#pragma once

#include "analysis/Finding.h"

#include <QList>

namespace certmend {

struct ScanResult;

/// Findings about chains: CA certificates whose issuer is nowhere on the machine, trusted certificates that are
/// also distrusted (Disallowed).
class ChainRules
{
public:
    static void apply(const ScanResult& scan, QList<Finding>& findings);
};

} // namespace certmend
