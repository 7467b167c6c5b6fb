#pragma once

#include "x509/CertificatePool.h"
#include "x509/SelfSignedVerdict.h"

#include <QList>
#include <QString>

#include <vector>

namespace certmend {

/// Verdict and issuer of every certificate of a pool, each signature verified once; chains are walks over it.
class TrustGraph
{
public:
    /// How a certificate connects to its issuer in the pool.
    struct IssuerLink
    {
        enum Status
        {
            SelfSigned,        ///< its own key verifies it
            Found,             ///< `issuer` is the pool id whose key verifies it
            NotFound,          ///< no certificate in the pool has its issuer's name
            SignatureMismatch, ///< certificates with the issuer's name exist, none of their keys verifies it
            Unverifiable,      ///< the algorithm cannot be checked here (detail says why)
        };
        Status status = NotFound;
        int issuer = -1;
        QString detail; ///< OpenSSL's reason when Unverifiable
    };

    /// A certificate and its issuers up to where the walk stopped.
    struct Chain
    {
        enum class End
        {
            Root,              ///< the last certificate is a trust anchor (or signed by its own key)
            IssuerNotFound,    ///< the last certificate's issuer is not in the pool
            SignatureMismatch, ///< the issuer's name is there, its key does not verify
            Loop,              ///< the links lead back to a certificate already in the chain
            Unverifiable,      ///< a signature algorithm cannot be checked here
        };
        QList<int> ids; ///< leaf first
        End end = End::IssuerNotFound;
    };

    TrustGraph() = default;
    /// Computes verdict and issuer link of every certificate on `threads` threads (0 = all cores).
    static TrustGraph build(const CertificatePool& pool, int threads = 0);

    int size() const { return static_cast<int>(m_verdicts.size()); }
    SelfSignedVerdict verdict(int id) const;
    IssuerLink issuerLink(int id) const;
    /// The chain of `id`, leaf first; always terminates (loops and cross-signing cycles end with End::Loop).
    Chain chain(int id) const;

private:
    std::vector<SelfSignedVerdict> m_verdicts;
    std::vector<IssuerLink> m_links;
};

} // namespace certmend
