#pragma once

#include "analysis/Finding.h"
#include "schannel/SchannelSettings.h"
#include "schannel/SslBinding.h"
#include "schannel/TrustedIssuerList.h"
#include "store/MachineSnapshot.h"
#include "x509/CertificatePool.h"
#include "x509/TrustGraph.h"

#include <QList>
#include <QString>

namespace certmend {

/// The trusted issuers list Schannel builds for one binding (or for "no binding known").
struct BindingIssuerList
{
    QString endpoint;     ///< "0.0.0.0:443", "www.contoso.com:443"; empty when no binding is known
    QString ctlStoreName; ///< the binding's Ctl Store Name, empty when none
    IssuerListSource source;
};

/// Everything one scan of a machine found: the machine as read, every certificate's verdict and chain,
/// the Schannel settings, the trusted issuers list of every binding, and the findings.
struct ScanResult
{
    MachineSnapshot snapshot;
    CertificatePool pool; ///< every distinct certificate of every store
    TrustGraph graph;     ///< verdict and issuer link of every pool entry
    SchannelSettings settings;
    QList<SslBinding> bindings;
    QList<BindingIssuerList> issuerLists;
    QList<Finding> findings;
    QList<Error> issues; ///< what could not be read (files, registry export, bindings)

    /// Pool id of a store entry's certificate.
    int idOf(const Certificate& certificate) const { return pool.indexOf(certificate.sha1Thumbprint()); }
    /// The stores a certificate sits in ("Root", "CA (group policy)" …), for chain views.
    QStringList storesOf(const QString& sha1Thumbprint) const;
    /// Entries of a logical store (case-insensitive); empty when the store is absent.
    QList<StoreEntry> entries(const QString& storeName) const;
    /// True when a finding is a warning or an error (what makes `scan` exit with 1).
    bool hasProblems() const;
};

} // namespace certmend
