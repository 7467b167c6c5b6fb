#include "WinSslBindings.h"

#include "WinText.h"

// http.h needs the winsock types; winsock2.h must come before windows.h.
#include <winsock2.h>

#include <windows.h>

#include <http.h>

#include <cstdio>
#include <vector>

namespace certmend::win {

namespace {

const wchar_t* kSniPath = L"SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters\\SslSniBindingInfo";

// What a binding's block says, whichever source it came from.
struct Binding
{
    std::string endpointLabel = "IP:port";
    std::string endpoint;
    std::string certHash;
    std::string appId;
    std::string certStoreName;
    unsigned long checkMode = 0;
    unsigned long freshness = 0;
    unsigned long urlTimeout = 0;
    std::string ctlIdentifier;
    std::string ctlStoreName;
    unsigned long flags = 0;
};

std::string orNull(const std::string& text)
{
    return text.empty() ? std::string("(null)") : text;
}

void line(std::string& out, const std::string& label, const std::string& value)
{
    std::string padded = label;
    if (padded.size() < 29)
        padded.resize(29, ' ');
    out += "    " + padded + ": " + value + "\r\n";
}

std::string enabled(bool on)
{
    return on ? "Enabled" : "Disabled";
}

// netsh's block layout and wording (Windows Server 2019), the labels NetshSslCertParser knows.
void print(std::string& out, const Binding& b)
{
    line(out, b.endpointLabel, b.endpoint);
    line(out, "Certificate Hash", orNull(b.certHash));
    line(out, "Application ID", orNull(b.appId));
    line(out, "Certificate Store Name", orNull(b.certStoreName));
    line(out, "Verify Client Certificate Revocation", enabled((b.checkMode & 1) == 0));
    line(out, "Verify Revocation Using Cached Client Certificate Only", enabled((b.checkMode & 2) != 0));
    line(out, "Usage Check", enabled((b.checkMode & 0x10000) == 0));
    line(out, "Revocation Freshness Time", std::to_string(b.freshness));
    line(out, "URL Retrieval Timeout", std::to_string(b.urlTimeout));
    line(out, "Ctl Identifier", orNull(b.ctlIdentifier));
    line(out, "Ctl Store Name", orNull(b.ctlStoreName));
    line(out, "DS Mapper Usage", enabled((b.flags & HTTP_SERVICE_CONFIG_SSL_FLAG_USE_DS_MAPPER) != 0));
    line(out, "Negotiate Client Certificate",
         enabled((b.flags & HTTP_SERVICE_CONFIG_SSL_FLAG_NEGOTIATE_CLIENT_CERT) != 0));
    out += "\r\n";
}

std::string header()
{
    return "\r\nSSL Certificate bindings:\r\n-------------------------\r\n\r\n";
}

std::string guidText(const GUID& g)
{
    char text[64];
    std::snprintf(text, sizeof text, "{%08lx-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x}",
                  static_cast<unsigned long>(g.Data1), g.Data2, g.Data3, g.Data4[0], g.Data4[1], g.Data4[2], g.Data4[3],
                  g.Data4[4], g.Data4[5], g.Data4[6], g.Data4[7]);
    return text;
}

std::string wideOrEmpty(const wchar_t* text)
{
    return text ? WinText::toUtf8(text) : std::string();
}

// Network byte order by hand: ntohs would pull in ws2_32, and the adapter links crypt32/advapi32/httpapi only.
unsigned portOf(unsigned short networkOrder)
{
    const auto* b = reinterpret_cast<const unsigned char*>(&networkOrder);
    return static_cast<unsigned>(b[0]) << 8 | b[1];
}

std::string addressText(const SOCKADDR* address)
{
    if (!address)
        return {};
    char text[80];
    if (address->sa_family == AF_INET) {
        const auto* in = reinterpret_cast<const SOCKADDR_IN*>(address);
        const auto* a = reinterpret_cast<const unsigned char*>(&in->sin_addr);
        std::snprintf(text, sizeof text, "%u.%u.%u.%u:%u", a[0], a[1], a[2], a[3], portOf(in->sin_port));
        return text;
    }
    if (address->sa_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const SOCKADDR_IN6*>(address);
        const auto* a = reinterpret_cast<const unsigned char*>(&in6->sin6_addr);
        std::string ip;
        for (int i = 0; i < 8; ++i) {
            std::snprintf(text, sizeof text, "%s%x", i ? ":" : "", a[2 * i] << 8 | a[2 * i + 1]);
            ip += text;
        }
        if (ip == "0:0:0:0:0:0:0:0")
            ip = "::";
        std::snprintf(text, sizeof text, "[%s]:%u", ip.c_str(), portOf(in6->sin6_port));
        return text;
    }
    return "(address family " + std::to_string(address->sa_family) + ")";
}

// --- registry --------------------------------------------------------------------------------------------------

bool queryValue(HKEY key, const wchar_t* name, DWORD& type, std::vector<unsigned char>& data)
{
    DWORD size = 0;
    if (RegQueryValueExW(key, name, nullptr, &type, nullptr, &size) != ERROR_SUCCESS)
        return false;
    data.resize(size);
    if (RegQueryValueExW(key, name, nullptr, &type, data.empty() ? nullptr : data.data(), &size) != ERROR_SUCCESS)
        return false;
    data.resize(size);
    return true;
}

std::string regString(HKEY key, const wchar_t* name)
{
    DWORD type = 0;
    std::vector<unsigned char> data;
    if (!queryValue(key, name, type, data) || (type != REG_SZ && type != REG_EXPAND_SZ))
        return {};
    std::wstring text(reinterpret_cast<const wchar_t*>(data.data()), data.size() / sizeof(wchar_t));
    while (!text.empty() && text.back() == L'\0')
        text.pop_back();
    return WinText::toUtf8(text);
}

unsigned long regDword(HKEY key, const wchar_t* name)
{
    DWORD type = 0;
    std::vector<unsigned char> data;
    if (!queryValue(key, name, type, data) || type != REG_DWORD || data.size() != 4)
        return 0;
    return data[0] | data[1] << 8 | data[2] << 16 | static_cast<unsigned long>(data[3]) << 24;
}

std::string regBinaryHex(HKEY key, const wchar_t* name)
{
    DWORD type = 0;
    std::vector<unsigned char> data;
    if (!queryValue(key, name, type, data) || data.empty())
        return {};
    return WinText::hex(data.data(), data.size());
}

std::string regGuid(HKEY key, const wchar_t* name)
{
    DWORD type = 0;
    std::vector<unsigned char> data;
    if (!queryValue(key, name, type, data) || data.size() != sizeof(GUID))
        return {};
    GUID guid;
    memcpy(&guid, data.data(), sizeof guid);
    return guidText(guid);
}

WinStatus readRegistryKind(const wchar_t* path, const char* endpointLabel, std::string& out, int& count)
{
    HKEY parent = nullptr;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, path, 0, KEY_READ | KEY_WOW64_64KEY, &parent);
    if (status == ERROR_FILE_NOT_FOUND)
        return WinStatus::success();
    if (status != ERROR_SUCCESS)
        return WinStatus::failure("file-unreadable", "cannot open HKLM\\" + WinText::toUtf8(path) + ": " +
                                                         WinText::errorText(static_cast<DWORD>(status)));
    for (DWORD index = 0;; ++index) {
        wchar_t name[512];
        DWORD nameLength = 512;
        status = RegEnumKeyExW(parent, index, name, &nameLength, nullptr, nullptr, nullptr, nullptr);
        if (status != ERROR_SUCCESS)
            break;
        HKEY key = nullptr;
        if (RegOpenKeyExW(parent, name, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
            continue;
        Binding b;
        b.endpointLabel = endpointLabel;
        b.endpoint = WinText::toUtf8(std::wstring(name, nameLength));
        b.certHash = regBinaryHex(key, L"SslCertHash");
        b.appId = regGuid(key, L"AppId");
        b.certStoreName = regString(key, L"SslCertStoreName");
        b.checkMode = regDword(key, L"DefaultSslCertCheckMode");
        b.freshness = regDword(key, L"DefaultSslRevocationFreshnessTime");
        b.urlTimeout = regDword(key, L"DefaultSslRevocationUrlRetrievalTimeout");
        b.ctlIdentifier = regString(key, L"DefaultSslCtlIdentifier");
        b.ctlStoreName = regString(key, L"DefaultSslCtlStoreName");
        b.flags = regDword(key, L"DefaultFlags");
        RegCloseKey(key);
        print(out, b);
        ++count;
    }
    RegCloseKey(parent);
    return WinStatus::success();
}

} // namespace

const wchar_t* WinSslBindings::registryPath()
{
    return L"SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters\\SslBindingInfo";
}

WinStatus WinSslBindings::fromRegistry(std::string& out)
{
    out = header();
    int count = 0;
    if (WinStatus status = readRegistryKind(registryPath(), "IP:port", out, count); !status.ok())
        return status;
    return readRegistryKind(kSniPath, "Hostname:port", out, count);
}

WinStatus WinSslBindings::fromHttpApi(std::string& out, bool& available)
{
    out = header();
    available = false;
    const HTTPAPI_VERSION version = HTTPAPI_VERSION_1;
    if (HttpInitialize(version, HTTP_INITIALIZE_CONFIG, nullptr) != NO_ERROR)
        return WinStatus::success();
    WinStatus result;
    for (DWORD token = 0;; ++token) {
        HTTP_SERVICE_CONFIG_SSL_QUERY query{};
        query.QueryDesc = HttpServiceConfigQueryNext;
        query.dwToken = token;
        std::vector<unsigned char> buffer(4096);
        ULONG size = 0;
        ULONG status = HttpQueryServiceConfiguration(nullptr, HttpServiceConfigSSLCertInfo, &query, sizeof query,
                                                     buffer.data(), static_cast<ULONG>(buffer.size()), &size, nullptr);
        if (status == ERROR_INSUFFICIENT_BUFFER) {
            buffer.resize(size);
            status = HttpQueryServiceConfiguration(nullptr, HttpServiceConfigSSLCertInfo, &query, sizeof query,
                                                   buffer.data(), size, &size, nullptr);
        }
        if (status == ERROR_NO_MORE_ITEMS) {
            available = true;
            break;
        }
        if (status != NO_ERROR) {
            // Wine's httpapi has no configuration store: the registry is the fallback, not an error.
            available = false;
            break;
        }
        const auto* set = reinterpret_cast<const HTTP_SERVICE_CONFIG_SSL_SET*>(buffer.data());
        Binding b;
        b.endpoint = addressText(set->KeyDesc.pIpPort);
        b.certHash =
            WinText::hex(static_cast<const unsigned char*>(set->ParamDesc.pSslHash), set->ParamDesc.SslHashLength);
        b.appId = guidText(set->ParamDesc.AppId);
        b.certStoreName = wideOrEmpty(set->ParamDesc.pSslCertStoreName);
        b.checkMode = set->ParamDesc.DefaultCertCheckMode;
        b.freshness = set->ParamDesc.DefaultRevocationFreshnessTime;
        b.urlTimeout = set->ParamDesc.DefaultRevocationUrlRetrievalTimeout;
        b.ctlIdentifier = wideOrEmpty(set->ParamDesc.pDefaultSslCtlIdentifier);
        b.ctlStoreName = wideOrEmpty(set->ParamDesc.pDefaultSslCtlStoreName);
        b.flags = set->ParamDesc.DefaultFlags;
        print(out, b);
    }
    HttpTerminate(HTTP_INITIALIZE_CONFIG, nullptr);
    return result;
}

WinStatus WinSslBindings::netshText(std::string& out)
{
    bool available = false;
    std::string fromApi;
    if (WinStatus status = fromHttpApi(fromApi, available); !status.ok())
        return status;
    // The API lists IP:port only (SNI needs structures older SDKs lack); with nothing there, the registry also
    // carries the SNI bindings and is what Wine has.
    if (available && fromApi != header()) {
        std::string sni;
        int count = 0;
        readRegistryKind(kSniPath, "Hostname:port", sni, count);
        out = fromApi + sni;
        return WinStatus::success();
    }
    return fromRegistry(out);
}

} // namespace certmend::win
