#pragma once

#include "schannel/SchannelRegistry.h"
#include "schannel/SslBinding.h"
#include "store/WinHelperConnection.h"

#include <QList>

#include <memory>

namespace certmend {

/// SchannelRegistry of the live Windows machine through certmend-winhelper (HKLM\...\SCHANNEL), plus the
/// HTTP.sys SSL bindings the helper reads.
class WinHelperSchannelRegistry : public SchannelRegistry
{
public:
    explicit WinHelperSchannelRegistry(std::shared_ptr<WinHelperConnection> connection);

    Result<std::optional<quint32>> readDword(const QString& name) const override;
    Result<void> writeDword(const QString& name, std::optional<quint32> value) override;
    Result<std::optional<RegValue>> readValue(const QString& name) const override;
    /// Writes a value of any type (restoring a wrongly typed value from a backup); Deleted deletes it.
    Result<void> writeValue(const RegValue& value);

    /// The HTTP.sys SSL bindings, as `netsh http show sslcert` would list them.
    Result<QList<SslBinding>> bindings() const;
    /// The same as the text `netsh http show sslcert` prints (what a snapshot's sslcert.txt holds).
    Result<QString> bindingsText() const;
    /// Every value of the SCHANNEL key in registry order; nullopt when the key does not exist.
    Result<std::optional<QList<RegValue>>> allValues() const;

    /// The REG_* data of a value as the registry stores it (DWORD little-endian, strings UTF-16LE with NUL).
    static QByteArray registryData(const RegValue& value);
    /// A RegValue from the registry's type number and data.
    static RegValue fromRegistryData(const QString& name, quint32 type, const QByteArray& data);

private:
    std::shared_ptr<WinHelperConnection> m_connection;
};

} // namespace certmend
