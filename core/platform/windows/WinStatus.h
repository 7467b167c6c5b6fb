#pragma once

#include <string>

namespace certmend::win {

/// The outcome of an adapter call: empty code = success. Codes are certmend::errorCodeName() spellings
/// ("not-found", "not-elevated", "bad-format", "io", "invalid-argument", "verify-failed") so that the Qt side
/// maps them back without a second table.
struct WinStatus
{
    std::string code;    ///< empty on success
    std::string message; ///< technical detail, UTF-8, Win32 error text included

    bool ok() const { return code.empty(); }
    static WinStatus success() { return {}; }
    static WinStatus failure(std::string code, std::string message) { return {std::move(code), std::move(message)}; }
};

} // namespace certmend::win
