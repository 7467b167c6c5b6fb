#pragma once

#include "WinStatus.h"

#include <string>

namespace certmend::win {

/// Which machine this is, for a snapshot's manifest.json: host name and Windows version as Windows reports them.
struct WinMachineInfo
{
    std::wstring hostName;    ///< the DNS host name (GetComputerNameEx), else the NetBIOS name
    std::string version;      ///< "major.minor.build" from RtlGetVersion (not the manifest-dependent GetVersionEx)
    std::wstring productName; ///< HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion ProductName; empty when absent

    /// Reads all three; fails only when neither name can be read.
    static WinStatus read(WinMachineInfo& out);
};

} // namespace certmend::win
