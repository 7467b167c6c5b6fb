#pragma once

#include "analysis/ScanResult.h"

#include <QStringList>

namespace certmend::test {

/// "id|SHA1,SHA1" per finding, sorted: what must agree between two scans of the same machine.
inline QStringList findingKeys(const ScanResult& scan)
{
    QStringList keys;
    for (const Finding& finding : scan.findings) {
        QStringList thumbprints;
        for (const FindingSubject& subject : finding.certificates)
            thumbprints.append(subject.sha1Thumbprint);
        thumbprints.sort();
        keys.append(finding.id + QLatin1Char('|') + thumbprints.join(QLatin1Char(',')));
    }
    keys.sort();
    return keys;
}

} // namespace certmend::test
