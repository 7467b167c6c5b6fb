#include "remedy/JournalState.h"

#include "remedy/Journal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace certmend {

Result<JournalState> JournalState::read(const QString& path, qsizetype actionCount)
{
    JournalState state;
    state.steps = QList<Step>(actionCount, Step::Pending);
    QFile file(path);
    if (!file.exists())
        return state;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
                         QStringLiteral("cannot read the journal: %1").arg(file.errorString()), path);
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        // split() leaves the text after the last '\n' as the final element: only that one can be cut off.
        const bool unterminated = n + 1 == lines.size();
        if (!doc.isObject()) {
            if (unterminated) {
                state.tornLine = true; // killed in the middle of a write: the step it announced never started
                break;
            }
            return makeError(ErrorCode::BadFormat, QStringLiteral("line %1 is not a journal entry").arg(n + 1), path);
        }
        const QJsonObject o = doc.object();
        const QString event = o.value(QStringLiteral("event")).toString();
        const qsizetype index = o.value(QStringLiteral("index")).toInteger(-1);
        const bool indexed = event == QLatin1String(Journal::Begin) || event == QLatin1String(Journal::Done) ||
                             event == QLatin1String(Journal::Undone);
        if (indexed && (index < 0 || index >= actionCount))
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("line %1: action %2 is not in the plan of %3 actions")
                                 .arg(n + 1)
                                 .arg(index)
                                 .arg(actionCount),
                             path);
        state.lastEvent = event;
        if (event == QLatin1String(Journal::PlanStart) || event == QLatin1String(Journal::RollbackStart) ||
            event == QLatin1String(Journal::RestoreStart)) {
            state.status = Status::InProgress;
        } else if (event == QLatin1String(Journal::Begin)) {
            state.steps[index] = Step::Begun;
        } else if (event == QLatin1String(Journal::Done)) {
            state.steps[index] = Step::Done;
        } else if (event == QLatin1String(Journal::Undone)) {
            state.steps[index] = Step::Undone;
        } else if (event == QLatin1String(Journal::Verified)) {
            state.verified = true;
        } else if (event == QLatin1String(Journal::Complete)) {
            state.status = Status::Complete;
        } else if (event == QLatin1String(Journal::RolledBack)) {
            state.status = Status::RolledBack;
        } else if (event == QLatin1String(Journal::Restored)) {
            state.status = Status::Restored;
        } else {
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("line %1: unknown event \"%2\"").arg(n + 1).arg(event), path);
        }
    }
    return state;
}

qsizetype JournalState::count(Step step) const
{
    return std::count(steps.cbegin(), steps.cend(), step);
}

QString JournalState::statusName(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return QStringLiteral("not-started");
    case Status::InProgress:
        return QStringLiteral("in-progress");
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::RolledBack:
        return QStringLiteral("rolled-back");
    case Status::Restored:
        return QStringLiteral("restored");
    }
    return {};
}

} // namespace certmend
