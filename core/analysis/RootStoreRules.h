#pragma once

#include "analysis/Finding.h"

#include <QList>

namespace certmend {

struct ScanResult;

/// Findings about the Trusted Root store: certificates that are not roots (intermediates, key-rollover links,
/// end-entity certificates), roots that cannot be verified here, expired roots.
class RootStoreRules
{
public:
    static void apply(const ScanResult& scan, QList<Finding>& findings);
};

} // namespace certmend
