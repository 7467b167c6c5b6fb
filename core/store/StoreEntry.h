#pragma once

#include "x509/Certificate.h"

#include <QString>

namespace certmend {

/// The physical store a certificate of a logical store comes from (DOMAIN.md §4).
enum class StoreOrigin
{
    Registry,    ///< HKLM\SOFTWARE\Microsoft\SystemCertificates: the machine's own; CertMend may change it
    GroupPolicy, ///< HKLM\SOFTWARE\Policies\...: comes back after the next policy refresh
    Enterprise,  ///< HKLM\SOFTWARE\Microsoft\EnterpriseCertificates: published by AD
    Unknown,     ///< a bare file or an export that does not say
};

/// Stable lower-case name ("registry", "grouppolicy", "enterprise", "unknown"): snapshot sub-folders, JSON.
QString storeOriginName(StoreOrigin origin);
/// The inverse of storeOriginName; Unknown for anything else.
StoreOrigin storeOriginFromName(const QString& name);

/// One certificate as it sits in one logical store.
struct StoreEntry
{
    Certificate certificate;
    QString storeName; ///< logical store: "Root", "CA", "ClientAuthIssuer", …
    StoreOrigin origin = StoreOrigin::Unknown;
    QString friendlyName; ///< Windows' friendly name property, if the source carried one
    QString sourcePath;   ///< the file it was read from (for messages)
};

} // namespace certmend
