#pragma once
// Shared by the remediation tests (core, faults, bench): test doubles and a snapshot with misplaced intermediates.
// Header only, so that each test executable stays one file plus this.

#include "TempSnapshot.h"
#include "TestPki.h"
#include "analysis/Finding.h"
#include "schannel/SchannelRegistry.h"
#include "store/CertificateStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>

#include <functional>

namespace certmend::test {

/// Schannel values in memory (names compared case-insensitively, as the registry does).
class MemorySchannelRegistry : public SchannelRegistry
{
public:
    Result<std::optional<quint32>> readDword(const QString& name) const override
    {
        const auto it = m_values.constFind(name.toLower());
        if (it == m_values.cend())
            return std::optional<quint32>{};
        return std::optional<quint32>(it.value());
    }
    Result<void> writeDword(const QString& name, std::optional<quint32> value) override
    {
        if (failWrites)
            return makeError(ErrorCode::Io, QStringLiteral("registry write refused (test)"),
                             QStringLiteral("schannel"));
        if (value)
            m_values.insert(name.toLower(), *value);
        else
            m_values.remove(name.toLower());
        return {};
    }
    Result<std::optional<RegValue>> readValue(const QString& name) const override
    {
        const auto it = m_values.constFind(name.toLower());
        if (it == m_values.cend())
            return std::optional<RegValue>{};
        return std::optional<RegValue>(RegValue::dword(name, it.value()));
    }
    bool failWrites = false;

private:
    QMap<QString, quint32> m_values;
};

/// A CertificateStore that forwards to another and fails on demand: a read-only store folder, a disk that fills
/// after N changes, or a hook that changes the store behind the engine's back.
class FaultyStore : public CertificateStore
{
public:
    explicit FaultyStore(CertificateStore& inner)
        : m_inner(inner)
    {}
    QStringList storeNames() const override { return m_inner.storeNames(); }
    Result<QList<StoreEntry>> list(const QString& storeName) const override { return m_inner.list(storeName); }
    Result<void> add(const QString& storeName, const Certificate& certificate, const QString& friendlyName) override
    {
        if (auto refused = change(storeName); !refused)
            return refused;
        return m_inner.add(storeName, certificate, friendlyName);
    }
    Result<void> remove(const QString& storeName, const QString& sha1) override
    {
        if (auto refused = change(storeName); !refused)
            return refused;
        return m_inner.remove(storeName, sha1);
    }
    bool isWritable() const override { return m_inner.isWritable(); }

    QString readOnlyStore;     ///< changes to this store fail (a read-only folder)
    int failAfterChanges = -1; ///< every change after this many fails (the disk stays full)
    int failChange = -1;       ///< only the change with this index (0-based) fails (a transient I/O error)
    int changes = 0;
    int attempts = 0;
    std::function<void()> beforeChange; ///< runs before every change (to change the store underneath)

private:
    Result<void> change(const QString& storeName)
    {
        if (beforeChange)
            beforeChange();
        if (!readOnlyStore.isEmpty() && storeName.compare(readOnlyStore, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Io, QStringLiteral("Permission denied (read-only store folder)"),
                             QStringLiteral("stores/%1/registry").arg(storeName));
        if (attempts++ == failChange)
            return makeError(ErrorCode::Io, QStringLiteral("Input/output error"),
                             QStringLiteral("stores/%1").arg(storeName));
        if (failAfterChanges >= 0 && changes >= failAfterChanges)
            return makeError(ErrorCode::Io, QStringLiteral("No space left on device"),
                             QStringLiteral("stores/%1").arg(storeName));
        ++changes;
        return {};
    }

    CertificateStore& m_inner;
};

/// A snapshot with one good root in Root and `count` intermediates (issued by it) misplaced in Root, plus the
/// findings the analysis would report for them (built here so these tests do not depend on the analysis rules).
struct MisplacedSnapshot
{
    TempSnapshot snapshot;
    TestCert root;
    QList<TestCert> intermediates;
    QList<Finding> findings;

    explicit MisplacedSnapshot(int count, const QString& host = QStringLiteral("TESTHOST"))
        : snapshot(host)
    {
        root = TestPki::makeRoot(QStringLiteral("Fixture Root"));
        snapshot.addCertificate(QStringLiteral("Root"), root.cert);
        Finding finding;
        finding.id = QStringLiteral("root.not-self-signed");
        finding.severity = Severity::Error;
        finding.action.kind = ActionKind::MoveToIntermediate;
        finding.action.sourceStore = QStringLiteral("Root");
        finding.action.targetStore = QStringLiteral("CA");
        for (int i = 0; i < count; ++i) {
            intermediates << TestPki::makeIntermediate(QStringLiteral("Fixture CA %1").arg(i), root);
            snapshot.addCertificate(QStringLiteral("Root"), intermediates.last().cert);
            finding.certificates << FindingSubject{intermediates.last().cert.sha1Thumbprint(),
                                                   intermediates.last().cert.displayName(), QStringLiteral("Root")};
        }
        findings << finding;
    }
};

/// Every file under `folder` by relative path, with its bytes: "byte-identical" means these maps are equal.
inline QMap<QString, QByteArray> filesUnder(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(path), file.readAll());
    }
    return files;
}

} // namespace certmend::test
