#pragma once

#include <QString>

namespace certmend {

/// What a certificate is, decided by encoded names, its own signature and its key identifiers (DOMAIN.md §3).
enum class SelfSignedVerdict
{
    SelfSignedRoot,           ///< encoded subject == issuer, own key verifies, AKI does not name another key
    RootAlgorithmUnsupported, ///< names match, the signature algorithm cannot be verified here (MD2-era roots)
    RootSignatureUnverified,  ///< names match, no key here verifies it, AKI does not contradict: still a root
    SelfIssuedRollover,       ///< names match but another key signed it (verified, or named by its AKI)
    IntermediateCa,           ///< names differ, a CA (cA=TRUE, or no basicConstraints and may sign certificates)
    EndEntity,                ///< names differ, not a CA
};

/// Stable identifier for JSON and logs: "self-signed-root", "root-algorithm-unsupported", …
QString verdictName(SelfSignedVerdict verdict);
/// A translated one-line explanation for a helpdesk user.
QString verdictDescription(SelfSignedVerdict verdict);
/// True for the three root verdicts: the certificate belongs in a Root store.
bool isTrustAnchor(SelfSignedVerdict verdict);

} // namespace certmend
