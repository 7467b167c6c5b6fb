#pragma once

#include <QString>
#include <QStringList>

namespace certmend {

/// One embedded training scenario: a snapshot folder under ":/scenarios/<id>" and its story (scenario.json).
struct Scenario
{
    QString id;
    QString title;
    QString story;     ///< one line
    QString narrative; ///< a few paragraphs, separated by blank lines
    QStringList whatToNotice;
    QStringList expectedFindingIds;
    QString expectedSymptom; ///< "403.16", "403.7" or "none"
    QString resourcePath;    ///< ":/scenarios/<id>": load it with MachineSnapshot::load
};

} // namespace certmend
