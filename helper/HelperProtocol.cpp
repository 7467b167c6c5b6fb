#include "HelperProtocol.h"

#include "Base64.h"
#include "WinElevation.h"
#include "WinMachineInfo.h"
#include "WinSslBindings.h"
#include "WinText.h"

#include <cstdlib>
#include <sstream>

namespace certmend::win {

namespace {

std::string err(const std::string& code, std::string message)
{
    for (char& c : message) {
        if (c == '\r' || c == '\n')
            c = ' ';
    }
    return "err " + code + " " + message;
}

std::string err(const WinStatus& status)
{
    return err(status.code, status.message);
}

std::string usage(const char* command, const char* arguments)
{
    return err("invalid-argument", std::string("usage: ") + command + " " + arguments);
}

std::vector<std::string> split(const std::string& line)
{
    std::vector<std::string> parts;
    std::istringstream in(line);
    std::string part;
    while (in >> part)
        parts.push_back(part);
    return parts;
}

std::wstring textArgument(const std::string& arg)
{
    return WinText::toWide(Base64::percentDecode(arg));
}

bool parseNumber(const std::string& text, unsigned long& value)
{
    if (text.empty() || text.size() > 10)
        return false;
    char* end = nullptr;
    const unsigned long long parsed = std::strtoull(text.c_str(), &end, 10);
    if (*end != '\0' || parsed > 0xFFFFFFFFull || text[0] == '-' || text[0] == '+')
        return false;
    value = static_cast<unsigned long>(parsed);
    return true;
}

} // namespace

HelperProtocol::HelperProtocol(bool readOnly)
    : m_store(readOnly)
    , m_schannel(readOnly)
{}

std::string HelperProtocol::handle(const std::string& line, bool& quit)
{
    quit = false;
    const std::vector<std::string> parts = split(line);
    if (parts.empty())
        return err("invalid-argument", "empty request");
    const std::string& command = parts[0];
    const std::vector<std::string> args(parts.begin() + 1, parts.end());
    if (command == "hello")
        return "ok certmend-winhelper " + std::to_string(kVersion) + (m_store.isReadOnly() ? " read-only" : "");
    if (command == "quit") {
        quit = true;
        return "ok bye";
    }
    if (command == "elevated")
        return WinElevation::isElevated() ? "ok 1" : "ok 0";
    if (command == "stores")
        return stores();
    if (command == "list")
        return list(args);
    if (command == "add")
        return add(args);
    if (command == "remove")
        return remove(args);
    if (command == "get-dword")
        return getValue(args, true);
    if (command == "get-value")
        return getValue(args, false);
    if (command == "set-dword")
        return setDword(args);
    if (command == "set-value")
        return setValue(args);
    if (command == "delete-dword" || command == "delete-value")
        return deleteValue(args);
    if (command == "bindings")
        return bindings();
    if (command == "machine")
        return machine();
    if (command == "values")
        return values();
    return err("invalid-argument", "unknown request \"" + command + "\"");
}

std::string HelperProtocol::stores()
{
    std::vector<std::wstring> names;
    if (WinStatus status = m_store.storeNames(names); !status.ok())
        return err(status);
    std::string out = "ok";
    for (const std::wstring& name : names)
        out += " " + Base64::percentEncode(WinText::toUtf8(name));
    return out;
}

std::string HelperProtocol::list(const std::vector<std::string>& args)
{
    if (args.size() != 1)
        return usage("list", "<store>");
    std::vector<WinCertificate> certificates;
    if (WinStatus status = m_store.list(textArgument(args[0]), certificates); !status.ok())
        return err(status);
    std::string out = "ok";
    for (const WinCertificate& c : certificates) {
        out += " ";
        out += winOriginName(c.origin);
        out += "," + Base64::encode(c.der);
        if (!c.friendlyName.empty())
            out += "," + Base64::encode(WinText::toUtf8(c.friendlyName));
    }
    return out;
}

std::string HelperProtocol::add(const std::vector<std::string>& args)
{
    if (args.size() != 2 && args.size() != 3)
        return usage("add", "<store> <base64 DER> [<base64 UTF-8 friendly name>]");
    std::vector<unsigned char> der;
    if (!Base64::decode(args[1], der) || der.empty())
        return err("bad-format", "the certificate is not valid base64");
    std::vector<unsigned char> friendly;
    if (args.size() == 3 && !Base64::decode(args[2], friendly))
        return err("bad-format", "the friendly name is not valid base64");
    bool added = false;
    if (WinStatus status = m_store.add(textArgument(args[0]), der,
                                       WinText::toWide(std::string(friendly.begin(), friendly.end())), added);
        !status.ok())
        return err(status);
    return added ? "ok added" : "ok unchanged";
}

std::string HelperProtocol::remove(const std::vector<std::string>& args)
{
    if (args.size() != 2)
        return usage("remove", "<store> <SHA-1 hex>");
    if (WinStatus status = m_store.remove(textArgument(args[0]), args[1]); !status.ok())
        return err(status);
    return "ok removed";
}

std::string HelperProtocol::getValue(const std::vector<std::string>& args, bool dwordOnly)
{
    if (args.size() != 1)
        return usage(dwordOnly ? "get-dword" : "get-value", "<name>");
    const std::wstring name = textArgument(args[0]);
    if (dwordOnly) {
        bool present = false;
        unsigned long value = 0;
        if (WinStatus status = m_schannel.readDword(name, present, value); !status.ok())
            return err(status);
        return present ? "ok " + std::to_string(value) : "ok absent";
    }
    WinRegValue value;
    if (WinStatus status = m_schannel.readValue(name, value); !status.ok())
        return err(status);
    if (!value.present)
        return "ok absent";
    return "ok " + std::to_string(value.type) + " " + Base64::encode(value.data);
}

std::string HelperProtocol::setDword(const std::vector<std::string>& args)
{
    unsigned long value = 0;
    if (args.size() != 2 || !parseNumber(args[1], value))
        return usage("set-dword", "<name> <decimal 0..4294967295>");
    if (WinStatus status = m_schannel.writeDword(textArgument(args[0]), value); !status.ok())
        return err(status);
    return "ok";
}

std::string HelperProtocol::setValue(const std::vector<std::string>& args)
{
    unsigned long type = 0;
    std::vector<unsigned char> data;
    if (args.size() != 3 || !parseNumber(args[1], type))
        return usage("set-value", "<name> <REG_* type number> <base64 data>");
    if (!Base64::decode(args[2], data))
        return err("bad-format", "the value data is not valid base64");
    if (WinStatus status = m_schannel.writeValue(textArgument(args[0]), type, data); !status.ok())
        return err(status);
    return "ok";
}

std::string HelperProtocol::deleteValue(const std::vector<std::string>& args)
{
    if (args.size() != 1)
        return usage("delete-dword", "<name>");
    bool existed = false;
    if (WinStatus status = m_schannel.deleteValue(textArgument(args[0]), existed); !status.ok())
        return err(status);
    return existed ? "ok deleted" : "ok absent";
}

std::string HelperProtocol::bindings()
{
    std::string text;
    if (WinStatus status = WinSslBindings::netshText(text); !status.ok())
        return err(status);
    return "ok " + Base64::encode(text);
}

std::string HelperProtocol::machine()
{
    WinMachineInfo info;
    if (WinStatus status = WinMachineInfo::read(info); !status.ok())
        return err(status);
    const std::string product = WinText::toUtf8(info.productName);
    return "ok " + Base64::percentEncode(WinText::toUtf8(info.hostName)) + " " +
           (info.version.empty() ? "-" : info.version) + " " + (product.empty() ? "-" : Base64::percentEncode(product));
}

std::string HelperProtocol::values()
{
    bool keyPresent = false;
    std::vector<std::pair<std::wstring, WinRegValue>> all;
    if (WinStatus status = m_schannel.readAll(keyPresent, all); !status.ok())
        return err(status);
    if (!keyPresent)
        return "ok absent";
    std::string out = "ok key";
    for (const auto& [name, value] : all) {
        const std::string utf8 = WinText::toUtf8(name);
        out += " " + (utf8.empty() ? std::string("-") : Base64::encode(utf8)) + "," + std::to_string(value.type) + "," +
               (value.data.empty() ? std::string("-") : Base64::encode(value.data));
    }
    return out;
}

} // namespace certmend::win
