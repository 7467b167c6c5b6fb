#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace certmend {

/// manifest.json of a snapshot folder: which machine, which Windows, when it was captured.
struct SnapshotManifest
{
    static constexpr int FormatVersion = 1;

    QString hostName = QStringLiteral("unknown");
    QString windowsVersion; ///< e.g. "10.0.17763"
    QString productName;    ///< e.g. "Windows Server 2019 Datacenter"
    QDateTime capturedUtc;  ///< invalid when unknown
    QString description;
    int formatVersion = FormatVersion;

    /// Parses manifest.json; BadFormat (naming `file`) when it is not a CertMend snapshot manifest.
    static Result<SnapshotManifest> fromJson(const QByteArray& json, const QString& file = {});
    /// Indented JSON with "format": "certmend-snapshot".
    QByteArray toJson() const;
};

} // namespace certmend
