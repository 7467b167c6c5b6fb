#include "WinSchannelKey.h"

#include "WinElevation.h"
#include "WinText.h"

#include <windows.h>

namespace certmend::win {

namespace {

std::string describe(const std::wstring& name)
{
    return "SCHANNEL value \"" + WinText::toUtf8(name) + "\"";
}

} // namespace

WinStatus WinSchannelKey::checkChange() const
{
    if (m_readOnly)
        return WinStatus::failure("invalid-argument", "the registry was opened read-only; not changing SCHANNEL");
    return WinElevation::requireElevation("Changing the Schannel settings");
}

const wchar_t* WinSchannelKey::path()
{
    return L"SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL";
}

std::string WinSchannelKey::typeName(unsigned long type)
{
    switch (type) {
    case REG_NONE:
        return "REG_NONE";
    case REG_SZ:
        return "REG_SZ";
    case REG_EXPAND_SZ:
        return "REG_EXPAND_SZ";
    case REG_BINARY:
        return "REG_BINARY";
    case REG_DWORD:
        return "REG_DWORD";
    case REG_DWORD_BIG_ENDIAN:
        return "REG_DWORD_BIG_ENDIAN";
    case REG_MULTI_SZ:
        return "REG_MULTI_SZ";
    case REG_QWORD:
        return "REG_QWORD";
    default:
        break;
    }
    return "registry type " + std::to_string(type);
}

WinStatus WinSchannelKey::readValue(const std::wstring& name, WinRegValue& out) const
{
    out = {};
    HKEY key = nullptr;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, path(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    if (status == ERROR_FILE_NOT_FOUND)
        return WinStatus::success();
    if (status != ERROR_SUCCESS)
        return WinStatus::failure("file-unreadable", "cannot open HKLM\\" + WinText::toUtf8(path()) + ": " +
                                                         WinText::errorText(static_cast<DWORD>(status)));
    DWORD type = 0;
    DWORD size = 0;
    status = RegQueryValueExW(key, name.c_str(), nullptr, &type, nullptr, &size);
    if (status == ERROR_SUCCESS) {
        out.data.resize(size);
        status =
            RegQueryValueExW(key, name.c_str(), nullptr, &type, out.data.empty() ? nullptr : out.data.data(), &size);
        out.data.resize(size);
    }
    RegCloseKey(key);
    if (status == ERROR_FILE_NOT_FOUND)
        return WinStatus::success();
    if (status != ERROR_SUCCESS)
        return WinStatus::failure("file-unreadable", "cannot read " + describe(name) + ": " +
                                                         WinText::errorText(static_cast<DWORD>(status)));
    out.present = true;
    out.type = type;
    return WinStatus::success();
}

WinStatus WinSchannelKey::readAll(bool& keyPresent, std::vector<std::pair<std::wstring, WinRegValue>>& out) const
{
    keyPresent = false;
    out.clear();
    HKEY key = nullptr;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, path(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    if (status == ERROR_FILE_NOT_FOUND)
        return WinStatus::success();
    if (status != ERROR_SUCCESS)
        return WinStatus::failure("file-unreadable", "cannot open HKLM\\" + WinText::toUtf8(path()) + ": " +
                                                         WinText::errorText(static_cast<DWORD>(status)));
    keyPresent = true;
    DWORD maxName = 0;
    DWORD maxData = 0;
    status = RegQueryInfoKeyW(key, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &maxName, &maxData,
                              nullptr, nullptr);
    for (DWORD index = 0; status == ERROR_SUCCESS; ++index) {
        std::wstring name(maxName + 1, L'\0');
        DWORD nameLength = maxName + 1;
        WinRegValue value;
        value.data.resize(maxData);
        DWORD dataSize = maxData;
        DWORD type = 0;
        status = RegEnumValueW(key, index, name.data(), &nameLength, nullptr, &type,
                               value.data.empty() ? nullptr : value.data.data(), &dataSize);
        if (status != ERROR_SUCCESS)
            break;
        name.resize(nameLength);
        value.data.resize(dataSize);
        value.present = true;
        value.type = type;
        out.emplace_back(std::move(name), std::move(value));
    }
    RegCloseKey(key);
    if (status != ERROR_NO_MORE_ITEMS && status != ERROR_SUCCESS)
        return WinStatus::failure("file-unreadable", "cannot list the values of HKLM\\" + WinText::toUtf8(path()) +
                                                         ": " + WinText::errorText(static_cast<DWORD>(status)));
    return WinStatus::success();
}

WinStatus WinSchannelKey::readDword(const std::wstring& name, bool& present, unsigned long& value) const
{
    present = false;
    value = 0;
    WinRegValue raw;
    if (WinStatus status = readValue(name, raw); !status.ok() || !raw.present)
        return status;
    if (raw.type != REG_DWORD || raw.data.size() != 4)
        return WinStatus::failure("bad-format", describe(name) + " is " + typeName(raw.type) + " (" +
                                                    std::to_string(raw.data.size()) + " bytes), not REG_DWORD");
    present = true;
    value = static_cast<unsigned long>(raw.data[0]) | static_cast<unsigned long>(raw.data[1]) << 8 |
            static_cast<unsigned long>(raw.data[2]) << 16 | static_cast<unsigned long>(raw.data[3]) << 24;
    return WinStatus::success();
}

WinStatus WinSchannelKey::writeValue(const std::wstring& name, unsigned long type,
                                     const std::vector<unsigned char>& data)
{
    if (WinStatus status = checkChange(); !status.ok())
        return status;
    HKEY key = nullptr;
    LSTATUS status = RegCreateKeyExW(HKEY_LOCAL_MACHINE, path(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                     KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr);
    if (status != ERROR_SUCCESS)
        return WinStatus::failure("io", "cannot open HKLM\\" + WinText::toUtf8(path()) +
                                            " for writing: " + WinText::errorText(static_cast<DWORD>(status)));
    status = RegSetValueExW(key, name.c_str(), 0, type, data.empty() ? nullptr : data.data(),
                            static_cast<DWORD>(data.size()));
    RegCloseKey(key);
    if (status != ERROR_SUCCESS)
        return WinStatus::failure("io", "cannot write " + describe(name) + ": " +
                                            WinText::errorText(static_cast<DWORD>(status)));
    WinRegValue back;
    if (WinStatus read = readValue(name, back); !read.ok())
        return read;
    if (!back.present || back.type != type || back.data != data)
        return WinStatus::failure("verify-failed", describe(name) + " does not read back as written");
    return WinStatus::success();
}

WinStatus WinSchannelKey::writeDword(const std::wstring& name, unsigned long value)
{
    const std::vector<unsigned char> data{
        static_cast<unsigned char>(value & 0xff), static_cast<unsigned char>(value >> 8 & 0xff),
        static_cast<unsigned char>(value >> 16 & 0xff), static_cast<unsigned char>(value >> 24 & 0xff)};
    return writeValue(name, REG_DWORD, data);
}

WinStatus WinSchannelKey::deleteValue(const std::wstring& name, bool& existed)
{
    existed = false;
    if (WinStatus status = checkChange(); !status.ok())
        return status;
    HKEY key = nullptr;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, path(), 0, KEY_SET_VALUE | KEY_WOW64_64KEY, &key);
    if (status == ERROR_FILE_NOT_FOUND)
        return WinStatus::success();
    if (status != ERROR_SUCCESS)
        return WinStatus::failure("io", "cannot open HKLM\\" + WinText::toUtf8(path()) +
                                            " for writing: " + WinText::errorText(static_cast<DWORD>(status)));
    status = RegDeleteValueW(key, name.c_str());
    RegCloseKey(key);
    if (status == ERROR_FILE_NOT_FOUND)
        return WinStatus::success();
    if (status != ERROR_SUCCESS)
        return WinStatus::failure("io", "cannot delete " + describe(name) + ": " +
                                            WinText::errorText(static_cast<DWORD>(status)));
    existed = true;
    WinRegValue back;
    if (WinStatus read = readValue(name, back); !read.ok())
        return read;
    if (back.present)
        return WinStatus::failure("verify-failed", describe(name) + " is still there after deleting it");
    return WinStatus::success();
}

} // namespace certmend::win
