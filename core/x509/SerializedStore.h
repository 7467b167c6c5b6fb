#pragma once

#include "x509/CertificateReader.h"

#include <QByteArray>
#include <QList>

namespace certmend {

/// Microsoft's serialized certificate store (.sst; CertSaveStore CERT_STORE_SAVE_AS_STORE) and the element
/// format of the registry `Blob` values. See DOMAIN.md §5 and MS-OSHARED 2.3.9.1.
class SerializedStore
{
public:
    static constexpr quint32 CertificatePropId = 0x20;
    static constexpr quint32 CrlPropId = 0x21;
    static constexpr quint32 CtlPropId = 0x22;
    static constexpr quint32 FriendlyNamePropId = 0x0B;

    static bool hasHeader(const QByteArray& bytes);
    /// Parses a whole .sst (with its 8-byte header). Property elements before a certificate attach to it.
    static Result<ReadResult> read(const QByteArray& bytes, const QString& origin);
    /// Parses a headerless element list (a registry Blob value).
    static Result<ReadResult> readElements(const QByteArray& bytes, const QString& origin);
    /// Writes a .sst that Windows' certutil/Import-Certificate accept: header, one element per certificate
    /// (with its friendly name, if any), end marker.
    static QByteArray write(const QList<ReadCertificate>& certificates);
};

} // namespace certmend
