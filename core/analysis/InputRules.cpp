#include "analysis/InputRules.h"

#include "analysis/FindingText.h"
#include "analysis/ScanResult.h"

namespace certmend {

using namespace FindingText;

void InputRules::apply(const ScanResult& scan, QList<Finding>& findings)
{
    for (const Error& issue : scan.issues) {
        Finding f;
        f.id = QStringLiteral("input.unreadable");
        f.severity = Severity::Warning;
        f.title = tr("Part of the machine could not be read");
        f.explanation =
            tr("%1 The analysis covers everything else; what this file holds is missing from it.").arg(issue.message());
        f.action.kind = ActionKind::None;
        f.action.text = tr("Export that part again, or check the file.");
        findings.append(f);
    }
}

} // namespace certmend
