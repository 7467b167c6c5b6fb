#include "pages/TrustSettingsPage.h"

#include "models/FindingHtml.h"
#include "widgets/IssuerListGauge.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace certmend::ui {

namespace {

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QLabel* secondary(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText).darker(130));
    label->setPalette(palette);
    return label;
}

/// "1 — on (set in the registry)", "absent — off (the default on this Windows version)".
QString rawValueText(const SchannelSettings::RawValue& raw, const QString& meaning, bool isDefault)
{
    if (!raw.present)
        return TrustSettingsPage::tr("absent — %1 (default)").arg(meaning);
    if (raw.isWrongType()) {
        return TrustSettingsPage::tr("%1 \"%2\" — unreadable (must be REG_DWORD), so %3 applies (default)")
            .arg(raw.foundType, raw.foundData, meaning);
    }
    return isDefault ? TrustSettingsPage::tr("%1 — %2 (default)").arg(*raw.dword).arg(meaning)
                     : TrustSettingsPage::tr("%1 — %2 (set in registry)").arg(*raw.dword).arg(meaning);
}

QString reasonText(IssuerListSource::Reason reason)
{
    switch (reason) {
    case IssuerListSource::Reason::BindingCtlStore:
        return TrustSettingsPage::tr("the binding names it");
    case IssuerListSource::Reason::ClientAuthIssuerStore:
        return TrustSettingsPage::tr("the binding names no usable store and ClientAuthIssuer is not empty");
    case IssuerListSource::Reason::RootStore:
        return TrustSettingsPage::tr("no binding store and ClientAuthIssuer is empty");
    case IssuerListSource::Reason::RootStoreMixedOnlyNonSelfSigned:
        return TrustSettingsPage::tr("no binding store, ClientAuthIssuer is empty, and Root mixes roots with "
                                     "other certificates: only those others count");
    }
    return {};
}

/// Adds "label: field" as a grid row; wrapped labels in a QGridLayout get their height right, unlike in a
/// QFormLayout inside a scroll area, which leaves large gaps below them.
void addRow(QGridLayout* grid, const QString& label, QWidget* field)
{
    const int row = grid->rowCount();
    if (!label.isEmpty()) {
        auto* name = new QLabel(label, field->parentWidget());
        name->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        name->setBuddy(field);
        grid->addWidget(name, row, 0, Qt::AlignTop);
    }
    grid->addWidget(field, row, 1);
}

QGridLayout* grid(QWidget* parent)
{
    auto* layout = new QGridLayout(parent);
    layout->setColumnStretch(1, 1);
    layout->setHorizontalSpacing(12);
    return layout;
}

bool aboutSettings(const Finding& finding)
{
    return finding.id.startsWith(QLatin1String("schannel.")) || finding.id.startsWith(QLatin1String("binding.")) ||
           finding.id.startsWith(QLatin1String("issuer-list."));
}

} // namespace

