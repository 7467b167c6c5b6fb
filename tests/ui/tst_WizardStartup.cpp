#include "WizardDriver.h"
#include "pages/WelcomePage.h"
#include "scenario/ScenarioCatalog.h"
#include "widgets/TrainingPanel.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

namespace {

QString wizardExecutable()
{
#ifdef Q_OS_WIN
    return QStringLiteral(CERTMEND_BINARY_DIR "/app/certmend.exe");
#else
    return QStringLiteral(CERTMEND_BINARY_DIR "/app/certmend");
#endif
}

} // namespace

class tst_WizardStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void defaultLaunchOpensTheDefaultScenario();
    void options_data();
    void options();
    void geometryIsRemembered();
    void trainingPanelFollowsThePage();
    void screenshotTour();
    void commandLine_data();
    void commandLine();
};

void tst_WizardStartup::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_WizardStartup::defaultLaunchOpensTheDefaultScenario()
{
    WizardDriver driver;
    QCOMPARE(driver.currentId(), int(WelcomePageId));
    QCOMPARE(driver.page<WelcomePage>(WelcomePageId)->selectedScenarioId(), ScenarioCatalog::defaultId());
    QVERIFY(driver.session().isTraining());
    QCOMPARE(driver.session().scenario->id, ScenarioCatalog::defaultId());
    auto* panel = driver.find<TrainingPanel>(QStringLiteral("trainingPanel"));
    QVERIFY(panel && panel->isVisible());
    QVERIFY(!panel->emphasised().isEmpty());
    QVERIFY(driver.wizard().wizardStyle() == QWizard::ModernStyle ||
            driver.wizard().wizardStyle() == QWizard::MacStyle);
}

void tst_WizardStartup::options_data()
{
    QTest::addColumn<QString>("scenarioId");
    QTest::addColumn<QString>("sourcePath");
    QTest::addColumn<bool>("expectScenario");
    QTest::newRow("scenario") << "rollover-in-root"
                              << "" << true;
    QTest::newRow("source") << ""
                            << "/srv/snapshots/WEB01" << false;
    QTest::newRow("source wins") << "healthy"
                                 << "/srv/snapshots/WEB02" << false;
}

void tst_WizardStartup::options()
{
    QFETCH(QString, scenarioId);
    QFETCH(QString, sourcePath);
    QFETCH(bool, expectScenario);
    WizardDriver driver({scenarioId, sourcePath});
    auto* page = driver.page<WelcomePage>(WelcomePageId);
    if (expectScenario) {
        QCOMPARE(page->choice(), WelcomePage::Choice::Scenario);
        QCOMPARE(page->selectedScenarioId(), scenarioId);
        QCOMPARE(driver.session().scenario->id, scenarioId);
    } else {
        QCOMPARE(page->choice(), WelcomePage::Choice::Snapshot);
        QCOMPARE(driver.find<QLineEdit>(QStringLiteral("snapshotPathLineEdit"))->text(),
                 QDir::toNativeSeparators(sourcePath));
        QVERIFY(!driver.session().isTraining());
        QVERIFY(!driver.find<TrainingPanel>(QStringLiteral("trainingPanel"))->isVisible());
    }
}

void tst_WizardStartup::geometryIsRemembered()
{
    const QSize size(900, 680);
    {
        WizardDriver driver;
        driver.wizard().resize(size);
        QTRY_COMPARE(driver.wizard().size(), size);
    }
    QVERIFY(!QSettings().value(QStringLiteral("wizard/geometry")).toByteArray().isEmpty());
    WizardDriver again;
    QCOMPARE(again.wizard().size(), size);
}

