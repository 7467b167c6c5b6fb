#include "WinMachineInfo.h"

#include "WinText.h"

#include <windows.h>

namespace certmend::win {

namespace {

std::wstring computerName(COMPUTER_NAME_FORMAT format)
{
    DWORD size = 0;
    GetComputerNameExW(format, nullptr, &size);
    if (size == 0)
        return {};
    std::wstring name(size, L'\0');
    if (!GetComputerNameExW(format, name.data(), &size))
        return {};
    name.resize(size);
    return name;
}

// GetVersionEx answers 6.2 to a program without a compatibility manifest; RtlGetVersion tells the truth.
std::string versionText()
{
    using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOW*);
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    if (!ntdll)
        return {};
    const auto rtlGetVersion =
        reinterpret_cast<RtlGetVersionFn>(reinterpret_cast<void*>(GetProcAddress(ntdll, "RtlGetVersion")));
    if (!rtlGetVersion)
        return {};
    OSVERSIONINFOW info{};
    info.dwOSVersionInfoSize = sizeof info;
    if (rtlGetVersion(&info) != 0)
        return {};
    return std::to_string(info.dwMajorVersion) + "." + std::to_string(info.dwMinorVersion) + "." +
           std::to_string(info.dwBuildNumber);
}

std::wstring readProductName()
{
    wchar_t buffer[256] = {};
    DWORD size = sizeof buffer;
    const LSTATUS status = RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion",
                                        L"ProductName", RRF_RT_REG_SZ | RRF_SUBKEY_WOW6464KEY, nullptr, buffer, &size);
    return status == ERROR_SUCCESS ? std::wstring(buffer) : std::wstring();
}

} // namespace

WinStatus WinMachineInfo::read(WinMachineInfo& out)
{
    out = {};
    out.hostName = computerName(ComputerNamePhysicalDnsHostname);
    if (out.hostName.empty())
        out.hostName = computerName(ComputerNameNetBIOS);
    if (out.hostName.empty())
        return WinStatus::failure("io", "cannot read the computer name: " + WinText::errorText(GetLastError()));
    out.version = versionText();
    out.productName = readProductName();
    return WinStatus::success();
}

} // namespace certmend::win
