#pragma once

#include <QLocale>

class QCoreApplication;

namespace certmend::ui {

/// Loads CertMend's translation for a locale (embedded at ":/i18n/certmend_<lang>.qm") and Qt's own (for the
/// wizard's Back/Next/Cancel), and installs them into the application. English gets certmend_en, which only
/// holds the plural forms of the source texts.
class Translations
{
public:
    /// Returns true when CertMend's texts are available in `locale`'s language (always for English).
    static bool install(QCoreApplication& app, const QLocale& locale = QLocale());
};

} // namespace certmend::ui
