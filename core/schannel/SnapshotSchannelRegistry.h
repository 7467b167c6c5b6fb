#pragma once

#include "schannel/RegFile.h"
#include "schannel/SchannelRegistry.h"

#include <optional>

namespace certmend {

/// SchannelRegistry over a snapshot's schannel.reg: an absent file means every value is absent; a change
/// rewrites the file atomically in its own encoding and is read back before it counts as done.
class SnapshotSchannelRegistry : public SchannelRegistry
{
public:
    /// `regPath`: the snapshot's schannel.reg (it need not exist).
    explicit SnapshotSchannelRegistry(QString regPath);

    Result<std::optional<quint32>> readDword(const QString& name) const override;
    Result<std::optional<RegValue>> readValue(const QString& name) const override;
    /// Keeps every other key and value and the file's encoding (UTF-16LE stays UTF-16LE, REGEDIT4 stays
    /// REGEDIT4); creates the file with the SCHANNEL key when needed. Refuses to rewrite a file with unreadable
    /// lines (they would be lost). On any failure the previous file is left as it was.
    Result<void> writeDword(const QString& name, std::optional<quint32> value) override;

    QString path() const { return m_path; }

private:
    /// The parsed file; nullopt when it does not exist.
    Result<std::optional<RegFile>> load() const;

    QString m_path;
};

} // namespace certmend
