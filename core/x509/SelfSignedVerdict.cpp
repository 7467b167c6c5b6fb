#include "SelfSignedVerdict.h"

#include <QCoreApplication>

namespace certmend {

QString verdictName(SelfSignedVerdict verdict)
{
    switch (verdict) {
    case SelfSignedVerdict::SelfSignedRoot:
        return QStringLiteral("self-signed-root");
    case SelfSignedVerdict::RootAlgorithmUnsupported:
        return QStringLiteral("root-algorithm-unsupported");
    case SelfSignedVerdict::RootSignatureUnverified:
        return QStringLiteral("root-signature-unverified");
    case SelfSignedVerdict::SelfIssuedRollover:
        return QStringLiteral("self-issued-rollover");
    case SelfSignedVerdict::IntermediateCa:
        return QStringLiteral("intermediate-ca");
    case SelfSignedVerdict::EndEntity:
        return QStringLiteral("end-entity");
    }
    return QStringLiteral("unknown");
}

QString verdictDescription(SelfSignedVerdict verdict)
{
    switch (verdict) {
    case SelfSignedVerdict::SelfSignedRoot:
        return QCoreApplication::translate("SelfSignedVerdict", "Root certificate: issued to itself and signed with "
                                                                "its own key.");
    case SelfSignedVerdict::RootAlgorithmUnsupported:
        return QCoreApplication::translate("SelfSignedVerdict",
                                           "Root certificate: issued to itself; its old signature algorithm cannot "
                                           "be checked here, which does not make it misplaced.");
    case SelfSignedVerdict::RootSignatureUnverified:
        return QCoreApplication::translate("SelfSignedVerdict",
                                           "Root certificate: issued to itself, but its signature could not be "
                                           "verified here (Windows may still accept it); no other key signed it.");
    case SelfSignedVerdict::SelfIssuedRollover:
        return QCoreApplication::translate("SelfSignedVerdict",
                                           "Not a root: same name as its issuer, but signed by another key (a CA key "
                                           "renewal certificate).");
    case SelfSignedVerdict::IntermediateCa:
        return QCoreApplication::translate("SelfSignedVerdict",
                                           "Intermediate certification authority: issued by another CA.");
    case SelfSignedVerdict::EndEntity:
        return QCoreApplication::translate("SelfSignedVerdict",
                                           "End-entity certificate (a user, computer or server), not a CA.");
    }
    return {};
}

bool isTrustAnchor(SelfSignedVerdict verdict)
{
    return verdict == SelfSignedVerdict::SelfSignedRoot || verdict == SelfSignedVerdict::RootAlgorithmUnsupported ||
           verdict == SelfSignedVerdict::RootSignatureUnverified;
}

} // namespace certmend
