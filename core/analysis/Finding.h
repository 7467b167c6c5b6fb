#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace certmend {

/// How bad a finding is. Only Warning and Error make `certmend-cli scan` exit with 1.
enum class Severity
{
    Info,
    Warning,
    Error
};

/// What IIS does to a client because of the finding.
enum class Symptom
{
    None,
    Http403_16,        ///< client certificate untrusted (CERT_E_UNTRUSTEDROOT, sc-win32-status 2148204809)
    Http403_7,         ///< client certificate required: the browser offers nothing
    Http403_16Or403_7, ///< 403.16 without an issuer list, 403.7 with one
};

/// The remedy a finding recommends.
enum class ActionKind
{
    None,               ///< nothing to do
    MoveToIntermediate, ///< move the certificate from Root to CA (Intermediate Certification Authorities)
    RemoveFromStore,    ///< remove the certificate from the store (an end-entity certificate in Root)
    LeaveAlone,         ///< do not touch it; `reason` says why (Group Policy brings it back, a genuine root …)
    AddMissingRoot,     ///< a client's root is absent: import it (CertMend cannot invent it)
    ChangeSetting,      ///< change a Schannel value or a binding
};

/// One certificate a finding is about, as the user should see it named.
struct FindingSubject
{
    QString sha1Thumbprint; ///< 40 upper-case hex digits
    QString subject;        ///< display name
    QString storeName;      ///< the store it is in, when that matters
};

/// The recommended remedy, precise enough for the remediation engine to turn into plan actions.
struct RecommendedAction
{
    ActionKind kind = ActionKind::None;
    QString sourceStore;   ///< MoveToIntermediate / RemoveFromStore: where the certificate is now
    QString targetStore;   ///< MoveToIntermediate: "CA"
    QString settingName;   ///< ChangeSetting: e.g. "SendTrustedIssuerList"
    int settingValue = -1; ///< ChangeSetting: the recommended value; -1 = delete the value
    QString text;          ///< translated, one sentence: what to do
    QString reason;        ///< translated: why (e.g. why to leave it alone)
};

/// One thing the analysis found: what, about which certificates, why it matters, what to do, and the sources.
struct Finding
{
    QString id; ///< stable machine-readable kind, e.g. "root.not-self-signed", "schannel.misspelled-value"
    Severity severity = Severity::Info;
    QString title;       ///< translated, one line
    QString explanation; ///< translated, plain words for a helpdesk engineer
    Symptom symptom = Symptom::None;
    QList<FindingSubject> certificates;
    RecommendedAction action;
    QStringList sources; ///< e.g. "KB 2802568", "MicrosoftDocs: what-s-new-in-tls-ssl-schannel-ssp-overview"
};

QString severityName(Severity severity); ///< "info", "warning", "error"
QString symptomName(Symptom symptom);    ///< "none", "403.16", "403.7", "403.16/403.7"
QString actionKindName(
    ActionKind kind); ///< "none", "move-to-intermediate", "remove", "leave-alone", "add-root", "change-setting"

} // namespace certmend
