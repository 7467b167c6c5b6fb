#include "WizardSession.h"

namespace certmend::ui {

WizardSession::WizardSession(QObject* parent)
    : QObject(parent)
{}

} // namespace certmend::ui
