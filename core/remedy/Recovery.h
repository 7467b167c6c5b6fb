#pragma once

#include "remedy/BackupBundle.h"
#include "remedy/RemedyReport.h"
#include "store/CertificateStore.h"
#include "util/Result.h"

namespace certmend {

class SchannelRegistry;

/// Brings an interrupted fix (see JournalScanner) to a clean end, either way, from its verified backup and journal.
class Recovery
{
public:
    enum class Mode
    {
        Finish,   ///< do the actions that were not done, then verify the planned result
        RollBack, ///< undo every action that was begun, then verify the stores are as before
    };

    /// `registry` may be null when the plan has no Schannel action.
    Recovery(CertificateStore& store, SchannelRegistry* registry);

    /// Recovers `bundle`. A bundle that needs no recovery gives an empty report. VerifyFailed when the result is
    /// not what it must be (the detail lists the differences; the backup is untouched).
    Result<RemedyReport> recover(const BackupBundle& bundle, Mode mode);

private:
    CertificateStore& m_store;
    SchannelRegistry* m_registry = nullptr;
};

} // namespace certmend
