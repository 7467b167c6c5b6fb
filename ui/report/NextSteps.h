#pragma once

#include "remedy/RemediationPlan.h"

#include <QCoreApplication>
#include <QStringList>

namespace certmend::ui {

/// What a plan affects beyond its own actions, and what the user must do after it ran (restart, iisreset, test
/// from a client): the same sentences on the Confirm page, the Done page and in the report.
class NextSteps
{
    Q_DECLARE_TR_FUNCTIONS(NextSteps)

public:
    /// Side effects and things left alone: Group Policy copies, notes, restarts.
    static QStringList alsoAffected(const RemediationPlan& plan);
    /// What to do once the plan ran, in order.
    static QStringList afterFix(const RemediationPlan& plan, bool training);
    static bool changesSchannel(const RemediationPlan& plan);
    static bool changesCertificates(const RemediationPlan& plan);
};

} // namespace certmend::ui
