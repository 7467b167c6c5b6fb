#pragma once

#include "x509/Certificate.h"

#include <QList>
#include <QString>

namespace certmend {

/// Where Schannel takes its trusted issuers list from for one binding, and what ends up in it (DOMAIN.md §2).
struct IssuerListSource
{
    /// Why that store was chosen.
    enum class Reason
    {
        BindingCtlStore,                 ///< the binding's Ctl Store Name holds certificates
        ClientAuthIssuerStore,           ///< no (usable) binding store; ClientAuthIssuer holds certificates
        RootStore,                       ///< neither: the Root store, all of it
        RootStoreMixedOnlyNonSelfSigned, ///< Root mixes self-signed and other certificates: only the others count
    };

    QString storeName; ///< the store used, canonical spelling where known ("Root", "ClientAuthIssuer")
    Reason reason = Reason::RootStore;
    QList<Certificate> issuers; ///< the certificates in the list, each once
    qint64 encodedSize = 0;     ///< Σ (DER subject name + 2): the size of the list in the TLS CertificateRequest
    bool exceedsLimit = false;  ///< encodedSize > Limit: Schannel truncates the list (event 36885)
    static constexpr qint64 Limit = 16384;

    QString bindingCtlStore;        ///< the store the binding names ("" when none), even when it was not used
    bool bindingStoreFound = false; ///< that store exists in the snapshot (it may still be empty)
    int selfSignedLeftOut = 0;      ///< RootStoreMixedOnlyNonSelfSigned: the self-signed roots not in the list
};

} // namespace certmend
