#include "ConfirmPage.h"

#include "jobs/ApplyJob.h"
#include "report/NextSteps.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

namespace certmend::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString actionWhat(const RemediationAction& action)
{
    switch (action.kind) {
    case RemediationAction::Kind::Move:
        return ConfirmPage::tr("Move from %1 to %2").arg(esc(action.sourceStore), esc(action.targetStore));
    case RemediationAction::Kind::Remove:
        return ConfirmPage::tr("Remove from %1").arg(esc(action.sourceStore));
    case RemediationAction::Kind::Add:
        return ConfirmPage::tr("Add to %1").arg(esc(action.targetStore));
    case RemediationAction::Kind::SetValue:
        return esc(action.toText());
    }
    return {};
}

} // namespace

ConfirmPage::ConfirmPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_changes(new QTextBrowser(this))
    , m_confirm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("confirmPage"));
    setTitle(tr("Confirm the changes"));
    setSubTitle(tr("Read the list once more. CertMend writes and checks the backup first, then makes these changes."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply changes"));

    m_summary->setObjectName(QStringLiteral("confirmSummaryLabel"));
    m_summary->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("changesTextBrowser"));
    m_changes->setAccessibleName(tr("Changes that will be made"));
    m_changes->setOpenLinks(false);
    m_confirm->setObjectName(QStringLiteral("confirmCheckBox"));
    m_confirm->setText(tr("I have &read this list and want CertMend to make these changes"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_confirm);

    connect(m_confirm, &QCheckBox::toggled, this, &ConfirmPage::completeChanged);
}

QString ConfirmPage::changesHtml(const WizardSession& session)
{
    const RemediationPlan& plan = session.plan;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Changes"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                           "<tr><th>#</th><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
                           "</tr>")
                .arg(tr("Certificate or setting"), tr("Thumbprint (SHA-1)"), tr("Change"));
    for (qsizetype i = 0; i < plan.actions().size(); ++i) {
        const RemediationAction& action = plan.actions().at(i);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><tt>%3</tt></td><td>%4</td></tr>")
                    .arg(i + 1)
                    .arg(esc(action.isCertificateAction() ? action.subject : action.settingName),
                         esc(action.sha1Thumbprint), actionWhat(action));
    }
    html += QStringLiteral("</table>");

    const QStringList affected = NextSteps::alsoAffected(plan);
    if (!affected.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Also affected"));
        for (const QString& line : affected)
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3><p>").arg(tr("Backup"));
    html += tr("Before the first change, every affected certificate (as .cer and one .sst per store), the old "
               "Schannel values (.reg) and a manifest with SHA-256 hashes are written to a new folder in <b>%1</b> "
               "and read back. If that fails, nothing is changed.")
                .arg(esc(QDir::toNativeSeparators(session.backupRoot)));
    html += QStringLiteral("</p>");
    return html;
}

void ConfirmPage::initializePage()
{
    m_confirm->setChecked(false);
    const QString machine = m_session.scan ? m_session.scan->snapshot.manifest.hostName : QString();
    QString where;
    if (m_session.isTraining()) {
        where = tr("a copy of the training scenario \"%1\" (made in %2 when you click Apply)")
                    .arg(m_session.scenario->title, QDir::toNativeSeparators(ApplyJob::trainingFolder()));
    } else {
        where = tr("\"%1\" (%2)")
                    .arg(machine, QDir::toNativeSeparators(m_session.scan ? m_session.scan->snapshot.rootPath
                                                                          : m_session.sourcePath));
    }
    m_summary->setText(tr("CertMend will make the changes below on %1.").arg(where));
    m_changes->setHtml(changesHtml(m_session));
}

void ConfirmPage::prepareForScreenshot()
{
    m_confirm->setChecked(true);
}

bool ConfirmPage::isComplete() const
{
    return m_confirm->isChecked() && !m_session.plan.isEmpty();
}

} // namespace certmend::ui
