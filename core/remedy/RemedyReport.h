#pragma once

#include <QString>
#include <QStringList>

namespace certmend {

/// What an apply, recovery or restore did, step by step, for the user to read.
struct RemedyReport
{
    QString bundlePath;      ///< the backup the run used
    QStringList steps;       ///< translated, one line per step, in order
    int changed = 0;         ///< steps that changed something
    int skipped = 0;         ///< steps that were already so
    bool rolledBack = false; ///< the run undid what it had done (after a failure, a cancel or on request)
};

} // namespace certmend
