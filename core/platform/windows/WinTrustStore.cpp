#include "WinTrustStore.h"

#include "WinElevation.h"
#include "WinText.h"

#include <windows.h>

#include <wincrypt.h>

#include <algorithm>
#include <set>

namespace certmend::win {

namespace {

constexpr DWORD kEncoding = X509_ASN_ENCODING | PKCS_7_ASN_ENCODING;

DWORD locationOf(WinOrigin origin)
{
    switch (origin) {
    case WinOrigin::GroupPolicy:
        return CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY;
    case WinOrigin::Enterprise:
        return CERT_SYSTEM_STORE_LOCAL_MACHINE_ENTERPRISE;
    case WinOrigin::Registry:
        break;
    }
    return CERT_SYSTEM_STORE_LOCAL_MACHINE;
}

// CERT_STORE_PROV_SYSTEM_REGISTRY opens exactly one physical store (the registry key of that location); the
// plain system provider would open the logical store, a collection in which the origin is lost.
HCERTSTORE openPhysical(const std::wstring& store, WinOrigin origin, DWORD extraFlags)
{
    return CertOpenStore(CERT_STORE_PROV_SYSTEM_REGISTRY_W, 0, 0, locationOf(origin) | extraFlags, store.c_str());
}

bool isMissingStore(DWORD error)
{
    return error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND || error == static_cast<DWORD>(E_INVALIDARG);
}

// Wine writes a registry store back (a delete in particular, and adds kept after a failed add) only on commit;
// on Windows the commit of a registry store is harmless.
void commitAndClose(HCERTSTORE store)
{
    CertControlStore(store, 0, CERT_STORE_CTRL_COMMIT, nullptr);
    CertCloseStore(store, 0);
}

std::vector<unsigned char> sha1Of(PCCERT_CONTEXT context)
{
    BYTE hash[20];
    DWORD size = sizeof hash;
    if (!CertGetCertificateContextProperty(context, CERT_SHA1_HASH_PROP_ID, hash, &size))
        return {};
    return std::vector<unsigned char>(hash, hash + size);
}

std::wstring friendlyNameOf(PCCERT_CONTEXT context)
{
    DWORD size = 0;
    if (!CertGetCertificateContextProperty(context, CERT_FRIENDLY_NAME_PROP_ID, nullptr, &size) || size < 2)
        return {};
    std::wstring name(size / sizeof(wchar_t), L'\0');
    if (!CertGetCertificateContextProperty(context, CERT_FRIENDLY_NAME_PROP_ID, name.data(), &size))
        return {};
    while (!name.empty() && name.back() == L'\0')
        name.pop_back();
    return name;
}

BOOL WINAPI collectStoreName(const void* systemStore, DWORD, PCERT_SYSTEM_STORE_INFO, void*, void* arg)
{
    static_cast<std::set<std::wstring>*>(arg)->insert(static_cast<const wchar_t*>(systemStore));
    return TRUE;
}

std::string narrow(const std::wstring& store)
{
    return WinText::toUtf8(store);
}

} // namespace

const char* winOriginName(WinOrigin origin)
{
    switch (origin) {
    case WinOrigin::GroupPolicy:
        return "grouppolicy";
    case WinOrigin::Enterprise:
        return "enterprise";
    case WinOrigin::Registry:
        break;
    }
    return "registry";
}

WinTrustStore::WinTrustStore(bool readOnly)
    : m_readOnly(readOnly)
{}

WinStatus WinTrustStore::storeNames(std::vector<std::wstring>& out) const
{
    std::set<std::wstring> names;
    for (const WinOrigin origin : {WinOrigin::Registry, WinOrigin::GroupPolicy, WinOrigin::Enterprise})
        CertEnumSystemStore(locationOf(origin), nullptr, &names, collectStoreName);
    // Case-insensitive unique: the registry compares key names without case.
    out.clear();
    for (const std::wstring& name : names) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const std::wstring& other) {
            return lstrcmpiW(other.c_str(), name.c_str()) == 0;
        });
        if (!seen)
            out.push_back(name);
    }
    return WinStatus::success();
}

