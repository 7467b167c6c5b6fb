#pragma once

#include "WinStatus.h"

#include <string>
#include <utility>
#include <vector>

namespace certmend::win {

/// A registry value as read: present or not, its REG_* type and raw data.
struct WinRegValue
{
    bool present = false;
    unsigned long type = 0; ///< REG_DWORD = 4, REG_SZ = 1, …
    std::vector<unsigned char> data;
};

/// The values of HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL (64-bit view).
/// Reading never creates the key; writing needs elevation.
class WinSchannelKey
{
public:
    /// `readOnly`: every write is refused (the helper's --read-only).
    explicit WinSchannelKey(bool readOnly = false)
        : m_readOnly(readOnly)
    {}

    /// The subkey path under HKEY_LOCAL_MACHINE.
    static const wchar_t* path();

    WinStatus readValue(const std::wstring& name, WinRegValue& out) const;
    /// Every value of the key in registry order (for a snapshot's schannel.reg); `keyPresent` false when the
    /// key itself does not exist.
    WinStatus readAll(bool& keyPresent, std::vector<std::pair<std::wstring, WinRegValue>>& out) const;
    /// `present` false when absent; a value of another type is "bad-format" naming the type found.
    WinStatus readDword(const std::wstring& name, bool& present, unsigned long& value) const;
    WinStatus writeDword(const std::wstring& name, unsigned long value);
    /// Any type: restoring a wrongly typed value from a backup, and planting one in tests.
    WinStatus writeValue(const std::wstring& name, unsigned long type, const std::vector<unsigned char>& data);
    /// Deletes the value; `existed` tells whether there was one (an absent value is not an error).
    WinStatus deleteValue(const std::wstring& name, bool& existed);

    /// "REG_DWORD", "REG_SZ", … for messages.
    static std::string typeName(unsigned long type);

private:
    WinStatus checkChange() const;

    bool m_readOnly = false;
};

} // namespace certmend::win
