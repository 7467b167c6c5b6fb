#include "store/LiveMachineLoader.h"

#include "schannel/NetshSslCertParser.h"
#include "schannel/RegFile.h"
#include "store/SnapshotStore.h"

#include <QSet>

namespace certmend {

namespace {

void appendUnique(QStringList& names, const QString& name)
{
    const QString canonical = SnapshotStore::canonicalStoreName(name.trimmed());
    if (canonical.isEmpty())
        return;
    for (const QString& known : std::as_const(names)) {
        if (known.compare(canonical, Qt::CaseInsensitive) == 0)
            return;
    }
    names.append(canonical);
}

} // namespace

const QStringList& LiveMachineLoader::analysedStores()
{
    static const QStringList names{QStringLiteral("Root"), QStringLiteral("AuthRoot"),
                                   QStringLiteral("CA"),   QStringLiteral("ClientAuthIssuer"),
                                   QStringLiteral("My"),   QStringLiteral("Disallowed")};
    return names;
}

QString LiveMachineLoader::schannelOrigin()
{
    return SchannelRegistry::keyPath();
}

QString LiveMachineLoader::bindingsOrigin()
{
    return QStringLiteral("HTTP.sys SSL bindings (netsh http show sslcert)");
}

Result<MachineSnapshot> LiveMachineLoader::load(const QString& source)
{
    Result<LiveMachine> machine = LiveMachine::open(source, true);
    if (!machine)
        return machine.error();
    return load(*machine);
}

Result<MachineSnapshot> LiveMachineLoader::load(const LiveMachine& machine)
{
    MachineSnapshot snapshot;
    snapshot.rootPath = machine.source();
    // The machine itself can be changed (through a helper that is not read-only; elevation is checked per change).
    snapshot.writable = true;
    Result<SnapshotManifest> manifest = machine.manifest();
    if (!manifest)
        return manifest.error();
    snapshot.manifest = std::move(manifest).value();

    const std::unique_ptr<WinHelperSchannelRegistry> registry = machine.createRegistry();
    QStringList wanted = analysedStores();
    if (const Result<QString> text = registry->bindingsText(); !text) {
        snapshot.issues += text.error();
    } else {
        snapshot.sslcertText = *text;
        snapshot.sslcertPath = bindingsOrigin();
        // Bindings name their certificate store and their CTL store: both must be read for the analysis.
        if (const auto bindings = NetshSslCertParser::parse(*text, bindingsOrigin()); bindings) {
            for (const SslBinding& binding : *bindings) {
                appendUnique(wanted, binding.certificateStoreName);
                appendUnique(wanted, binding.ctlStoreName);
            }
        }
    }

    if (const auto values = registry->allValues(); !values) {
        snapshot.issues += values.error();
    } else if (values->has_value()) {
        RegKey key;
        key.path = SchannelRegistry::keyPath();
        key.values = **values;
        snapshot.schannelReg = RegFile::write({key});
        snapshot.schannelRegPath = schannelOrigin();
    }

    const std::unique_ptr<WinHelperStore> store = machine.createStore();
    QSet<QString> existing;
    for (const QString& name : store->storeNames())
        existing.insert(name.toLower());
    for (const QString& name : std::as_const(wanted)) {
        Result<QList<StoreEntry>> entries = store->list(name);
        if (!entries) {
            snapshot.issues += entries.error();
            continue;
        }
        // A store that does not exist stays absent, as a snapshot folder without that folder would.
        if (entries->isEmpty() && !existing.contains(name.toLower()))
            continue;
        snapshot.stores.insert(name, std::move(entries).value());
    }
    return snapshot;
}

} // namespace certmend
