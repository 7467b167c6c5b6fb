#include "analysis/ChainRules.h"

#include "analysis/FindingText.h"
#include "analysis/ScanResult.h"

#include <QSet>

namespace certmend {

using namespace FindingText;

namespace {

void incompleteChains(const ScanResult& scan, QList<Finding>& findings)
{
    // In Exclusive CA Trust a CA in the binding's store is itself an anchor: a missing root is no problem there.
    const bool caIsAnchor = scan.settings.trustMode() == SchannelSettings::TrustMode::ExclusiveCaTrust;
    QSet<QString> reported;
    for (const QString& storeName : {QStringLiteral("CA"), QStringLiteral("ClientAuthIssuer")}) {
        if (caIsAnchor && storeName == QLatin1String("ClientAuthIssuer"))
            continue;
        for (const StoreEntry& entry : scan.entries(storeName)) {
            const QString thumbprint = entry.certificate.sha1Thumbprint();
            if (reported.contains(thumbprint))
                continue;
            const int id = scan.pool.indexOf(thumbprint);
            if (id < 0 || isTrustAnchor(scan.graph.verdict(id)))
                continue;
            const TrustGraph::Chain chain = scan.graph.chain(id);
            if (chain.end != TrustGraph::Chain::End::IssuerNotFound)
                continue;
            reported.insert(thumbprint);
            const Certificate& top = scan.pool.at(chain.ids.last());
            Finding f;
            f.id = QStringLiteral("chain.issuer-not-found");
            f.severity = Severity::Warning;
            f.symptom = Symptom::Http403_16;
            f.title = tr("A CA certificate's issuer is not on this machine");
            f.explanation = tr("%1 (in %2) chains up to %3, whose issuer %4 is in none of this machine's stores. "
                               "Client certificates issued under it cannot be validated: IIS answers 403.16.")
                                .arg(quoted(entry.certificate.displayName()), storeName, quoted(top.displayName()),
                                     quoted(top.issuerDisplayName()));
            f.certificates = {subjectOf(entry.certificate, storeName)};
            f.action.kind = ActionKind::AddMissingRoot;
            f.action.targetStore = QStringLiteral("Root");
            f.action.text = tr("Import the root certificate %1 into Trusted Root Certification Authorities, if you "
                               "trust it.")
                                .arg(quoted(top.issuerDisplayName()));
            f.sources = {tr(KbIisRejects)};
            findings.append(f);
        }
    }
}

void distrusted(const ScanResult& scan, QList<Finding>& findings)
{
    QSet<QString> disallowed;
    for (const StoreEntry& entry : scan.entries(QStringLiteral("Disallowed")))
        disallowed.insert(entry.certificate.sha1Thumbprint());
    if (disallowed.isEmpty())
        return;
    for (const QString& storeName :
         {QStringLiteral("Root"), QStringLiteral("CA"), QStringLiteral("ClientAuthIssuer")}) {
        for (const StoreEntry& entry : scan.entries(storeName)) {
            if (!disallowed.contains(entry.certificate.sha1Thumbprint()))
                continue;
            Finding f;
            f.id = QStringLiteral("store.disallowed");
            f.severity = Severity::Warning;
            f.symptom = Symptom::Http403_16;
            f.title = tr("A certificate is both trusted and explicitly distrusted");
            f.explanation = tr("%1 is in %2 and also in Untrusted Certificates (Disallowed). Windows lets "
                               "Disallowed win: nothing that chains through it is accepted.")
                                .arg(quoted(entry.certificate.displayName()), storeName);
            f.certificates = {subjectOf(entry.certificate, storeName)};
            f.action.kind = ActionKind::LeaveAlone;
            f.action.text = tr("Find out who distrusted it and why before changing either store.");
            f.action.reason = tr("Someone marked it untrusted on purpose, perhaps after a compromise.");
            findings.append(f);
        }
    }
}

} // namespace

void ChainRules::apply(const ScanResult& scan, QList<Finding>& findings)
{
    incompleteChains(scan, findings);
    distrusted(scan, findings);
}

} // namespace certmend