void tst_WizardStartup::trainingPanelFollowsThePage()
{
    const Scenario scenario = *ScenarioCatalog::find(QStringLiteral("intermediate-in-root"));
    WizardDriver driver({scenario.id, {}});
    auto* panel = driver.find<TrainingPanel>(QStringLiteral("trainingPanel"));
    auto* story = panel->findChild<QLabel*>(QStringLiteral("trainingStoryLabel"));
    // The whole story first, then on each page the points that can be seen there.
    QVERIFY(story->text().contains(scenario.narrative.section(QLatin1Char('\n'), 0, 0).left(40).toHtmlEscaped()));
    QVERIFY2(driver.goTo(FindingsPageId), qPrintable(driver.failure()));
    const QStringList onFindings = panel->emphasised();
    QVERIFY2(driver.goTo(TrustSettingsPageId), qPrintable(driver.failure()));
    const QStringList onSettings = panel->emphasised();
    for (const QStringList& points : {onFindings, onSettings}) {
        QVERIFY(!points.isEmpty());
        QVERIFY(points.size() < scenario.whatToNotice.size());
        for (const QString& point : points)
            QVERIFY(scenario.whatToNotice.contains(point));
    }
    QVERIFY(onFindings != onSettings);
    QVERIFY(std::any_of(onSettings.cbegin(), onSettings.cend(),
                        [](const QString& point) { return point.contains(QStringLiteral("SendTrustedIssuerList")); }));
    QVERIFY(story->text().contains(scenario.story.toHtmlEscaped()));
}

void tst_WizardStartup::screenshotTour()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    WizardDriver driver({QStringLiteral("intermediate-in-root"), {}});
    // The tour applies the fix to a training copy: its backup must land in the test's folder, not the user's.
    QCOMPARE(driver.session().backupRoot, WizardDriver::defaultBackupFolder());
    QSignalSpy finished(&driver.wizard(), &CertMendWizard::screenshotTourFinished);
    driver.wizard().startScreenshotTour(folder.path());
    QVERIFY(finished.wait(120000));
    const QStringList files = driver.wizard().screenshotFiles();
    if (!finished.first().at(0).toBool())
        qWarning("the tour stopped early: %s", qPrintable(finished.first().at(1).toString()));
    // The first four pages are this helper's; later ones follow as they exist.
    QVERIFY2(files.size() >= 4, qPrintable(files.join(QLatin1Char(' '))));
    const QStringList expected = {QStringLiteral("01-welcome.png"), QStringLiteral("02-scan.png"),
                                  QStringLiteral("03-findings.png"), QStringLiteral("04-trust-settings.png")};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(QFileInfo(files.at(i)).fileName(), expected.at(i));
        const QImage image(files.at(i));
        QVERIFY2(!image.isNull(), qPrintable(files.at(i)));
        QCOMPARE(image.size() / image.devicePixelRatio(), driver.wizard().size());
    }
}

void tst_WizardStartup::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("minimumScreenshots");
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("no-such-thing")} << 2
                                      << 0;
    QTest::newRow("screenshots") << QStringList{QStringLiteral("--scenario"), QStringLiteral("healthy")} << -1 << 4;
}

void tst_WizardStartup::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(int, minimumScreenshots);
    if (!QFileInfo::exists(wizardExecutable()))
        QSKIP("the certmend executable is not built");
    QTemporaryDir folder;
    QTemporaryDir settings;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep the user's QSettings out of it.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    environment.insert(QStringLiteral("HOME"), settings.path());
    process.setProcessEnvironment(environment);
    QStringList all = arguments;
    if (minimumScreenshots > 0)
        all << QStringLiteral("--screenshots") << folder.path();
    process.start(wizardExecutable(), all);
    QVERIFY(process.waitForFinished(180000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (exitCode >= 0)
        QCOMPARE(process.exitCode(), exitCode);
    if (minimumScreenshots > 0) {
        const QStringList pngs = QDir(folder.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(pngs.size() >= minimumScreenshots, qPrintable(output));
        QCOMPARE(pngs.first(), QStringLiteral("01-welcome.png"));
    } else {
        QVERIFY2(output.contains(QStringLiteral("healthy")), qPrintable(output)); // lists the known scenarios
    }
}

QTEST_MAIN(tst_WizardStartup)
#include "tst_WizardStartup.moc"
