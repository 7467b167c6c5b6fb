#include "NextSteps.h"

#include <QCoreApplication>

namespace certmend::ui {

namespace {} // namespace

bool NextSteps::changesSchannel(const RemediationPlan& plan)
{
    for (const RemediationAction& action : plan.actions()) {
        if (action.kind == RemediationAction::Kind::SetValue)
            return true;
    }
    return false;
}

bool NextSteps::changesCertificates(const RemediationPlan& plan)
{
    for (const RemediationAction& action : plan.actions()) {
        if (action.isCertificateAction())
            return true;
    }
    return false;
}

QStringList NextSteps::alsoAffected(const RemediationPlan& plan)
{
    QStringList lines;
    for (const RemediationPlan::Note& note : plan.notes()) {
        lines << (note.sha1Thumbprint.isEmpty() ? NextSteps::tr("Left alone: %1 — %2").arg(note.subject, note.reason)
                                                : NextSteps::tr("Left alone: \"%1\" (SHA-1 %2) — %3")
                                                      .arg(note.subject, note.sha1Thumbprint, note.reason));
    }
    if (changesCertificates(plan)) {
        lines << NextSteps::tr(
            "Schannel keeps the trusted issuers list in memory: IIS sees the new stores after `iisreset` "
            "or a restart of the server.");
        lines << NextSteps::tr(
            "Only the machine's own copies change; copies deployed by Group Policy or Active Directory are "
            "left alone and must be changed where they are deployed.");
    }
    if (changesSchannel(plan))
        lines << NextSteps::tr("Schannel registry values take effect after Windows is restarted.");
    return lines;
}

QStringList NextSteps::afterFix(const RemediationPlan& plan, bool training)
{
    QStringList lines;
    if (plan.isEmpty())
        return lines;
    if (training) {
        lines << NextSteps::tr("This was a training scenario: the changes were made on a copy, not on a real server.");
    }
    if (changesSchannel(plan))
        lines << NextSteps::tr("Restart Windows so that Schannel reads the changed registry values.");
    else if (changesCertificates(plan))
        lines << NextSteps::tr(
            "Run `iisreset` in an elevated command prompt (or restart the server) so that Schannel reads "
            "the stores again.");
    lines << NextSteps::tr(
        "Test from a client: open the site in a browser, pick the client certificate, and check that the "
        "page loads (no HTTP 403.16 or 403.7 in the IIS log).");
    lines << NextSteps::tr("Keep the backup folder until you are sure: \"Undo now\" or `certmend-cli restore` puts "
                           "everything back.");
    return lines;
}

} // namespace certmend::ui
