#pragma once

#include "remedy/BackupBundle.h"
#include "remedy/RemedyReport.h"
#include "store/CertificateStore.h"
#include "util/Result.h"

#include <QString>

namespace certmend {

class SchannelRegistry;

/// Puts a machine back as it was before a fix, from a verified backup bundle: moved certificates go back to their
/// source store and out of the target, removed ones are re-added, added ones taken out, Schannel values set back.
/// Idempotent: what is already back is skipped. Writes only through the store and registry it is given.
class Restorer
{
public:
    /// `registry` may be null when the plan has no Schannel action.
    Restorer(CertificateStore& store, SchannelRegistry* registry);

    /// The host name of the machine `store` belongs to; a bundle from another host is refused unless allowed.
    void setTargetHostName(const QString& hostName) { m_hostName = hostName; }
    void setAllowOtherMachine(bool allow) { m_allowOtherMachine = allow; }

    /// Restores. InvalidArgument for another machine's bundle or a read-only store; VerifyFailed when a
    /// certificate or value is not back afterwards.
    Result<RemedyReport> restore(const BackupBundle& bundle);

private:
    CertificateStore& m_store;
    SchannelRegistry* m_registry = nullptr;
    QString m_hostName;
    bool m_allowOtherMachine = false;
};

} // namespace certmend
