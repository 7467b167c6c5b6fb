#include "analysis/Finding.h"

namespace certmend {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString symptomName(Symptom symptom)
{
    switch (symptom) {
    case Symptom::None:
        return QStringLiteral("none");
    case Symptom::Http403_16:
        return QStringLiteral("403.16");
    case Symptom::Http403_7:
        return QStringLiteral("403.7");
    case Symptom::Http403_16Or403_7:
        return QStringLiteral("403.16/403.7");
    }
    return QStringLiteral("none");
}

QString actionKindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::None:
        return QStringLiteral("none");
    case ActionKind::MoveToIntermediate:
        return QStringLiteral("move-to-intermediate");
    case ActionKind::RemoveFromStore:
        return QStringLiteral("remove");
    case ActionKind::LeaveAlone:
        return QStringLiteral("leave-alone");
    case ActionKind::AddMissingRoot:
        return QStringLiteral("add-root");
    case ActionKind::ChangeSetting:
        return QStringLiteral("change-setting");
    }
    return QStringLiteral("none");
}

} // namespace certmend
