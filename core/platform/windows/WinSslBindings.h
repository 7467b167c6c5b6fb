#pragma once

#include "WinStatus.h"

#include <string>

namespace certmend::win {

/// HTTP.sys SSL bindings as the text `netsh http show sslcert` prints (same labels, so NetshSslCertParser reads it).
class WinSslBindings
{
public:
    /// From HttpQueryServiceConfiguration (IP:port bindings); when that fails or finds nothing, from the
    /// registry keys HTTP.sys keeps them in (SslBindingInfo, SslSniBindingInfo) — what Wine has.
    static WinStatus netshText(std::string& out);
    /// Only from HKLM\SYSTEM\CurrentControlSet\Services\HTTP\Parameters\SslBindingInfo / SslSniBindingInfo.
    static WinStatus fromRegistry(std::string& out);
    /// Only from the HTTP Server API; `available` false when the API itself is not usable here.
    static WinStatus fromHttpApi(std::string& out, bool& available);
    /// The registry path of the IP:port bindings, under HKEY_LOCAL_MACHINE.
    static const wchar_t* registryPath();
};

} // namespace certmend::win
