#include "schannel/TrustedIssuerList.h"

#include <QCoreApplication>

namespace certmend {

namespace {

const QString kClientAuthIssuer = QStringLiteral("ClientAuthIssuer");
const QString kRoot = QStringLiteral("Root");

/// The entries of a store looked up case-insensitively (Windows store names are); null when absent.
const QList<StoreEntry>* findStore(const QMap<QString, QList<StoreEntry>>& stores, const QString& name,
                                   QString* canonical = nullptr)
{
    for (auto it = stores.cbegin(); it != stores.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            if (canonical)
                *canonical = it.key();
            return &it.value();
        }
    }
    return nullptr;
}

/// The distinct certificates of a store: one held in registry and group policy counts once.
QList<Certificate> distinct(const QList<StoreEntry>& entries)
{
    QList<Certificate> out;
    for (const StoreEntry& e : entries) {
        if (!e.certificate.isNull() && !out.contains(e.certificate))
            out.append(e.certificate);
    }
    return out;
}

} // namespace

qint64 TrustedIssuerList::encodedSize(const Certificate& issuer)
{
    return issuer.subjectDer().size() + 2;
}

IssuerListSource TrustedIssuerList::compute(const QString& bindingCtlStore,
                                            const QMap<QString, QList<StoreEntry>>& stores,
                                            const std::function<bool(const Certificate&)>& isSelfSigned)
{
    IssuerListSource source;
    source.bindingCtlStore = bindingCtlStore.trimmed();

    QString canonical;
    if (!source.bindingCtlStore.isEmpty()) {
        if (const auto* entries = findStore(stores, source.bindingCtlStore, &canonical)) {
            source.bindingStoreFound = true;
            source.issuers = distinct(*entries);
            if (!source.issuers.isEmpty()) {
                source.storeName = canonical;
                source.reason = IssuerListSource::Reason::BindingCtlStore;
            }
        }
    }
    if (source.issuers.isEmpty()) {
        if (const auto* entries = findStore(stores, kClientAuthIssuer)) {
            source.issuers = distinct(*entries);
            if (!source.issuers.isEmpty()) {
                source.storeName = kClientAuthIssuer;
                source.reason = IssuerListSource::Reason::ClientAuthIssuerStore;
            }
        }
    }
    if (source.issuers.isEmpty()) {
        source.storeName = kRoot;
        source.reason = IssuerListSource::Reason::RootStore;
        const auto* entries = findStore(stores, kRoot);
        const QList<Certificate> all = entries ? distinct(*entries) : QList<Certificate>();
        QList<Certificate> selfSigned;
        QList<Certificate> others;
        for (const Certificate& c : all)
            (isSelfSigned && isSelfSigned(c) ? selfSigned : others).append(c);
        if (!selfSigned.isEmpty() && !others.isEmpty()) {
            source.reason = IssuerListSource::Reason::RootStoreMixedOnlyNonSelfSigned;
            source.issuers = others;
            source.selfSignedLeftOut = int(selfSigned.size());
        } else {
            source.issuers = all;
        }
    }

    for (const Certificate& c : source.issuers)
        source.encodedSize += encodedSize(c);
    source.exceedsLimit = source.encodedSize > IssuerListSource::Limit;
    return source;
}

QString TrustedIssuerList::explain(const IssuerListSource& source)
{
    const int count = int(source.issuers.size());
    QStringList parts;
    if (!source.bindingCtlStore.isEmpty() && source.reason != IssuerListSource::Reason::BindingCtlStore)
        parts << (source.bindingStoreFound
                      ? QCoreApplication::translate("TrustedIssuerList",
                                                    "The binding names the store \"%1\" (Ctl Store Name), but it is "
                                                    "empty, so Windows ignores it.")
                            .arg(source.bindingCtlStore)
                      : QCoreApplication::translate("TrustedIssuerList",
                                                    "The binding names the store \"%1\" (Ctl Store Name), but there "
                                                    "is no such store, so Windows ignores it.")
                            .arg(source.bindingCtlStore));
    switch (source.reason) {
    case IssuerListSource::Reason::BindingCtlStore:
        parts << QCoreApplication::translate("TrustedIssuerList",
                                             "The trusted issuers list comes from the store \"%1\" that the binding "
                                             "names (Ctl Store Name): %n certificate(s).",
                                             nullptr, count)
                     .arg(source.storeName);
        break;
    case IssuerListSource::Reason::ClientAuthIssuerStore:
        parts << QCoreApplication::translate("TrustedIssuerList",
                                             "The trusted issuers list comes from the Client Authentication Issuers "
                                             "store (ClientAuthIssuer): %n certificate(s).",
                                             nullptr, count);
        break;
    case IssuerListSource::Reason::RootStore:
        parts << QCoreApplication::translate("TrustedIssuerList",
                                             "The Client Authentication Issuers store is empty, so the trusted "
                                             "issuers list is the whole Trusted Root Certification Authorities store "
                                             "(Root): %n certificate(s).",
                                             nullptr, count);
        break;
    case IssuerListSource::Reason::RootStoreMixedOnlyNonSelfSigned:
        parts << QCoreApplication::translate("TrustedIssuerList",
                                             "The Client Authentication Issuers store is empty, so Windows uses the "
                                             "Trusted Root Certification Authorities store (Root). Root mixes real "
                                             "(self-signed) roots with %n certificate(s) that are not self-signed, "
                                             "and in that case only those become the trusted issuers list.",
                                             nullptr, count)
              << QCoreApplication::translate("TrustedIssuerList",
                                             "%n real root(s) are left out: client certificates from their CAs "
                                             "are rejected (403.16), or, when the list is sent, browsers offer "
                                             "no certificate at all (403.7).",
                                             nullptr, source.selfSignedLeftOut);
        break;
    }
    if (count == 0)
        parts << QCoreApplication::translate("TrustedIssuerList",
                                             "The list is empty: no client certificate can be trusted.");
    parts << QCoreApplication::translate("TrustedIssuerList", "The list takes %1 bytes in the TLS handshake.")
                 .arg(source.encodedSize);
    if (source.exceedsLimit)
        parts << QCoreApplication::translate(
                     "TrustedIssuerList",
                     "That is more than the %1 bytes Schannel can send: the list is cut off (event 36885), and clients "
                     "whose CA falls outside it find no matching certificate.")
                     .arg(IssuerListSource::Limit);
    return parts.join(QLatin1Char(' '));
}

} // namespace certmend
