#pragma once

#include "WinStatus.h"

#include <string>
#include <vector>

namespace certmend::win {

/// The physical store a certificate was read from (the same three as certmend::StoreOrigin).
enum class WinOrigin
{
    Registry,    ///< HKLM\SOFTWARE\Microsoft\SystemCertificates\<store>
    GroupPolicy, ///< HKLM\SOFTWARE\Policies\Microsoft\SystemCertificates\<store>
    Enterprise,  ///< HKLM\SOFTWARE\Microsoft\EnterpriseCertificates\<store>
};

/// "registry", "grouppolicy", "enterprise": the snapshot folder names.
const char* winOriginName(WinOrigin origin);

/// One certificate of a LocalMachine logical store, with the physical store it sits in.
struct WinCertificate
{
    std::vector<unsigned char> der;
    WinOrigin origin = WinOrigin::Registry;
    std::wstring friendlyName;
    std::string sha1; ///< lower-case hex, from CryptoAPI's own hash property
};

/// LocalMachine certificate stores through CryptoAPI (crypt32), Qt-free so that it cross-compiles with mingw.
/// Every call opens and closes the stores it needs: nothing is cached, so a change made by another process is seen.
class WinTrustStore
{
public:
    /// `readOnly`: stores are opened with CERT_STORE_READONLY_FLAG and add/remove are refused.
    explicit WinTrustStore(bool readOnly = false);

    /// Names of the LocalMachine system stores (CertEnumSystemStore over the three locations), sorted, unique.
    WinStatus storeNames(std::vector<std::wstring>& out) const;
    /// The certificates of `store` in all three physical locations. A store that does not exist is empty.
    WinStatus list(const std::wstring& store, std::vector<WinCertificate>& out) const;
    /// Adds DER bytes to the registry physical store (created if needed). `added` is false when it was there.
    WinStatus add(const std::wstring& store, const std::vector<unsigned char>& der, const std::wstring& friendlyName,
                  bool& added);
    /// Deletes the certificate with that SHA-1 (hex) from the registry physical store; "not-found" when absent.
    WinStatus remove(const std::wstring& store, const std::string& sha1Hex);

    bool isReadOnly() const { return m_readOnly; }

private:
    WinStatus listOrigin(const std::wstring& store, WinOrigin origin, std::vector<WinCertificate>& out) const;
    WinStatus contains(const std::wstring& store, const std::vector<unsigned char>& sha1, bool& found) const;
    WinStatus checkChange(const std::wstring& store, const char* what) const;

    bool m_readOnly = false;
};

} // namespace certmend::win
