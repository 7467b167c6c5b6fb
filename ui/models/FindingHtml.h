#pragma once

#include "analysis/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certmend::ui {

/// Findings as HTML for a QTextBrowser or QLabel: severity, title, the explanation in plain words, what to do and
/// why, and the sources as links.
class FindingHtml
{
    Q_DECLARE_TR_FUNCTIONS(FindingHtml)
public:
    /// One finding as a block of HTML.
    static QString toHtml(const Finding& finding);
    /// Several findings; `emptyText` when there are none.
    static QString toHtml(const QList<Finding>& findings, const QString& emptyText);
    /// A source ("KB 2802568: …", "Microsoft Docs: …") as a link when CertMend knows where it lives.
    static QString sourceLink(const QString& source);
    /// The page a source lives on; empty when unknown.
    static QString sourceUrl(const QString& source);
    /// "Problem", "Warning", "Note" (translated).
    static QString severityText(Severity severity);
};

} // namespace certmend::ui
