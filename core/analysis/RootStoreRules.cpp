#include "analysis/RootStoreRules.h"

#include "analysis/FindingText.h"
#include "analysis/ScanResult.h"

#include <QDateTime>
#include <QSet>

namespace certmend {

using namespace FindingText;

namespace {

/// How the misplaced certificates of Root hurt clients right now.
struct Impact
{
    Symptom symptom = Symptom::None;
    Severity severity = Severity::Warning;
    QString sentence; ///< translated, what a client experiences
};

bool rootFeedsAnIssuerList(const ScanResult& scan)
{
    for (const BindingIssuerList& list : scan.issuerLists) {
        if (list.source.reason == IssuerListSource::Reason::RootStore ||
            list.source.reason == IssuerListSource::Reason::RootStoreMixedOnlyNonSelfSigned)
            return true;
    }
    return false;
}

Impact impactOf(const ScanResult& scan, int misplacedCount)
{
    if (!rootFeedsAnIssuerList(scan)) {
        return {Symptom::None, Severity::Warning,
                tr("Right now no HTTPS binding takes its trusted issuers from the Root store (they come from a "
                   "Client Authentication Issuers or CTL store), so clients are not affected yet; they will be as "
                   "soon as that store is emptied or a binding loses its CTL store.")};
    }
    const QString list = misplacedCount == 1
                             ? tr("Because Trusted Root now mixes real roots with this one certificate that is not "
                                  "self-signed, Schannel uses it alone as the trusted issuers list (Windows Server "
                                  "2012 and later).")
                             : tr("Because Trusted Root now mixes real roots with %1 certificates that are not "
                                  "self-signed, Schannel uses only those as the trusted issuers list (Windows Server "
                                  "2012 and later).")
                                   .arg(misplacedCount);
    if (scan.settings.sendTrustedIssuerList()) {
        return {Symptom::Http403_7, Severity::Error,
                list + QLatin1Char(' ') +
                    tr("SendTrustedIssuerList is on, so the server sends only those issuers to the browser, which "
                       "then has no matching client certificate to offer: IIS answers 403.7 (client certificate "
                       "required).")};
    }
    return {Symptom::Http403_16, Severity::Error,
            list + QLatin1Char(' ') +
                tr("Every client certificate from another CA is rejected as untrusted: IIS answers 403.16, and its "
                   "log shows sc-win32-status 2148204809 (CERT_E_UNTRUSTEDROOT).")};
}

bool deployedCentrally(const QList<StoreEntry>& copies)
{
    for (const StoreEntry& entry : copies) {
        if (entry.origin == StoreOrigin::GroupPolicy || entry.origin == StoreOrigin::Enterprise)
            return true;
    }
    return false;
}

bool hasLocalCopy(const QList<StoreEntry>& copies)
{
    for (const StoreEntry& entry : copies) {
        if (entry.origin == StoreOrigin::Registry || entry.origin == StoreOrigin::Unknown)
            return true;
    }
    return false;
}

RecommendedAction recommendation(SelfSignedVerdict verdict, const QList<StoreEntry>& copies)
{
    RecommendedAction action;
    action.sourceStore = QStringLiteral("Root");
    if (deployedCentrally(copies)) {
        action.kind = ActionKind::LeaveAlone;
        action.text = tr("Ask the Group Policy (or Active Directory) administrator to move it to Intermediate "
                         "Certification Authorities in the policy that deploys it.");
        action.reason = hasLocalCopy(copies)
                            ? tr("A copy comes from Group Policy or Active Directory: removing the local copy is not "
                                 "enough, the policy puts it back at the next refresh (gpupdate).")
                            : tr("It is deployed by Group Policy or Active Directory: moving it here would be undone "
                                 "at the next policy refresh (gpupdate).");
        return action;
    }
    if (verdict == SelfSignedVerdict::EndEntity) {
        action.kind = ActionKind::RemoveFromStore;
        action.text = tr("Remove it from Trusted Root: an end-entity certificate does not belong in any trust store.");
        return action;
    }
    action.kind = ActionKind::MoveToIntermediate;
    action.targetStore = QStringLiteral("CA");
    action.text = tr("Move it from Trusted Root to Intermediate Certification Authorities.");
    return action;
}

Finding misplaced(const ScanResult& scan, const Certificate& certificate, SelfSignedVerdict verdict,
                  const QList<StoreEntry>& copies, const Impact& impact)
{
    Finding f;
    f.severity = impact.severity;
    f.symptom = impact.symptom;
    f.certificates = {subjectOf(certificate, QStringLiteral("Root"))};
    f.action = recommendation(verdict, copies);
    f.sources = {tr(KbIisRejects), tr(DocsTrustedIssuers)};
    const QString name = quoted(certificate.displayName());
    const QString issuer = quoted(certificate.issuerDisplayName());
    switch (verdict) {
    case SelfSignedVerdict::SelfIssuedRollover:
        f.id = QStringLiteral("root.self-issued-rollover");
        f.title = tr("A key-rollover certificate is in Trusted Root");
        f.explanation = tr("%1 has the same name as its issuer, so the usual check (Issued To = Issued By) calls it "
                           "a root. It is not: it was signed with another key of that CA (a key-rollover link "
                           "certificate). Windows treats it as not self-signed.")
                            .arg(name);
        break;
    case SelfSignedVerdict::EndEntity:
        f.id = QStringLiteral("root.end-entity");
        f.title = tr("An end-entity certificate is in Trusted Root");
        f.explanation = tr("%1 is not a certificate authority at all: it is a server or user certificate issued by "
                           "%2. It does not belong in Trusted Root.")
                            .arg(name, issuer);
        break;
    default:
        f.id = QStringLiteral("root.not-self-signed");
        f.title = tr("An intermediate CA is in Trusted Root");
        f.explanation = tr("%1 is in Trusted Root Certification Authorities, but it is not a root: it was issued by "
                           "%2. It belongs in Intermediate Certification Authorities.")
                            .arg(name, issuer);
        f.sources.append(tr(KbNonSelfSigned));
        break;
    }
    f.explanation += QLatin1Char(' ') + impact.sentence;
    if (f.action.kind == ActionKind::LeaveAlone)
        f.explanation += QLatin1Char(' ') + f.action.reason;
    Q_UNUSED(scan);
    return f;
}

Finding rootNote(const Certificate& certificate, const QString& id, const QString& title, const QString& text)
{
    Finding f;
    f.id = id;
    f.severity = Severity::Info;
    f.title = title;
    f.explanation = text;
    f.certificates = {subjectOf(certificate, QStringLiteral("Root"))};
    f.action.kind = ActionKind::LeaveAlone;
    f.action.reason = tr("It is a genuine root: moving it would not help and could break other software.");
    f.action.text = tr("Leave it where it is.");
    return f;
}

} // namespace

void RootStoreRules::apply(const ScanResult& scan, QList<Finding>& findings)
{
    // One finding per distinct certificate, however many physical copies Root holds.
    QMap<QString, QList<StoreEntry>> copiesByThumbprint;
    QStringList order;
    for (const StoreEntry& entry : scan.entries(QStringLiteral("Root"))) {
        const QString thumbprint = entry.certificate.sha1Thumbprint();
        if (!copiesByThumbprint.contains(thumbprint))
            order.append(thumbprint);
        copiesByThumbprint[thumbprint].append(entry);
    }

    int misplacedCount = 0;
    for (const QString& thumbprint : std::as_const(order)) {
        if (!isTrustAnchor(scan.graph.verdict(scan.pool.indexOf(thumbprint))))
            ++misplacedCount;
    }
    const Impact impact = impactOf(scan, misplacedCount);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    for (const QString& thumbprint : std::as_const(order)) {
        const QList<StoreEntry>& copies = copiesByThumbprint[thumbprint];
        const Certificate& certificate = copies.first().certificate;
        const SelfSignedVerdict verdict = scan.graph.verdict(scan.pool.indexOf(thumbprint));
        const QString name = quoted(certificate.displayName());
        switch (verdict) {
        case SelfSignedVerdict::SelfSignedRoot:
            if (certificate.notAfter() < now) {
                findings.append(rootNote(certificate, QStringLiteral("root.expired"), tr("An expired root certificate"),
                                         tr("%1 is a genuine root but expired on %2. It no longer validates anything "
                                            "and does no harm to client authentication.")
                                             .arg(name, certificate.notAfter().toString(Qt::ISODate))));
            }
            break;
        case SelfSignedVerdict::RootAlgorithmUnsupported:
            findings.append(rootNote(certificate, QStringLiteral("root.algorithm-unsupported"),
                                     tr("A root whose signature algorithm cannot be checked here"),
                                     tr("%1 names itself as its issuer, but its signature uses %2, which cannot be "
                                        "verified here. Old roots (MD2/MD5 era) look like this; it is not misplaced.")
                                         .arg(name, certificate.signatureAlgorithm())));
            break;
        case SelfSignedVerdict::RootSignatureUnverified:
            findings.append(rootNote(certificate, QStringLiteral("root.signature-unverified"),
                                     tr("A root whose own signature does not verify here"),
                                     tr("%1 names itself as its issuer and no other key on this machine signed it, "
                                        "but its signature does not verify with a strict verifier. Some genuine roots "
                                        "carry such signatures and Windows accepts them; it is not misplaced.")
                                         .arg(name)));
            break;
        case SelfSignedVerdict::SelfIssuedRollover:
        case SelfSignedVerdict::IntermediateCa:
        case SelfSignedVerdict::EndEntity:
            findings.append(misplaced(scan, certificate, verdict, copies, impact));
            break;
        }
    }
}

} // namespace certmend
