#include "analysis/MachineScanner.h"

#include "analysis/Analyzer.h"
#include "scenario/ScenarioCatalog.h"
#include "schannel/NetshSslCertParser.h"
#include "schannel/RegFile.h"
#include "schannel/WindowsVersion.h"
#include "store/LiveMachineLoader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace certmend {

namespace {

constexpr int StepCount = 5;

QString tr(const char* text)
{
    return QCoreApplication::translate("MachineScanner", text);
}

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, tr("The scan was cancelled."));
}

void report(const MachineScanner::Progress& progress, int done, const QString& what)
{
    if (progress)
        progress(done, StepCount, what);
}

QList<BindingIssuerList> issuerListsFor(const ScanResult& result)
{
    const auto isSelfSigned = [&result](const Certificate& certificate) {
        const int id = result.pool.indexOf(certificate.sha1Thumbprint());
        return id >= 0 && isTrustAnchor(result.graph.verdict(id));
    };
    QList<BindingIssuerList> lists;
    for (const SslBinding& binding : result.bindings) {
        lists.append({binding.endpoint, binding.ctlStoreName,
                      TrustedIssuerList::compute(binding.ctlStoreName, result.snapshot.stores, isSelfSigned)});
    }
    if (lists.isEmpty())
        lists.append(
            {QString(), QString(), TrustedIssuerList::compute(QString(), result.snapshot.stores, isSelfSigned)});
    return lists;
}

} // namespace

QString MachineScanner::resolveSource(const QString& argument)
{
    if (argument.isEmpty())
        return ScenarioCatalog::find(ScenarioCatalog::defaultId())->resourcePath;
    // "scenario:ID" always means the built-in scenario; a bare ID only when no file or folder has that name, so that
    // an extracted copy in the current folder is scanned rather than the embedded original.
    if (argument.startsWith(QLatin1String("scenario:"))) {
        const auto scenario = ScenarioCatalog::find(argument.mid(9));
        return scenario ? scenario->resourcePath : argument;
    }
    if (QFileInfo::exists(argument))
        return argument;
    if (const auto scenario = ScenarioCatalog::find(argument))
        return scenario->resourcePath;
    return argument;
}

Result<ScanResult> MachineScanner::scan(const QString& source, const Progress& progress,
                                        const std::atomic<bool>* cancel)
{
    report(progress, 0, tr("Reading the certificate stores…"));
    auto snapshot = LiveMachine::isLiveSource(source) ? LiveMachineLoader::load(source)
                                                      : MachineSnapshot::load(resolveSource(source));
    if (!snapshot)
        return snapshot.error();
    if (cancelled(cancel))
        return cancelledError();
    return analyse(std::move(snapshot).value(), progress, cancel);
}

Result<ScanResult> MachineScanner::analyse(MachineSnapshot snapshot, const Progress& progress,
                                           const std::atomic<bool>* cancel)
{
    ScanResult result;
    result.snapshot = std::move(snapshot);
    result.issues = result.snapshot.issues;

    report(progress, 1, tr("Checking signatures and building chains…"));
    for (const QList<StoreEntry>& entries : std::as_const(result.snapshot.stores)) {
        for (const StoreEntry& entry : entries)
            result.pool.add(entry.certificate);
    }
    result.graph = TrustGraph::build(result.pool);
    if (cancelled(cancel))
        return cancelledError();

    report(progress, 2, tr("Reading the Schannel settings…"));
    std::optional<RegFile> registry;
    if (!result.snapshot.schannelRegPath.isEmpty()) {
        auto parsed = RegFile::parse(result.snapshot.schannelReg, result.snapshot.schannelRegPath);
        if (parsed) {
            registry = std::move(parsed).value();
            result.issues.append(registry->issues());
        } else {
            result.issues.append(parsed.error());
        }
    }
    const WindowsVersion version = WindowsVersion::parse(result.snapshot.manifest.windowsVersion);
    result.settings = SchannelSettings::fromRegistry(registry ? &*registry : nullptr, version);

    report(progress, 3, tr("Reading the HTTPS bindings…"));
    if (!result.snapshot.sslcertPath.isEmpty()) {
        auto bindings = NetshSslCertParser::parse(result.snapshot.sslcertText, result.snapshot.sslcertPath);
        if (bindings)
            result.bindings = std::move(bindings).value();
        else
            result.issues.append(bindings.error());
    }
    result.issuerLists = issuerListsFor(result);
    if (cancelled(cancel))
        return cancelledError();

    report(progress, 4, tr("Analysing…"));
    result.findings = Analyzer::analyse(result);
    report(progress, StepCount, tr("Done."));
    return result;
}

} // namespace certmend
