#include "analysis/ScanJson.h"

#include "analysis/ScanResult.h"

#include <QJsonArray>

namespace certmend {

namespace {

QJsonValue optionalDword(const SchannelSettings::RawValue& raw)
{
    return raw.dword ? QJsonValue(static_cast<qint64>(*raw.dword)) : QJsonValue(QJsonValue::Null);
}

QJsonObject settingsJson(const SchannelSettings& settings)
{
    QJsonArray misspelled;
    for (const SchannelSettings::Misspelling& miss : settings.misspelledValues())
        misspelled.append(QJsonObject{{QStringLiteral("name"), miss.nameFound},
                                      {QStringLiteral("meant"), miss.meant},
                                      {QStringLiteral("data"), miss.data}});
    return {
        {QStringLiteral("windowsVersion"), settings.windowsVersion().toString()},
        {QStringLiteral("sendTrustedIssuerList"),
         QJsonObject{{QStringLiteral("registry"), optionalDword(settings.rawSendTrustedIssuerList())},
                     {QStringLiteral("effective"), settings.sendTrustedIssuerList()},
                     {QStringLiteral("isDefault"), settings.sendTrustedIssuerListIsDefault()}}},
        {QStringLiteral("clientAuthTrustMode"),
         QJsonObject{{QStringLiteral("registry"), optionalDword(settings.rawClientAuthTrustMode())},
                     {QStringLiteral("effective"), static_cast<int>(settings.trustMode())}}},
        {QStringLiteral("misspelledValues"), misspelled},
    };
}

QString reasonName(IssuerListSource::Reason reason)
{
    switch (reason) {
    case IssuerListSource::Reason::BindingCtlStore:
        return QStringLiteral("binding-ctl-store");
    case IssuerListSource::Reason::ClientAuthIssuerStore:
        return QStringLiteral("client-auth-issuer-store");
    case IssuerListSource::Reason::RootStore:
        return QStringLiteral("root-store");
    case IssuerListSource::Reason::RootStoreMixedOnlyNonSelfSigned:
        return QStringLiteral("root-store-mixed");
    }
    return QStringLiteral("root-store");
}

QJsonArray issuerListsJson(const ScanResult& scan)
{
    QJsonArray lists;
    for (const BindingIssuerList& list : scan.issuerLists) {
        QJsonArray issuers;
        for (const Certificate& issuer : list.source.issuers)
            issuers.append(issuer.sha1Thumbprint());
        lists.append(QJsonObject{
            {QStringLiteral("endpoint"), list.endpoint},
            {QStringLiteral("ctlStoreName"), list.ctlStoreName},
            {QStringLiteral("store"), list.source.storeName},
            {QStringLiteral("reason"), reasonName(list.source.reason)},
            {QStringLiteral("issuers"), issuers},
            {QStringLiteral("encodedSize"), list.source.encodedSize},
            {QStringLiteral("exceedsLimit"), list.source.exceedsLimit},
        });
    }
    return lists;
}

QJsonObject findingJson(const Finding& f)
{
    QJsonArray certificates;
    for (const FindingSubject& subject : f.certificates)
        certificates.append(QJsonObject{{QStringLiteral("thumbprint"), subject.sha1Thumbprint},
                                        {QStringLiteral("subject"), subject.subject},
                                        {QStringLiteral("store"), subject.storeName}});
    QJsonObject action{{QStringLiteral("kind"), actionKindName(f.action.kind)},
                       {QStringLiteral("text"), f.action.text}};
    if (!f.action.reason.isEmpty())
        action.insert(QStringLiteral("reason"), f.action.reason);
    if (!f.action.sourceStore.isEmpty())
        action.insert(QStringLiteral("sourceStore"), f.action.sourceStore);
    if (!f.action.targetStore.isEmpty())
        action.insert(QStringLiteral("targetStore"), f.action.targetStore);
    if (!f.action.settingName.isEmpty()) {
        action.insert(QStringLiteral("setting"), f.action.settingName);
        action.insert(QStringLiteral("value"),
                      f.action.settingValue < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(f.action.settingValue));
    }
    return {
        {QStringLiteral("id"), f.id},
        {QStringLiteral("severity"), severityName(f.severity)},
        {QStringLiteral("title"), f.title},
        {QStringLiteral("explanation"), f.explanation},
        {QStringLiteral("symptom"), symptomName(f.symptom)},
        {QStringLiteral("certificates"), certificates},
        {QStringLiteral("action"), action},
        {QStringLiteral("sources"), QJsonArray::fromStringList(f.sources)},
    };
}

QString chainEndName(TrustGraph::Chain::End end)
{
    switch (end) {
    case TrustGraph::Chain::End::Root:
        return QStringLiteral("root");
    case TrustGraph::Chain::End::IssuerNotFound:
        return QStringLiteral("issuer-not-found");
    case TrustGraph::Chain::End::SignatureMismatch:
        return QStringLiteral("signature-mismatch");
    case TrustGraph::Chain::End::Loop:
        return QStringLiteral("loop");
    case TrustGraph::Chain::End::Unverifiable:
        return QStringLiteral("unverifiable");
    }
    return QStringLiteral("issuer-not-found");
}

QJsonArray certificatesJson(const ScanResult& scan)
{
    QJsonArray all;
    for (auto it = scan.snapshot.stores.cbegin(); it != scan.snapshot.stores.cend(); ++it) {
        for (const StoreEntry& entry : it.value()) {
            const Certificate& c = entry.certificate;
            const int id = scan.pool.indexOf(c.sha1Thumbprint());
            const TrustGraph::Chain chain = scan.graph.chain(id);
            QJsonArray chainIds;
            for (int link : chain.ids)
                chainIds.append(scan.pool.at(link).sha1Thumbprint());
            all.append(QJsonObject{
                {QStringLiteral("store"), it.key()},
                {QStringLiteral("origin"), storeOriginName(entry.origin)},
                {QStringLiteral("thumbprint"), c.sha1Thumbprint()},
                {QStringLiteral("sha256"), c.sha256Thumbprint()},
                {QStringLiteral("subject"), c.subject()},
                {QStringLiteral("issuer"), c.issuer()},
                {QStringLiteral("serialNumber"), c.serialNumber()},
                {QStringLiteral("notBefore"), c.notBefore().toString(Qt::ISODate)},
                {QStringLiteral("notAfter"), c.notAfter().toString(Qt::ISODate)},
                {QStringLiteral("key"), QStringLiteral("%1 %2").arg(c.keyType()).arg(c.keyBits())},
                {QStringLiteral("signatureAlgorithm"), c.signatureAlgorithm()},
                {QStringLiteral("isCa"), c.isCa()},
                {QStringLiteral("verdict"), verdictName(scan.graph.verdict(id))},
                {QStringLiteral("chain"), chainIds},
                {QStringLiteral("chainEnd"), chainEndName(chain.end)},
            });
        }
    }
    return all;
}

} // namespace

QJsonObject ScanJson::toJson(const ScanResult& scan, bool includeCertificates)
{
    const SnapshotManifest& m = scan.snapshot.manifest;
    QJsonArray findings;
    int counts[3] = {0, 0, 0};
    for (const Finding& f : scan.findings) {
        findings.append(findingJson(f));
        ++counts[static_cast<int>(f.severity)];
    }
    QJsonArray issues;
    for (const Error& issue : scan.issues)
        issues.append(QJsonObject{{QStringLiteral("code"), QLatin1String(errorCodeName(issue.code))},
                                  {QStringLiteral("file"), issue.file},
                                  {QStringLiteral("detail"), issue.detail}});
    QJsonObject root{
        {QStringLiteral("schema"), QStringLiteral("certmend-scan")},
        {QStringLiteral("schemaVersion"), SchemaVersion},
        {QStringLiteral("source"), scan.snapshot.rootPath},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("hostName"), m.hostName},
                                                {QStringLiteral("windowsVersion"), m.windowsVersion},
                                                {QStringLiteral("productName"), m.productName},
                                                {QStringLiteral("capturedUtc"), m.capturedUtc.toString(Qt::ISODate)}}},
        {QStringLiteral("settings"), settingsJson(scan.settings)},
        {QStringLiteral("issuerLists"), issuerListsJson(scan)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("issues"), issues},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("errors"), counts[2]},
                     {QStringLiteral("warnings"), counts[1]},
                     {QStringLiteral("infos"), counts[0]},
                     {QStringLiteral("certificates"), static_cast<qint64>(scan.snapshot.certificateCount())}}},
    };
    if (includeCertificates)
        root.insert(QStringLiteral("certificates"), certificatesJson(scan));
    return root;
}

} // namespace certmend
