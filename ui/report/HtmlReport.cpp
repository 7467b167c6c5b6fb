#include "HtmlReport.h"

#include "WizardSession.h"
#include "report/NextSteps.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace certmend::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString nativePath(const QString& path)
{
    return esc(QDir::toNativeSeparators(path));
}

const char* kStyle = R"(
body { font-family: "Segoe UI", system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #1f1f1f;
       line-height: 1.45; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.6em; border-bottom: 1px solid #e4e4e4; }
th { background: #f3f5f7; }
code, .mono { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 0.92em; word-break: break-all; }
.badge { display: inline-block; border-radius: 0.8em; padding: 0 0.6em; font-size: 0.85em; color: #fff; }
.error { background: #c62828; } .warning { background: #b26a00; } .info { background: #2f6fb3; }
.ok { background: #2e7d32; }
.result { border-left: 4px solid #2e7d32; background: #eef7ef; padding: 0.6em 1em; }
.result.failed { border-color: #c62828; background: #fdecea; }
.muted { color: #5f6368; font-size: 0.9em; }
)";

QString severityBadge(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("<span class=\"badge error\">%1</span>").arg(HtmlReport::tr("Error"));
    case Severity::Warning:
        return QStringLiteral("<span class=\"badge warning\">%1</span>").arg(HtmlReport::tr("Warning"));
    case Severity::Info:
        break;
    }
    return QStringLiteral("<span class=\"badge info\">%1</span>").arg(HtmlReport::tr("Info"));
}

QString list(const QStringList& lines)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    return html + QStringLiteral("</ul>");
}

} // namespace

HtmlReport::Input HtmlReport::fromSession(const WizardSession& session)
{
    Input input;
    input.generatedUtc = QDateTime::currentDateTimeUtc();
    input.source = session.isTraining() ? session.scenario->title : session.sourcePath;
    if (session.isTraining())
        input.scenarioTitle = session.scenario->title;
    if (session.scan) {
        const SnapshotManifest& manifest = session.scan->snapshot.manifest;
        input.hostName = manifest.hostName;
        input.productName = manifest.productName;
        input.windowsVersion = manifest.windowsVersion;
        input.findings = session.scan->findings;
        if (!session.isTraining())
            input.source = session.scan->snapshot.rootPath;
    }
    if (session.workingCopyPath != input.source)
        input.workingCopy = session.workingCopyPath;
    input.plan = session.plan;
    input.backupBundle = session.lastBackupBundle;
    input.nextSteps = NextSteps::afterFix(session.plan, session.isTraining());
    return input;
}

QString HtmlReport::render(const Input& in)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">")
             .arg(HtmlReport::tr("en", "HTML language code of this translation"));
    h += QStringLiteral("<title>%1</title><style>%2</style></head><body>\n")
             .arg(esc(HtmlReport::tr("CertMend report: %1").arg(in.hostName)), QString::fromLatin1(kStyle));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(HtmlReport::tr("CertMend report: %1").arg(in.hostName)));
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(HtmlReport::tr("Generated %1 (UTC) by CertMend %2")
                          .arg(in.generatedUtc.toString(Qt::ISODate), QCoreApplication::applicationVersion())));

    h += QStringLiteral("<h2>%1</h2><table>").arg(HtmlReport::tr("Machine"));
    auto row = [&h](const QString& label, const QString& valueHtml) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    row(HtmlReport::tr("Host name"), esc(in.hostName));
    if (!in.productName.isEmpty() || !in.windowsVersion.isEmpty())
        row(HtmlReport::tr("Windows"), esc(QStringLiteral("%1 %2").arg(in.productName, in.windowsVersion).trimmed()));
    row(HtmlReport::tr("Source"), nativePath(in.source));
    if (!in.scenarioTitle.isEmpty())
        row(HtmlReport::tr("Training scenario"), esc(in.scenarioTitle));
    if (!in.workingCopy.isEmpty())
        row(HtmlReport::tr("Changed copy"),
            QStringLiteral("<span class=\"mono\">%1</span>").arg(nativePath(in.workingCopy)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(HtmlReport::tr("Findings"));
    if (in.findings.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(HtmlReport::tr("No problems were found."));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(HtmlReport::tr("Severity"), HtmlReport::tr("Finding"), HtmlReport::tr("Certificates"));
        for (const Finding& finding : in.findings) {
            QStringList certs;
            for (const FindingSubject& cert : finding.certificates)
                certs << QStringLiteral("%1<br><span class=\"mono\">%2</span>")
                             .arg(esc(cert.subject), esc(cert.sha1Thumbprint));
            QString what = QStringLiteral("<b>%1</b><br>%2").arg(esc(finding.title), esc(finding.explanation));
            if (!finding.action.text.isEmpty())
                what += QStringLiteral("<br><i>%1</i>").arg(esc(finding.action.text));
            if (!finding.sources.isEmpty())
                what += QStringLiteral("<br><span class=\"muted\">%1</span>")
                            .arg(esc(HtmlReport::tr("Sources: %1").arg(finding.sources.join(QStringLiteral("; ")))));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(severityBadge(finding.severity), what, certs.join(QStringLiteral("<br>")));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(HtmlReport::tr("Plan"));
    if (in.plan.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(HtmlReport::tr("Nothing to change."));
    } else {
        h += QStringLiteral("<ol>");
        for (const RemediationAction& action : in.plan.actions())
            h += QStringLiteral("<li>%1</li>").arg(esc(action.toText()));
        h += QStringLiteral("</ol>");
    }
    if (!in.plan.notes().isEmpty()) {
        QStringList notes;
        for (const RemediationPlan::Note& note : in.plan.notes())
            notes
                << (note.sha1Thumbprint.isEmpty()
                        ? QStringLiteral("%1: %2").arg(note.subject, note.reason)
                        : QStringLiteral("\"%1\" (SHA-1 %2): %3").arg(note.subject, note.sha1Thumbprint, note.reason));
        h += QStringLiteral("<p>%1</p>").arg(HtmlReport::tr("Left alone:")) + list(notes);
    }

    h += QStringLiteral("<h2>%1</h2>").arg(HtmlReport::tr("Result"));
    if (!in.attempted) {
        h += QStringLiteral("<p>%1</p>").arg(HtmlReport::tr("No change was made."));
    } else if (in.result) {
        h += QStringLiteral("<div class=\"result\"><p><b>%1</b></p>%2</div>")
                 .arg(esc(HtmlReport::tr("The fix was applied and verified.")), list(in.result->steps));
    } else {
        h += QStringLiteral("<div class=\"result failed\"><p><b>%1</b></p><p>%2</p></div>")
                 .arg(esc(HtmlReport::tr("The fix did not complete.")), esc(in.failure.value_or(QString())));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(HtmlReport::tr("Backup"));
    if (in.backupBundle.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(HtmlReport::tr("No backup was written."));
    } else {
        h += QStringLiteral("<p>%1 <span class=\"mono\">%2</span></p>")
                 .arg(esc(HtmlReport::tr("Backup bundle:")), nativePath(in.backupBundle));
        h += QStringLiteral("<p>%1</p><p><code>certmend-cli restore \"%2\"</code></p>")
                 .arg(esc(HtmlReport::tr("To put everything back:")), nativePath(in.backupBundle));
    }

    if (!in.nextSteps.isEmpty())
        h += QStringLiteral("<h2>%1</h2>").arg(HtmlReport::tr("What next")) + list(in.nextSteps);
    h += QStringLiteral("</body></html>\n");
    return h;
}

Result<void> HtmlReport::save(const QString& path, const QString& html)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, file.errorString(), path);
    const QByteArray bytes = html.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, file.errorString(), path);
    return {};
}

} // namespace certmend::ui
