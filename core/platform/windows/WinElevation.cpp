#include "WinElevation.h"

#include <windows.h>

#include <string>

namespace certmend::win {

namespace {

bool g_simulatedNotElevated = false;

bool environmentSaysNotElevated()
{
    char value[8] = {};
    const DWORD length = GetEnvironmentVariableA("CERTMEND_SIMULATE_NOT_ELEVATED", value, sizeof value);
    return length == 1 && value[0] == '1';
}

} // namespace

void WinElevation::simulateNotElevated()
{
    g_simulatedNotElevated = true;
}

bool WinElevation::isElevated()
{
    if (g_simulatedNotElevated || environmentSaysNotElevated())
        return false;
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const BOOL ok = GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size);
    CloseHandle(token);
    return ok && elevation.TokenIsElevated != 0;
}

WinStatus WinElevation::requireElevation(const char* what)
{
    if (isElevated())
        return WinStatus::success();
    return WinStatus::failure("not-elevated",
                              std::string(what) + " needs administrator rights: Run as administrator and try again");
}

} // namespace certmend::win
