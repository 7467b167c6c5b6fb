#pragma once

#include "schannel/RegValue.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace certmend {

/// The values of HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL, read and changed by name
/// (case-insensitive, as the registry compares names). Implemented over a snapshot's schannel.reg and, on
/// Windows, over the live registry.
class SchannelRegistry
{
public:
    virtual ~SchannelRegistry() = default;

    /// The DWORD of that name; nullopt when the value is absent. A value of another type (e.g. REG_SZ "1")
    /// is an Error with code BadFormat naming the type found.
    virtual Result<std::optional<quint32>> readDword(const QString& name) const = 0;
    /// Sets the DWORD, or deletes the value when `value` is nullopt; verified by reading it back.
    virtual Result<void> writeDword(const QString& name, std::optional<quint32> value) = 0;
    /// The value of that name whatever its type (for backups of a wrongly typed value); nullopt when absent.
    virtual Result<std::optional<RegValue>> readValue(const QString& name) const = 0;

    /// The registry path of the SCHANNEL key, as `reg export` writes it.
    static QString keyPath()
    {
        return QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL");
    }
};

} // namespace certmend