WinStatus WinTrustStore::listOrigin(const std::wstring& store, WinOrigin origin, std::vector<WinCertificate>& out) const
{
    // Read-only and open-existing: listing must never create a store that was not there.
    HCERTSTORE handle = openPhysical(store, origin, CERT_STORE_OPEN_EXISTING_FLAG | CERT_STORE_READONLY_FLAG);
    if (!handle) {
        const DWORD error = GetLastError();
        if (isMissingStore(error))
            return WinStatus::success();
        return WinStatus::failure("file-unreadable", "cannot open the " + std::string(winOriginName(origin)) +
                                                         " store " + narrow(store) + ": " + WinText::errorText(error));
    }
    PCCERT_CONTEXT context = nullptr;
    while ((context = CertEnumCertificatesInStore(handle, context)) != nullptr) {
        WinCertificate certificate;
        certificate.der.assign(context->pbCertEncoded, context->pbCertEncoded + context->cbCertEncoded);
        certificate.origin = origin;
        certificate.friendlyName = friendlyNameOf(context);
        const std::vector<unsigned char> hash = sha1Of(context);
        certificate.sha1 = WinText::hex(hash.data(), hash.size());
        out.push_back(std::move(certificate));
    }
    CertCloseStore(handle, 0);
    return WinStatus::success();
}

WinStatus WinTrustStore::list(const std::wstring& store, std::vector<WinCertificate>& out) const
{
    out.clear();
    if (store.empty())
        return WinStatus::failure("invalid-argument", "empty store name");
    for (const WinOrigin origin : {WinOrigin::Registry, WinOrigin::GroupPolicy, WinOrigin::Enterprise}) {
        if (WinStatus status = listOrigin(store, origin, out); !status.ok())
            return status;
    }
    return WinStatus::success();
}

WinStatus WinTrustStore::contains(const std::wstring& store, const std::vector<unsigned char>& sha1, bool& found) const
{
    found = false;
    HCERTSTORE handle =
        openPhysical(store, WinOrigin::Registry, CERT_STORE_OPEN_EXISTING_FLAG | CERT_STORE_READONLY_FLAG);
    if (!handle) {
        const DWORD error = GetLastError();
        if (isMissingStore(error))
            return WinStatus::success();
        return WinStatus::failure("file-unreadable",
                                  "cannot reopen store " + narrow(store) + ": " + WinText::errorText(error));
    }
    CRYPT_HASH_BLOB blob{static_cast<DWORD>(sha1.size()), const_cast<BYTE*>(sha1.data())};
    PCCERT_CONTEXT context = CertFindCertificateInStore(handle, kEncoding, 0, CERT_FIND_SHA1_HASH, &blob, nullptr);
    found = context != nullptr;
    if (context)
        CertFreeCertificateContext(context);
    CertCloseStore(handle, 0);
    return WinStatus::success();
}

WinStatus WinTrustStore::checkChange(const std::wstring& store, const char* what) const
{
    if (store.empty())
        return WinStatus::failure("invalid-argument", "empty store name");
    if (m_readOnly)
        return WinStatus::failure("invalid-argument",
                                  "the stores were opened read-only; not changing " + narrow(store));
    return WinElevation::requireElevation(what);
}

