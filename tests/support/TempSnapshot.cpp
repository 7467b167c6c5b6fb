#include "TempSnapshot.h"

#include "store/SnapshotWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>

namespace certmend::test {

TempSnapshot::TempSnapshot(const QString& hostName)
    : m_dir(tempTemplate())
{
    if (!m_dir.isValid())
        qFatal("TempSnapshot: cannot create a temporary folder: %s", qPrintable(m_dir.errorString()));
    SnapshotManifest manifest;
    manifest.hostName = hostName;
    manifest.windowsVersion = QStringLiteral("10.0.17763");
    manifest.productName = QStringLiteral("Windows Server 2019 Datacenter");
    manifest.capturedUtc = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    manifest.description = QStringLiteral("test snapshot");
    if (auto created = SnapshotWriter::create(m_dir.path(), manifest); !created)
        qFatal("TempSnapshot: %s", qPrintable(created.error().message()));
}

QString TempSnapshot::tempTemplate()
{
    QString base = qEnvironmentVariable("CERTMEND_TEST_TMP");
    if (base.isEmpty() || !QDir().mkpath(base))
        base = QDir::tempPath();
    return base + QStringLiteral("/snapshot-XXXXXX");
}

QString TempSnapshot::filePath(const QString& relative) const
{
    return m_dir.filePath(relative);
}

QString TempSnapshot::addCertificate(const QString& store, const Certificate& certificate, StoreOrigin origin)
{
    return writeFile(
        QStringLiteral("stores/%1/%2/%3.cer").arg(store, storeOriginName(origin), certificate.sha1Thumbprint()),
        certificate.der());
}

void TempSnapshot::addCertificates(const QString& store, const QList<Certificate>& certificates, StoreOrigin origin)
{
    for (const Certificate& certificate : certificates)
        addCertificate(store, certificate, origin);
}

QString TempSnapshot::writeFile(const QString& relative, const QByteArray& bytes)
{
    const QString path = filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("TempSnapshot: cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return path;
}

QString TempSnapshot::setSchannelValues(const QStringList& valueLines)
{
    return writeFile(QStringLiteral("schannel.reg"), regExport(valueLines));
}

QString TempSnapshot::setSslcert(const QString& text)
{
    return writeFile(QStringLiteral("sslcert.txt"), text.toUtf8());
}

void TempSnapshot::removeManifest()
{
    QFile::remove(filePath(QStringLiteral("manifest.json")));
}

Result<MachineSnapshot> TempSnapshot::load() const
{
    return MachineSnapshot::load(path());
}

QByteArray TempSnapshot::regExport(const QStringList& valueLines)
{
    QString text = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n"
                                  "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\"
                                  "SCHANNEL]\r\n");
    for (const QString& line : valueLines)
        text += line + QStringLiteral("\r\n");
    text += QStringLiteral("\r\n");
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace certmend::test
