#pragma once

#include "analysis/Finding.h"

#include <QList>

namespace certmend {

struct ScanResult;

/// Findings about what could not be read: a partial picture must never look like a healthy machine.
class InputRules
{
public:
    static void apply(const ScanResult& scan, QList<Finding>& findings);
};

} // namespace certmend