WinStatus WinTrustStore::add(const std::wstring& store, const std::vector<unsigned char>& der,
                             const std::wstring& friendlyName, bool& added)
{
    added = false;
    if (WinStatus status = checkChange(store, "Adding a certificate to a LocalMachine store"); !status.ok())
        return status;
    if (der.empty())
        return WinStatus::failure("invalid-argument", "no certificate bytes");
    PCCERT_CONTEXT parsed = CertCreateCertificateContext(kEncoding, der.data(), static_cast<DWORD>(der.size()));
    if (!parsed)
        return WinStatus::failure("bad-format",
                                  "CryptoAPI cannot decode the certificate: " + WinText::errorText(GetLastError()));
    const std::vector<unsigned char> hash = sha1Of(parsed);
    CertFreeCertificateContext(parsed);

    HCERTSTORE handle = openPhysical(store, WinOrigin::Registry, 0);
    if (!handle)
        return WinStatus::failure("io", "cannot open or create store " + narrow(store) + ": " +
                                            WinText::errorText(GetLastError()));
    PCCERT_CONTEXT context = nullptr;
    if (!CertAddEncodedCertificateToStore(handle, kEncoding, der.data(), static_cast<DWORD>(der.size()),
                                          CERT_STORE_ADD_NEW, &context)) {
        const DWORD error = GetLastError();
        commitAndClose(handle);
        if (error == static_cast<DWORD>(CRYPT_E_EXISTS))
            return WinStatus::success();
        return WinStatus::failure("io",
                                  "cannot add the certificate to " + narrow(store) + ": " + WinText::errorText(error));
    }
    if (!friendlyName.empty()) {
        CRYPT_DATA_BLOB blob{static_cast<DWORD>((friendlyName.size() + 1) * sizeof(wchar_t)),
                             reinterpret_cast<BYTE*>(const_cast<wchar_t*>(friendlyName.c_str()))};
        CertSetCertificateContextProperty(context, CERT_FRIENDLY_NAME_PROP_ID, 0, &blob);
    }
    CertFreeCertificateContext(context);
    commitAndClose(handle);

    bool found = false;
    if (WinStatus status = contains(store, hash, found); !status.ok())
        return status;
    if (!found)
        return WinStatus::failure("verify-failed", "the certificate was added to " + narrow(store) +
                                                       " but is not there after reopening the store");
    added = true;
    return WinStatus::success();
}

WinStatus WinTrustStore::remove(const std::wstring& store, const std::string& sha1Hex)
{
    if (WinStatus status = checkChange(store, "Removing a certificate from a LocalMachine store"); !status.ok())
        return status;
    std::vector<unsigned char> hash;
    if (!WinText::fromHex(sha1Hex, hash) || hash.size() != 20)
        return WinStatus::failure("invalid-argument", "not a SHA-1 thumbprint: \"" + sha1Hex + "\"");

    HCERTSTORE handle = openPhysical(store, WinOrigin::Registry, CERT_STORE_OPEN_EXISTING_FLAG);
    if (!handle) {
        const DWORD error = GetLastError();
        if (isMissingStore(error))
            return WinStatus::failure("not-found", "store " + narrow(store) + " does not exist");
        return WinStatus::failure("io", "cannot open store " + narrow(store) + ": " + WinText::errorText(error));
    }
    CRYPT_HASH_BLOB blob{static_cast<DWORD>(hash.size()), hash.data()};
    PCCERT_CONTEXT context = CertFindCertificateInStore(handle, kEncoding, 0, CERT_FIND_SHA1_HASH, &blob, nullptr);
    if (!context) {
        CertCloseStore(handle, 0);
        return WinStatus::failure("not-found", "no certificate with thumbprint " + sha1Hex + " in the registry store " +
                                                   narrow(store));
    }
    // CertDeleteCertificateFromStore frees the context, also on failure.
    if (!CertDeleteCertificateFromStore(context)) {
        const DWORD error = GetLastError();
        CertCloseStore(handle, 0);
        return WinStatus::failure("io", "cannot delete " + sha1Hex + " from " + narrow(store) + ": " +
                                            WinText::errorText(error));
    }
    commitAndClose(handle);

    bool found = true;
    if (WinStatus status = contains(store, hash, found); !status.ok())
        return status;
    if (found)
        return WinStatus::failure("verify-failed", "certificate " + sha1Hex + " is still in " + narrow(store) +
                                                       " after deleting it and reopening the store");
    return WinStatus::success();
}

} // namespace certmend::win
