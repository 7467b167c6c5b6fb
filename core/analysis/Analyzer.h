#pragma once

#include "analysis/Finding.h"

#include <QList>

namespace certmend {

struct ScanResult;

/// Turns a scanned machine into findings, most severe first. Each rule family lives in its own class.
class Analyzer
{
public:
    static QList<Finding> analyse(const ScanResult& scan);
};

} // namespace certmend
