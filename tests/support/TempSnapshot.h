#pragma once

#include "store/MachineSnapshot.h"
#include "store/StoreEntry.h"
#include "x509/Certificate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace certmend::test {

/// A snapshot folder in a temporary directory (under $CERTMEND_TEST_TMP when set), removed on destruction.
/// Starts with manifest.json and an empty stores/; tests add certificates and files.
class TempSnapshot
{
public:
    explicit TempSnapshot(const QString& hostName = QStringLiteral("TESTHOST"));

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    /// The absolute path of `relative` inside the snapshot.
    QString filePath(const QString& relative) const;

    /// Writes stores/<store>/<origin>/<SHA1>.cer (DER); returns its path.
    QString addCertificate(const QString& store, const Certificate& certificate,
                           StoreOrigin origin = StoreOrigin::Registry);
    void addCertificates(const QString& store, const QList<Certificate>& certificates,
                         StoreOrigin origin = StoreOrigin::Registry);
    /// Writes `bytes` at `relative` (folders created); returns the absolute path.
    QString writeFile(const QString& relative, const QByteArray& bytes);
    /// schannel.reg as `reg export` writes it, with the given value lines ("\"SendTrustedIssuerList\"=dword:00000001").
    QString setSchannelValues(const QStringList& valueLines);
    /// sslcert.txt with `text` as is.
    QString setSslcert(const QString& text);
    /// Deletes manifest.json (a snapshot without manifest).
    void removeManifest();

    Result<MachineSnapshot> load() const;

    /// A SCHANNEL `reg export`: UTF-16LE with BOM, CRLF, "Windows Registry Editor Version 5.00".
    static QByteArray regExport(const QStringList& valueLines);

private:
    static QString tempTemplate();

    QTemporaryDir m_dir;
};

} // namespace certmend::test
