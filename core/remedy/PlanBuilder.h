#pragma once

#include "analysis/Finding.h"
#include "remedy/RemediationPlan.h"
#include "store/CertificateStore.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace certmend {

class SchannelRegistry;

/// Turns findings and the user's per-certificate choices into a RemediationPlan, reading (never changing) the
/// store and the Schannel settings for what they hold now.
class PlanBuilder
{
public:
    /// What the user wants done with one certificate, overriding the finding's recommendation.
    enum class Choice
    {
        Recommended, ///< whatever the finding recommends
        Move,        ///< move it to the intermediate store (CA)
        Remove,      ///< remove it from its store
        Leave,       ///< do not touch it
    };

    /// The Schannel values CertMend may change; other settings a finding names are reported, not changed.
    static const QStringList& changeableSettings();

    /// `registry` may be null: then setting changes are left out, with a note.
    PlanBuilder(const CertificateStore& store, const SchannelRegistry* registry);

    /// Overrides the recommendation for one certificate (any case of the thumbprint).
    void setChoice(const QString& sha1Thumbprint, Choice choice);
    /// Builds the plan. NotFound when a choice names a certificate that is in no store's registry copy.
    Result<RemediationPlan> build(const QList<Finding>& findings) const;

private:
    struct Intent;
    Result<QList<Intent>> collectIntents(const QList<Finding>& findings) const;
    void planSettings(const QList<Finding>& findings, RemediationPlan& plan) const;

    const CertificateStore& m_store;
    const SchannelRegistry* m_registry = nullptr;
    QHash<QString, Choice> m_choices;
};

} // namespace certmend
