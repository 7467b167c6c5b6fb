#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace certmend::ui {

bool Translations::install(QCoreApplication& app, const QLocale& locale)
{
    // Parented to the application: translators must live as long as the texts they translate are shown.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English is the source language, but its plural forms ("1 change", "2 changes") come from certmend_en.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/certmend_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    // Installed last, so it is asked first.
    auto* own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("certmend"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace certmend::ui
