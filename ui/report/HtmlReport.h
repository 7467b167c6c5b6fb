#pragma once

#include "analysis/Finding.h"
#include "remedy/RemediationPlan.h"
#include "remedy/RemedyReport.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certmend::ui {

class WizardSession;

/// The "Save report…" file: one self-contained HTML page (inline CSS, no scripts, no external links needed to
/// read it) with the machine, the findings, the plan, what happened, and where the backup is.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    struct Input
    {
        QString hostName;
        QString productName;
        QString windowsVersion;
        QString source;        ///< what was scanned (path or scenario title)
        QString workingCopy;   ///< the folder that was changed, when it differs from the source (training)
        QString scenarioTitle; ///< training mode
        QDateTime generatedUtc;
        QList<Finding> findings;
        RemediationPlan plan;
        bool attempted = false;             ///< the fix was started
        std::optional<RemedyReport> result; ///< it completed
        std::optional<QString> failure;     ///< it did not (the message)
        QString backupBundle;
        QStringList nextSteps;
    };

    /// Everything the report needs from the wizard's session; `result`/`failure` come from the apply.
    static Input fromSession(const WizardSession& session);
    static QString render(const Input& input);
    /// Writes `html` as UTF-8 with QSaveFile.
    static Result<void> save(const QString& path, const QString& html);
};

} // namespace certmend::ui
