#pragma once

#include "schannel/IssuerListSource.h"
#include "store/StoreEntry.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace certmend {

/// Computes the trusted issuers list Schannel uses for client authentication (Windows Server 2012 and later).
class TrustedIssuerList
{
public:
    /// The binding's store if it holds certificates, else ClientAuthIssuer if it does, else Root (only the
    /// non-self-signed ones when Root mixes both). `stores` maps logical store names (any case) to entries;
    /// a certificate in several physical stores counts once.
    static IssuerListSource compute(const QString& bindingCtlStore, const QMap<QString, QList<StoreEntry>>& stores,
                                    const std::function<bool(const Certificate&)>& isSelfSigned);

    /// Plain-language explanation of where the list comes from and what that means (translated).
    static QString explain(const IssuerListSource& source);

    /// Size of one issuer in the list: its DER subject name plus the 2-byte length prefix.
    static qint64 encodedSize(const Certificate& issuer);
};

} // namespace certmend
