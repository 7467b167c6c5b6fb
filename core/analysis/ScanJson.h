#pragma once

#include <QJsonObject>

namespace certmend {

struct ScanResult;

/// The machine-readable form of a scan ("certmend-scan", schema version in SchemaVersion; documented in
/// docs/SCAN-JSON.md). Add fields freely; rename or remove only with a new schema version.
class ScanJson
{
public:
    static constexpr int SchemaVersion = 1;

    /// `includeCertificates`: every certificate of every store with its verdict and chain (scan --all).
    static QJsonObject toJson(const ScanResult& scan, bool includeCertificates);
};

} // namespace certmend
