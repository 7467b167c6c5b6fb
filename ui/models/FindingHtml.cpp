#include "models/FindingHtml.h"

#include <QRegularExpression>

namespace certmend::ui {

namespace {

QString colourOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("#c42b1c");
    case Severity::Warning:
        return QStringLiteral("#9d5d00");
    case Severity::Info:
        return QStringLiteral("#005fb8");
    }
    return {};
}

} // namespace

QString FindingHtml::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Problem");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Note");
    }
    return {};
}

QString FindingHtml::sourceUrl(const QString& source)
{
    static const QRegularExpression kb(QStringLiteral("^KB\\s*(\\d{6,7})\\b"));
    const QRegularExpressionMatch match = kb.match(source);
    if (match.hasMatch())
        return QStringLiteral("https://support.microsoft.com/kb/%1").arg(match.captured(1));
    if (source.contains(QLatin1String("What's new in TLS/SSL"), Qt::CaseInsensitive) ||
        source.contains(QLatin1String("what-s-new-in-tls-ssl"), Qt::CaseInsensitive))
        return QStringLiteral(
            "https://learn.microsoft.com/windows-server/security/tls/what-s-new-in-tls-ssl-schannel-ssp-overview");
    if (source.contains(QLatin1String("TLS registry settings"), Qt::CaseInsensitive) ||
        source.contains(QLatin1String("tls-registry-settings"), Qt::CaseInsensitive))
        return QStringLiteral("https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings");
    return {};
}

QString FindingHtml::sourceLink(const QString& source)
{
    const QString url = sourceUrl(source);
    if (url.isEmpty())
        return source.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, source.toHtmlEscaped());
}

QString FindingHtml::toHtml(const Finding& finding)
{
    QString html = QStringLiteral("<p style='margin-bottom:2px'><b><span style='color:%1'>%2:</span> %3</b></p>")
                       .arg(colourOf(finding.severity), severityText(finding.severity).toHtmlEscaped(),
                            finding.title.toHtmlEscaped());
    html +=
        QStringLiteral("<p style='margin-top:0px;margin-bottom:2px'>%1</p>").arg(finding.explanation.toHtmlEscaped());
    if (!finding.action.text.isEmpty()) {
        QString todo = tr("What to do: %1").arg(finding.action.text);
        if (!finding.action.reason.isEmpty())
            todo += QLatin1Char(' ') + finding.action.reason;
        html += QStringLiteral("<p style='margin-top:0px;margin-bottom:2px'><i>%1</i></p>").arg(todo.toHtmlEscaped());
    }
    if (!finding.sources.isEmpty()) {
        QStringList links;
        for (const QString& source : finding.sources)
            links.append(sourceLink(source));
        html += QStringLiteral("<p style='margin-top:0px'><small>%1 %2</small></p>")
                    .arg(tr("Sources:").toHtmlEscaped(), links.join(QStringLiteral("; ")));
    }
    return html;
}

QString FindingHtml::toHtml(const QList<Finding>& findings, const QString& emptyText)
{
    if (findings.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(emptyText.toHtmlEscaped());
    QString html;
    for (const Finding& finding : findings)
        html += toHtml(finding);
    return html;
}

} // namespace certmend::ui
