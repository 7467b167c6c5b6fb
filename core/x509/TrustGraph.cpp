#include "TrustGraph.h"

#include "x509/ParallelFor.h"

#include <algorithm>

namespace certmend {

namespace {

struct Node
{
    SelfSignedVerdict verdict = SelfSignedVerdict::EndEntity;
    TrustGraph::IssuerLink link;
};

bool looksLikeCa(const Certificate& c)
{
    if (c.hasBasicConstraints())
        return c.isCa();
    // No basicConstraints: a v1 certificate (no extensions at all) or a keyUsage allowing certificate signing.
    return !c.hasExtensions() || (c.hasKeyUsage() && c.allowsCertSign());
}

// Issuer candidates in the order they are tried: the key the AKI names first, then what looks like a root
// (shortest chains through cross-signed CAs and past rollover certificates), then the rest by id.
QList<int> orderedCandidates(const CertificatePool& pool, const Certificate& c, int self)
{
    QList<int> candidates = pool.withSubject(c.issuerDer());
    candidates.removeAll(self);
    const QByteArray aki = c.authorityKeyId();
    auto rank = [&](int id) {
        const Certificate& candidate = pool.at(id);
        int r = 0;
        if (aki.isEmpty() || candidate.subjectKeyId() != aki)
            r += 2;
        const QByteArray candidateAki = candidate.authorityKeyId();
        if (!candidate.isSelfIssued() || (!candidateAki.isEmpty() && candidateAki != candidate.subjectKeyId()))
            r += 1;
        return r;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) { return rank(a) < rank(b); });
    return candidates;
}

// Tries the candidates; fills `link` with the first whose key verifies.
void findIssuer(const CertificatePool& pool, const Certificate& c, const QList<int>& candidates,
                TrustGraph::IssuerLink& link)
{
    QString unverifiable;
    const QByteArray ownKeyId = c.subjectKeyId();
    bool tried = false;
    for (const int id : candidates) {
        const Certificate& candidate = pool.at(id);
        // Called after the own key failed: a candidate with the same key cannot verify either.
        if (c.isSelfIssued() && !ownKeyId.isEmpty() && candidate.subjectKeyId() == ownKeyId)
            continue;
        tried = true;
        const Result<bool> signedBy = c.isSignedBy(candidate);
        if (!signedBy) {
            unverifiable = signedBy.error().detail;
            continue;
        }
        if (signedBy.value()) {
            link = {TrustGraph::IssuerLink::Found, id, {}};
            return;
        }
    }
    if (!unverifiable.isEmpty())
        link = {TrustGraph::IssuerLink::Unverifiable, -1, unverifiable};
    else if (tried || !candidates.isEmpty())
        link = {TrustGraph::IssuerLink::SignatureMismatch, -1, {}};
    else
        link = {TrustGraph::IssuerLink::NotFound, -1, {}};
}

// DOMAIN.md §3: encoded names, then the own signature, then AKI against SKI.
Node classify(const CertificatePool& pool, int id)
{
    const Certificate& c = pool.at(id);
    Node node;
    if (!c.isSelfIssued()) {
        node.verdict = looksLikeCa(c) ? SelfSignedVerdict::IntermediateCa : SelfSignedVerdict::EndEntity;
        findIssuer(pool, c, orderedCandidates(pool, c, id), node.link);
        return node;
    }
    const QByteArray aki = c.authorityKeyId();
    const QByteArray ski = c.subjectKeyId();
    const bool akiNamesOtherKey = !aki.isEmpty() && !ski.isEmpty() && aki != ski;
    const Result<bool> own = c.isSignedBy(c);
    if (!own) {
        // Another key cannot be checked either: the algorithm is what fails.
        node.verdict =
            akiNamesOtherKey ? SelfSignedVerdict::SelfIssuedRollover : SelfSignedVerdict::RootAlgorithmUnsupported;
        node.link = {TrustGraph::IssuerLink::Unverifiable, -1, own.error().detail};
        return node;
    }
    if (own.value()) {
        node.verdict = akiNamesOtherKey ? SelfSignedVerdict::SelfIssuedRollover : SelfSignedVerdict::SelfSignedRoot;
        node.link = {TrustGraph::IssuerLink::SelfSigned, id, {}};
        return node;
    }
    const QList<int> candidates = orderedCandidates(pool, c, id);
    findIssuer(pool, c, candidates, node.link);
    if (node.link.status == TrustGraph::IssuerLink::Found || akiNamesOtherKey) {
        node.verdict = SelfSignedVerdict::SelfIssuedRollover;
        return node;
    }
    // Names match, nothing here verifies it and nothing says another key signed it: a root Windows may
    // accept although OpenSSL does not (DOMAIN.md §3).
    node.verdict = SelfSignedVerdict::RootSignatureUnverified;
    if (node.link.status == TrustGraph::IssuerLink::NotFound)
        node.link = {TrustGraph::IssuerLink::SignatureMismatch, -1, {}};
    return node;
}

} // namespace

TrustGraph TrustGraph::build(const CertificatePool& pool, int threads)
{
    std::vector<Node> nodes(static_cast<size_t>(pool.size()));
    parallelFor(pool.size(), threads, [&](int id) { nodes[static_cast<size_t>(id)] = classify(pool, id); });
    TrustGraph graph;
    graph.m_verdicts.reserve(nodes.size());
    graph.m_links.reserve(nodes.size());
    for (Node& node : nodes) {
        graph.m_verdicts.push_back(node.verdict);
        graph.m_links.push_back(std::move(node.link));
    }
    return graph;
}

SelfSignedVerdict TrustGraph::verdict(int id) const
{
    if (id < 0 || id >= size())
        return SelfSignedVerdict::EndEntity;
    return m_verdicts[static_cast<size_t>(id)];
}

TrustGraph::IssuerLink TrustGraph::issuerLink(int id) const
{
    if (id < 0 || id >= size())
        return {};
    return m_links[static_cast<size_t>(id)];
}

TrustGraph::Chain TrustGraph::chain(int id) const
{
    Chain chain;
    if (id < 0 || id >= size())
        return chain;
    for (int current = id;;) {
        if (chain.ids.contains(current)) {
            chain.end = Chain::End::Loop;
            return chain;
        }
        chain.ids.append(current);
        if (isTrustAnchor(verdict(current))) {
            chain.end = Chain::End::Root;
            return chain;
        }
        const IssuerLink& link = m_links[static_cast<size_t>(current)];
        switch (link.status) {
        case IssuerLink::SelfSigned:
            chain.end = Chain::End::Root;
            return chain;
        case IssuerLink::Found:
            current = link.issuer;
            continue;
        case IssuerLink::NotFound:
            chain.end = Chain::End::IssuerNotFound;
            return chain;
        case IssuerLink::SignatureMismatch:
            chain.end = Chain::End::SignatureMismatch;
            return chain;
        case IssuerLink::Unverifiable:
            chain.end = Chain::End::Unverifiable;
            return chain;
        }
    }
}

} // namespace certmend
