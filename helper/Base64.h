#pragma once

#include <string>
#include <vector>

namespace certmend::win {

/// Base64 (RFC 4648, with padding) and the protocol's argument escaping. "-" stands for empty data on the wire.
class Base64
{
public:
    static std::string encode(const std::vector<unsigned char>& data);
    static std::string encode(const std::string& data);
    /// False on characters outside the alphabet or a bad length.
    static bool decode(const std::string& text, std::vector<unsigned char>& out);
    /// %XX-escapes '%', space, and control characters: a store name may contain spaces ("Remote Desktop").
    static std::string percentEncode(const std::string& text);
    static std::string percentDecode(const std::string& text);
};

} // namespace certmend::win
