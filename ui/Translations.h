#pragma once

#include <QLocale>

class QCoreApplication;

namespace certmend::ui {

/// Loads CertMend's translation for a locale (embedded at ":/i18n/certmend_<lang>.qm") and Qt's own (for the
/// wizard's Back/Next/Cancel), and installs them into the application. English needs nothing.
class Translations
{
public:
    /// Returns true when a CertMend translation for `locale` was found and installed.
    static bool install(QCoreApplication& app, const QLocale& locale = QLocale());
};

} // namespace certmend::ui
