#pragma once

#include <string>
#include <vector>

namespace certmend::win {

/// UTF-8 <-> UTF-16 and Win32 error text: the adapter speaks UTF-8 outward and wide strings to Win32.
class WinText
{
public:
    static std::wstring toWide(const std::string& utf8);
    static std::string toUtf8(const std::wstring& wide);
    /// "<text> (Win32 error N)" for GetLastError()/LSTATUS values.
    static std::string errorText(unsigned long error);
    /// Lower-case hex of `bytes`.
    static std::string hex(const unsigned char* bytes, std::size_t size);
    /// Hex digits (any case, spaces and colons ignored) to bytes; false on anything else or odd length.
    static bool fromHex(const std::string& text, std::vector<unsigned char>& out);
};

} // namespace certmend::win
