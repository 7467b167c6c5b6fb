// The CertMend wizard: parses the command line, builds the wizard, runs it. Nothing else.
#include "CertMendWizard.h"
#include "Translations.h"
#include "scenario/ScenarioCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include <cstdio>

using certmend::ScenarioCatalog;
using certmend::ui::CertMendWizard;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CertMend"));
    QApplication::setApplicationName(QStringLiteral("CertMend"));
    certmend::ui::Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Finds and fixes Windows trust-store problems behind IIS 403.16 and 403.7 client-certificate errors."));
    parser.addHelpOption();
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QApplication::translate("main", "Preselect the training scenario <id>."),
                                      QStringLiteral("id"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QApplication::translate("main", "Preselect a snapshot folder or certificate file."),
                                    QStringLiteral("path"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main",
                                "Walk through the wizard and save each page as <dir>/NN-<page>.png, then quit."),
        QStringLiteral("dir"));
    parser.addOptions({scenario, source, screenshots});
    parser.process(app);

    CertMendWizard::Options options;
    options.scenarioId = parser.value(scenario);
    options.sourcePath = parser.value(source);
    if (!options.scenarioId.isEmpty() && !ScenarioCatalog::find(options.scenarioId)) {
        QTextStream(stderr)
            << QApplication::translate("main", "Unknown scenario \"%1\". Known scenarios:").arg(options.scenarioId)
            << '\n';
        for (const certmend::Scenario& known : ScenarioCatalog::all())
            QTextStream(stderr) << "  " << known.id << '\n';
        return 2;
    }

    CertMendWizard wizard(options);
    wizard.show();

    if (parser.isSet(screenshots)) {
        QObject::connect(&wizard, &CertMendWizard::screenshotTourFinished, &app,
                         [&wizard](bool ok, const QString& message) {
                             QTextStream(ok ? stdout : stderr) << message << '\n';
                             for (const QString& file : wizard.screenshotFiles())
                                 QTextStream(stdout) << QDir::toNativeSeparators(file) << '\n';
                             QApplication::exit(ok ? 0 : 1);
                         });
        wizard.startScreenshotTour(parser.value(screenshots));
    }
    return app.exec();
}