TrustSettingsPage::TrustSettingsPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("trustSettingsPage"));
    setTitle(tr("Schannel trust settings"));
    setSubTitle(tr("How this server decides which client certificates to trust, and which issuers it names to "
                   "the browser."));

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);

    auto* settings = new QGroupBox(tr("Registry (SCHANNEL key)"), content);
    settings->setObjectName(QStringLiteral("schannelGroupBox"));
    QGridLayout* form = grid(settings);
    m_sendValue = wrappingLabel(QStringLiteral("sendTrustedIssuerListValueLabel"), settings);
    m_sendExplanation = secondary(wrappingLabel(QStringLiteral("sendTrustedIssuerListExplanationLabel"), settings));
    m_modeValue = wrappingLabel(QStringLiteral("clientAuthTrustModeValueLabel"), settings);
    m_modeExplanation = secondary(wrappingLabel(QStringLiteral("clientAuthTrustModeExplanationLabel"), settings));
    m_misspellings = wrappingLabel(QStringLiteral("misspellingsLabel"), settings);
    addRow(form, tr("SendTrustedIssuerList:"), m_sendValue);
    addRow(form, QString(), m_sendExplanation);
    addRow(form, tr("ClientAuthTrustMode:"), m_modeValue);
    addRow(form, QString(), m_modeExplanation);
    addRow(form, QString(), m_misspellings);

    m_bindings = new QWidget(content);
    m_bindings->setObjectName(QStringLiteral("bindingsWidget"));
    m_bindingsLayout = new QVBoxLayout(m_bindings);
    m_bindingsLayout->setContentsMargins(0, 0, 0, 0);

    auto* impact = new QGroupBox(tr("What this means for a client right now"), content);
    impact->setObjectName(QStringLiteral("impactGroupBox"));
    auto* impactLayout = new QVBoxLayout(impact);
    m_impact = wrappingLabel(QStringLiteral("clientImpactLabel"), impact);
    m_impact->setTextFormat(Qt::RichText);
    impactLayout->addWidget(m_impact);

    m_sources = wrappingLabel(QStringLiteral("sourcesLabel"), content);
    m_sources->setTextFormat(Qt::RichText);
    const QStringList sources = {
        QStringLiteral("Microsoft Docs: TLS registry settings (SendTrustedIssuerList, ClientAuthTrustMode)"),
        QStringLiteral("Microsoft Docs: What's new in TLS/SSL (Schannel SSP) - Management of trusted issuers for "
                       "client authentication"),
        QStringLiteral("KB 933430: client certificate issuer list truncated at 16 KB (Schannel event 36885)")};
    QStringList links;
    for (const QString& source : sources)
        links.append(QStringLiteral("<li>%1</li>").arg(FindingHtml::sourceLink(source)));
    m_sources->setText(QStringLiteral("<small><b>%1</b><ul style='margin-left:-20px'>%2</ul></small>")
                           .arg(tr("Sources").toHtmlEscaped(), links.join(QString())));

    contentLayout->addWidget(settings);
    contentLayout->addWidget(m_bindings);
    contentLayout->addWidget(impact);
    contentLayout->addWidget(m_sources);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("trustSettingsScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void TrustSettingsPage::initializePage()
{
    if (!m_session.scan)
        return;
    showSettings(*m_session.scan);
    showBindings(*m_session.scan);
    showImpact(*m_session.scan);
}

void TrustSettingsPage::showSettings(const ScanResult& scan)
{
    const SchannelSettings& s = scan.settings;
    const QString sendMeaning = s.sendTrustedIssuerList() ? tr("on: the server names its trusted issuers")
                                                          : tr("off: the server names no issuers");
    m_sendValue->setText(rawValueText(s.rawSendTrustedIssuerList(), sendMeaning, s.sendTrustedIssuerListIsDefault()));
    m_sendExplanation->setText(s.explainSendTrustedIssuerList());

    const SchannelSettings::RawValue& mode = s.rawClientAuthTrustMode();
    const bool modeIsDefault = !mode.dword.has_value() || s.trustModeOutOfRange();
    m_modeValue->setText(rawValueText(mode, SchannelSettings::trustModeName(s.trustMode()), modeIsDefault));
    m_modeExplanation->setText(s.explainTrustMode());

    const QList<SchannelSettings::Misspelling> misspellings = s.misspelledValues();
    QStringList lines;
    for (const SchannelSettings::Misspelling& m : misspellings) {
        lines.append(
            tr("\"%1\" = %2 is not \"%3\": Schannel ignores it.").arg(m.nameFound, m.data, m.meant).toHtmlEscaped());
    }
    m_misspellings->setVisible(!lines.isEmpty());
    m_misspellings->setText(QStringLiteral("<span style='color:#9d5d00'><b>%1</b> %2</span>")
                                .arg(tr("Misspelled values:").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
}

void TrustSettingsPage::showBindings(const ScanResult& scan)
{
    while (QLayoutItem* item = m_bindingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (scan.bindings.isEmpty()) {
        auto* none = secondary(wrappingLabel(QStringLiteral("noBindingsLabel"), m_bindings));
        none->setText(tr("No HTTPS binding is known (the snapshot has no sslcert.txt). The list below is what a "
                         "binding without a Ctl Store Name gets."));
        m_bindingsLayout->addWidget(none);
    }
    for (const BindingIssuerList& list : scan.issuerLists) {
        auto* box = new QGroupBox(list.endpoint.isEmpty()
                                      ? tr("Trusted issuers list of a binding without a CTL store")
                                      : tr("HTTPS binding %1 and its trusted issuers list").arg(list.endpoint),
                                  m_bindings);
        box->setObjectName(QStringLiteral("bindingGroupBox"));
        QGridLayout* form = grid(box);
        auto* ctl = wrappingLabel(QStringLiteral("ctlStoreLabel"), box);
        if (list.ctlStoreName.isEmpty())
            ctl->setText(tr("(none)"));
        else if (!list.source.bindingStoreFound)
            ctl->setText(tr("%1 — no such store on this machine").arg(list.ctlStoreName));
        else
            ctl->setText(list.ctlStoreName);
        auto* store = wrappingLabel(QStringLiteral("issuerListStoreLabel"), box);
        store->setText(QStringLiteral("<b>%1</b> — %2")
                           .arg(list.source.storeName.toHtmlEscaped(), reasonText(list.source.reason).toHtmlEscaped()));
        auto* explanation = secondary(wrappingLabel(QStringLiteral("issuerListExplanationLabel"), box));
        explanation->setText(TrustedIssuerList::explain(list.source));
        auto* gauge = new IssuerListGauge(box);
        gauge->setObjectName(QStringLiteral("issuerListGauge"));
        gauge->setLimit(IssuerListSource::Limit);
        gauge->setValue(list.source.encodedSize);
        auto* count = wrappingLabel(QStringLiteral("issuerCountLabel"), box);
        count->setText(list.source.exceedsLimit
                           ? tr("Issuers in the list: %1. Over 16 KB: Schannel cuts the list (event 36885) and "
                                "some clients are never asked for their certificate.")
                                 .arg(list.source.issuers.size())
                           : tr("Issuers in the list: %1.").arg(list.source.issuers.size()));
        addRow(form, tr("Ctl Store Name:"), ctl);
        addRow(form, tr("Issuers come from:"), store);
        addRow(form, QString(), explanation);
        addRow(form, tr("List size:"), gauge);
        addRow(form, QString(), count);
        m_bindingsLayout->addWidget(box);
    }
}

void TrustSettingsPage::showImpact(const ScanResult& scan)
{
    QList<Finding> relevant;
    for (const Finding& finding : scan.findings) {
        // Root store findings matter here too when they change what a client gets (their symptom says so).
        if (aboutSettings(finding) || finding.symptom != Symptom::None)
            relevant.append(finding);
    }
    m_impact->setText(FindingHtml::toHtml(relevant, tr("Nothing here stands in the way of client certificates.")));
}

} // namespace certmend::ui
