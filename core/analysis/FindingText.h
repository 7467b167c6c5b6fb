#pragma once

#include "analysis/Finding.h"
#include "x509/Certificate.h"

#include <QCoreApplication>
#include <QString>

namespace certmend {

/// Small helpers the rule classes share to name certificates and sources consistently.
namespace FindingText {

inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Analyzer", text, disambiguation, n);
}

/// A certificate as a finding names it: thumbprint, display subject, store.
inline FindingSubject subjectOf(const Certificate& certificate, const QString& storeName)
{
    return {certificate.sha1Thumbprint(), certificate.displayName(), storeName};
}

inline QString quoted(const QString& name)
{
    return QStringLiteral("\u201C%1\u201D").arg(name);
}

inline const char* const KbIisRejects = "KB 2802568: IIS may reject client certificate requests with 403.7 or 403.16";
inline const char* const KbNonSelfSigned = "KB 2795828: Lync/Windows Server 2012: non-self-signed certificates in Root";
inline const char* const DocsTrustedIssuers =
    "Microsoft Docs: What's new in TLS/SSL (Schannel SSP) - Management of trusted issuers for client authentication";
inline const char* const DocsTlsRegistry =
    "Microsoft Docs: TLS registry settings (SendTrustedIssuerList, ClientAuthTrustMode)";
inline const char* const Kb933430 =
    "KB 933430: client certificate issuer list truncated at 16 KB (Schannel event 36885)";

} // namespace FindingText
} // namespace certmend
