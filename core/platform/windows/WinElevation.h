#pragma once

#include "WinStatus.h"

namespace certmend::win {

/// Whether this process may change LocalMachine stores and HKLM. Changes are refused otherwise.
class WinElevation
{
public:
    /// TokenElevation of the process token; false when the environment variable CERTMEND_SIMULATE_NOT_ELEVATED
    /// is "1" or simulateNotElevated() was called (Wine usually runs everything as an administrator).
    static bool isElevated();
    /// Makes isElevated() false for the rest of the process (the helper's --simulate-not-elevated).
    static void simulateNotElevated();
    /// Success when elevated, else a "not-elevated" status telling the user to run as administrator.
    static WinStatus requireElevation(const char* what);
};

} // namespace certmend::win
