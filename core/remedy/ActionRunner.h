#pragma once

#include "remedy/BackupBundle.h"
#include "remedy/RemediationAction.h"
#include "remedy/StoreContents.h"
#include "store/CertificateStore.h"
#include "util/Result.h"

#include <QString>

namespace certmend {

class SchannelRegistry;

/// Does or undoes one plan action against the store and the Schannel settings. Both directions are idempotent:
/// a step whose effect is already there is skipped, so a journal can be replayed after a crash. Certificates are
/// always taken from the verified backup, never from memory of the store. A move adds to the target before it
/// removes from the source, so the certificate is never in neither.
class ActionRunner
{
public:
    /// What one step did, for the report.
    struct Outcome
    {
        bool changed = false; ///< false: it was already so
        QString text;         ///< translated sentence
    };

    /// `registry` may be null when the plan has no Schannel action.
    ActionRunner(CertificateStore& store, SchannelRegistry* registry, const BackupBundle& bundle);

    /// Does `action`. `known` is what the affected stores hold; it is kept up to date.
    Result<Outcome> forward(const RemediationAction& action, StoreContents& known);
    /// Undoes `action` (puts the certificate back, restores the old value). `known` is kept up to date.
    Result<Outcome> reverse(const RemediationAction& action, StoreContents& known);

    /// Whether the Schannel values are what the plan's actions say: the new values (`applied`) or the old ones.
    QStringList schannelDifferences(const QList<RemediationAction>& actions, bool applied) const;

private:
    Result<bool> addFromBackup(const QString& storeName, const QString& sha1, StoreContents& known);
    Result<bool> removeIfPresent(const QString& storeName, const QString& sha1, StoreContents& known);
    Result<bool> setValue(const QString& name, std::optional<quint32> value);

    CertificateStore& m_store;
    SchannelRegistry* m_registry = nullptr;
    const BackupBundle& m_bundle;
};

} // namespace certmend
