#include "analysis/SchannelRules.h"

#include "analysis/FindingText.h"
#include "analysis/ScanResult.h"

namespace certmend {

using namespace FindingText;

namespace {

Finding settingFinding(const QString& id, Severity severity, const QString& title, const QString& explanation)
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.title = title;
    f.explanation = explanation;
    f.sources = {tr(DocsTlsRegistry)};
    return f;
}

void misspelledValues(const ScanResult& scan, QList<Finding>& findings)
{
    for (const SchannelSettings::Misspelling& miss : scan.settings.misspelledValues()) {
        Finding f = settingFinding(
            QStringLiteral("schannel.misspelled-value"), Severity::Warning,
            tr("A Schannel value with a misspelled name does nothing"),
            tr("The SCHANNEL key holds %1 = %2, but Schannel only reads %3. Whoever set it meant to change that "
               "setting; it has no effect, so the server behaves as if it were absent.")
                .arg(quoted(miss.nameFound), miss.data, quoted(miss.meant)));
        f.action.kind = ActionKind::ChangeSetting;
        f.action.settingName = miss.nameFound;
        f.action.settingValue = -1;
        f.action.text = tr("Delete %1; if the intent was to change %2, set that value instead.")
                            .arg(quoted(miss.nameFound), quoted(miss.meant));
        findings.append(f);
    }
}

void wrongTypes(const ScanResult& scan, QList<Finding>& findings)
{
    const std::pair<const SchannelSettings::RawValue*, const char*> values[] = {
        {&scan.settings.rawSendTrustedIssuerList(), SchannelSettings::SendTrustedIssuerListName},
        {&scan.settings.rawClientAuthTrustMode(), SchannelSettings::ClientAuthTrustModeName},
    };
    for (const auto& [raw, name] : values) {
        if (!raw->isWrongType())
            continue;
        Finding f = settingFinding(QStringLiteral("schannel.wrong-type"), Severity::Warning,
                                   tr("A Schannel value has the wrong type"),
                                   tr("%1 is a %2 holding \u201C%3\u201D. Schannel only reads a REG_DWORD, so the "
                                      "default applies instead.")
                                       .arg(quoted(QLatin1String(name)), raw->foundType, raw->foundData));
        f.action.kind = ActionKind::ChangeSetting;
        f.action.settingName = QLatin1String(name);
        bool isNumber = false;
        const int intended = raw->foundData.trimmed().toInt(&isNumber);
        f.action.settingValue = isNumber ? intended : -1;
        f.action.text = isNumber ? tr("Replace it with a REG_DWORD of value %1.").arg(intended)
                                 : tr("Delete it, or replace it with a REG_DWORD.");
        findings.append(f);
    }
    if (scan.settings.trustModeOutOfRange()) {
        Finding f = settingFinding(QStringLiteral("schannel.trust-mode-out-of-range"), Severity::Warning,
                                   tr("ClientAuthTrustMode has an unknown value"),
                                   tr("ClientAuthTrustMode is %1; only 0, 1 and 2 are defined. CertMend assumes "
                                      "Schannel falls back to Machine Trust (0).")
                                       .arg(*scan.settings.rawClientAuthTrustMode().dword));
        f.action.kind = ActionKind::ChangeSetting;
        f.action.settingName = QLatin1String(SchannelSettings::ClientAuthTrustModeName);
        f.action.settingValue = -1;
        f.action.text = tr("Delete the value, or set 0, 1 or 2 deliberately.");
        findings.append(f);
    }
}

bool storeHasCertificates(const ScanResult& scan, const QString& name)
{
    return !name.isEmpty() && !scan.entries(name).isEmpty();
}

void exclusiveTrust(const ScanResult& scan, QList<Finding>& findings)
{
    const SchannelSettings::TrustMode mode = scan.settings.trustMode();
    if (mode == SchannelSettings::TrustMode::MachineTrust)
        return;
    const QString modeName = SchannelSettings::trustModeName(mode);
    for (const SslBinding& binding : scan.bindings) {
        if (binding.ctlStoreName.isEmpty() || storeHasCertificates(scan, binding.ctlStoreName))
            continue;
        // Inference (DOMAIN.md §2): the exclusive modes validate against "the caller-specified trusted issuer
        // store", which for IIS is the binding's CTL store; without certificates there, no client can chain.
        Finding f = settingFinding(
            QStringLiteral("schannel.exclusive-trust-empty-store"), Severity::Error,
            tr("Exclusive trust mode, but the binding's trusted issuer store is empty"),
            tr("ClientAuthTrustMode is %1 (%2): client certificates must chain to a certificate in the binding's "
               "own store. Binding %3 names the store %4, which holds no certificate, so no client certificate can "
               "be accepted.")
                .arg(QString::number(static_cast<int>(mode)), modeName, binding.endpoint,
                     quoted(binding.ctlStoreName)));
        f.symptom = Symptom::Http403_16;
        f.action.kind = ActionKind::AddMissingRoot;
        f.action.targetStore = binding.ctlStoreName;
        f.action.text =
            tr("Import the CA certificates your clients chain to into %1.").arg(quoted(binding.ctlStoreName));
        findings.append(f);
    }
    Finding note = settingFinding(QStringLiteral("schannel.trust-mode"), Severity::Info,
                                  tr("Client certificates are checked in %1 mode").arg(modeName),
                                  scan.settings.explainTrustMode());
    note.sources.append(tr(DocsTrustedIssuers));
    findings.append(note);
}

void bindingStores(const ScanResult& scan, QList<Finding>& findings)
{
    for (const BindingIssuerList& list : scan.issuerLists) {
        if (list.ctlStoreName.isEmpty() || list.source.reason == IssuerListSource::Reason::BindingCtlStore)
            continue;
        Finding f = settingFinding(
            QStringLiteral("binding.ctl-store-empty"), Severity::Warning,
            tr("A binding names a trusted issuer store that holds nothing"),
            tr("Binding %1 names %2 as its trusted issuer store (Ctl Store Name), but that store %3, so Schannel "
               "falls back to %4. If the store was meant to list your clients' CAs, import them there.")
                .arg(list.endpoint, quoted(list.ctlStoreName),
                     list.source.bindingStoreFound ? tr("is empty") : tr("does not exist"),
                     quoted(list.source.storeName)));
        f.sources.append(tr(DocsTrustedIssuers));
        f.action.kind = ActionKind::AddMissingRoot;
        f.action.targetStore = list.ctlStoreName;
        f.action.text = tr("Import the issuing CAs of your clients into %1, or remove the Ctl Store Name from the "
                           "binding (netsh http update sslcert).")
                            .arg(quoted(list.ctlStoreName));
        findings.append(f);
    }
}

void issuerListSize(const ScanResult& scan, QList<Finding>& findings)
{
    for (const BindingIssuerList& list : scan.issuerLists) {
        if (!list.source.exceedsLimit)
            continue;
        const QString where = list.endpoint.isEmpty() ? tr("the server") : tr("binding %1").arg(list.endpoint);
        const bool sent = scan.settings.sendTrustedIssuerList();
        Finding f = settingFinding(
            sent ? QStringLiteral("issuer-list.too-large") : QStringLiteral("issuer-list.large-not-sent"),
            sent ? Severity::Error : Severity::Info, tr("The trusted issuers list is larger than 16 KB"),
            tr("For %1 the trusted issuers list comes from %2 and holds %3 issuers, %4 bytes encoded; Schannel "
               "sends at most 16,384 bytes.")
                .arg(where, quoted(list.source.storeName), QString::number(list.source.issuers.size()),
                     QString::number(list.source.encodedSize)));
        if (sent) {
            f.explanation +=
                QLatin1Char(' ') + tr("SendTrustedIssuerList is on, so the list is cut off (Schannel event 36885): "
                                      "clients whose CA falls outside the part sent are offered nothing to choose, and "
                                      "IIS answers 403.7.");
            f.symptom = Symptom::Http403_7;
            f.action.kind = ActionKind::ChangeSetting;
            f.action.settingName = QLatin1String(SchannelSettings::SendTrustedIssuerListName);
            f.action.settingValue = 0;
            f.action.text = tr("Set SendTrustedIssuerList to 0, or give the binding a small store of only the CAs "
                               "your clients use (ClientAuthIssuer).");
        } else {
            f.explanation += QLatin1Char(' ') + tr("SendTrustedIssuerList is off, so the list is not sent and its "
                                                   "size does not matter now.");
        }
        f.sources.append(tr(Kb933430));
        findings.append(f);
    }
}

} // namespace

void SchannelRules::apply(const ScanResult& scan, QList<Finding>& findings)
{
    misspelledValues(scan, findings);
    wrongTypes(scan, findings);
    exclusiveTrust(scan, findings);
    bindingStores(scan, findings);
    issuerListSize(scan, findings);
}

} // namespace certmend
