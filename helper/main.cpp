// certmend-winhelper: the part of CertMend that touches the live Windows machine, as a small Qt-free process that
// answers one request line with one response line on stdin/stdout (docs/WINHELPER-PROTOCOL.md). On Windows it is
// the part that runs elevated; on Linux it runs under Wine for the contract tests.
#include "HelperProtocol.h"
#include "WinElevation.h"

#include <fcntl.h>
#include <io.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    bool readOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--read-only") == 0) {
            readOnly = true;
        } else if (std::strcmp(argv[i], "--simulate-not-elevated") == 0) {
            certmend::win::WinElevation::simulateNotElevated();
        } else {
            std::fprintf(stderr, "usage: certmend-winhelper [--read-only] [--simulate-not-elevated]\n");
            return 2;
        }
    }
    // Binary mode: the protocol's lines end in "\n" whatever the C runtime would translate.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);

    certmend::win::HelperProtocol protocol(readOnly);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        bool quit = false;
        const std::string response = protocol.handle(line, quit);
        std::fwrite(response.data(), 1, response.size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
        if (quit)
            break;
    }
    return 0;
}
