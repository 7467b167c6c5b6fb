#pragma once

#include "WinSchannelKey.h"
#include "WinTrustStore.h"

#include <string>
#include <vector>

namespace certmend::win {

/// The request/response protocol of certmend-winhelper (docs/WINHELPER-PROTOCOL.md): one request line in,
/// one response line out ("ok …" or "err <code> <message>").
class HelperProtocol
{
public:
    static constexpr int kVersion = 1;

    explicit HelperProtocol(bool readOnly);

    /// The response to one request line (without its line end). `quit` is true after the "quit" request.
    std::string handle(const std::string& line, bool& quit);

private:
    std::string list(const std::vector<std::string>& args);
    std::string add(const std::vector<std::string>& args);
    std::string remove(const std::vector<std::string>& args);
    std::string getValue(const std::vector<std::string>& args, bool dwordOnly);
    std::string setDword(const std::vector<std::string>& args);
    std::string setValue(const std::vector<std::string>& args);
    std::string deleteValue(const std::vector<std::string>& args);
    std::string stores();
    std::string bindings();
    std::string machine();
    std::string values();

    WinTrustStore m_store;
    WinSchannelKey m_schannel;
};

} // namespace certmend::win
