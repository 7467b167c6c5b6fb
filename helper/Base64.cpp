#include "Base64.h"

#include <cstdio>

namespace certmend::win {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string Base64::encode(const std::vector<unsigned char>& data)
{
    if (data.empty())
        return "-";
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < data.size(); i += 3) {
        const unsigned n = static_cast<unsigned>(data[i]) << 16 |
                           (i + 1 < data.size() ? static_cast<unsigned>(data[i + 1]) << 8 : 0u) |
                           (i + 2 < data.size() ? static_cast<unsigned>(data[i + 2]) : 0u);
        out += kAlphabet[n >> 18 & 63];
        out += kAlphabet[n >> 12 & 63];
        out += i + 1 < data.size() ? kAlphabet[n >> 6 & 63] : '=';
        out += i + 2 < data.size() ? kAlphabet[n & 63] : '=';
    }
    return out;
}

std::string Base64::encode(const std::string& data)
{
    return encode(std::vector<unsigned char>(data.begin(), data.end()));
}

bool Base64::decode(const std::string& text, std::vector<unsigned char>& out)
{
    out.clear();
    if (text == "-")
        return true;
    if (text.size() % 4 != 0)
        return false;
    for (std::size_t i = 0; i < text.size(); i += 4) {
        int v[4];
        int padding = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + static_cast<std::size_t>(k)];
            if (c == '=' && i + 4 == text.size() && k >= 2) {
                v[k] = 0;
                ++padding;
            } else if (padding || (v[k] = valueOf(c)) < 0) {
                return false;
            }
        }
        const unsigned n = static_cast<unsigned>(v[0] << 18 | v[1] << 12 | v[2] << 6 | v[3]);
        out.push_back(static_cast<unsigned char>(n >> 16));
        if (padding < 2)
            out.push_back(static_cast<unsigned char>(n >> 8 & 0xff));
        if (padding < 1)
            out.push_back(static_cast<unsigned char>(n & 0xff));
    }
    return true;
}

std::string Base64::percentEncode(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '%' || c == ' ' || u < 0x20 || u == 0x7f) {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", u);
            out += escaped;
        } else {
            out += c;
        }
    }
    return out;
}

std::string Base64::percentDecode(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high << 4 | low);
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace certmend::win
