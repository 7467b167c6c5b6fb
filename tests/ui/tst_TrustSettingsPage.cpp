#include "WizardDriver.h"
#include "scenario/ScenarioCatalog.h"
#include "widgets/IssuerListGauge.h"

#include <QGroupBox>
#include <QLabel>
#include <QTest>

using namespace certmend;
using namespace certmend::test;
using namespace certmend::ui;

class tst_TrustSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyScenario_data();
    void everyScenario();
    void gauge_data();
    void gauge();
};

void tst_TrustSettingsPage::cleanup()
{
    QVERIFY2(WizardDriver::leftoverWindows().isEmpty(), qPrintable(WizardDriver::leftoverWindows().join(", ")));
}

void tst_TrustSettingsPage::everyScenario_data()
{
    QTest::addColumn<QString>("scenarioId");
    for (const Scenario& scenario : ScenarioCatalog::all())
        QTest::newRow(qPrintable(scenario.id)) << scenario.id;
}

void tst_TrustSettingsPage::everyScenario()
{
    QFETCH(QString, scenarioId);
    WizardDriver driver;
    QVERIFY2(driver.chooseScenario(scenarioId), qPrintable(driver.failure()));
    QVERIFY2(driver.goTo(TrustSettingsPageId), qPrintable(driver.failure()));
    const ScanResult& scan = *driver.session().scan;
    const SchannelSettings& settings = scan.settings;

    const QString send = driver.find<QLabel>(QStringLiteral("sendTrustedIssuerListValueLabel"))->text();
    QCOMPARE(send.contains(QStringLiteral("set in registry")), !settings.sendTrustedIssuerListIsDefault());
    QCOMPARE(send.contains(QStringLiteral("on:")), settings.sendTrustedIssuerList());
    if (const auto dword = settings.rawSendTrustedIssuerList().dword)
        QVERIFY2(send.startsWith(QString::number(*dword)), qPrintable(send));
    QVERIFY(!driver.find<QLabel>(QStringLiteral("sendTrustedIssuerListExplanationLabel"))->text().isEmpty());

    const QString mode = driver.find<QLabel>(QStringLiteral("clientAuthTrustModeValueLabel"))->text();
    QVERIFY2(mode.contains(SchannelSettings::trustModeName(settings.trustMode())), qPrintable(mode));
    QCOMPARE(mode.contains(QStringLiteral("(default)")),
             !settings.rawClientAuthTrustMode().dword.has_value() || settings.trustModeOutOfRange());

    auto* misspellings = driver.find<QLabel>(QStringLiteral("misspellingsLabel"));
    QCOMPARE(misspellings->isVisible(), !settings.misspelledValues().isEmpty());
    for (const SchannelSettings::Misspelling& m : settings.misspelledValues())
        QVERIFY2(misspellings->text().contains(m.nameFound), qPrintable(misspellings->text()));

    // One block per binding's issuer list, each with its store, its reason and its size on a gauge.
    const QList<QGroupBox*> boxes = driver.currentPage()->findChildren<QGroupBox*>(QStringLiteral("bindingGroupBox"));
    QCOMPARE(boxes.size(), scan.issuerLists.size());
    for (int i = 0; i < boxes.size(); ++i) {
        const BindingIssuerList& list = scan.issuerLists.at(i);
        if (!list.endpoint.isEmpty())
            QVERIFY2(boxes.at(i)->title().contains(list.endpoint), qPrintable(boxes.at(i)->title()));
        if (!list.ctlStoreName.isEmpty())
            QVERIFY(
                boxes.at(i)->findChild<QLabel*>(QStringLiteral("ctlStoreLabel"))->text().contains(list.ctlStoreName));
        QVERIFY(boxes.at(i)
                    ->findChild<QLabel*>(QStringLiteral("issuerListStoreLabel"))
                    ->text()
                    .contains(list.source.storeName));
        QCOMPARE(boxes.at(i)->findChild<QLabel*>(QStringLiteral("issuerListExplanationLabel"))->text(),
                 TrustedIssuerList::explain(list.source));
        auto* gauge = boxes.at(i)->findChild<IssuerListGauge*>(QStringLiteral("issuerListGauge"));
        QVERIFY(gauge);
        QCOMPARE(gauge->value(), list.source.encodedSize);
        QCOMPARE(gauge->limit(), IssuerListSource::Limit);
        QCOMPARE(gauge->isOverLimit(), list.source.exceedsLimit);
    }

    auto* sources = driver.find<QLabel>(QStringLiteral("sourcesLabel"));
    QVERIFY(sources->openExternalLinks());
    QVERIFY(sources->text().contains(QStringLiteral("href=\"https://")));
}

void tst_TrustSettingsPage::gauge_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("over");
    QTest::newRow("empty") << qint64(0) << false;
    QTest::newRow("small") << qint64(1200) << false;
    QTest::newRow("at the limit") << qint64(16384) << false;
    QTest::newRow("one byte over") << qint64(16385) << true;
    QTest::newRow("far over") << qint64(40000) << true;
}

void tst_TrustSettingsPage::gauge()
{
    QFETCH(qint64, bytes);
    QFETCH(bool, over);
    IssuerListGauge gauge;
    gauge.setValue(bytes);
    QCOMPARE(gauge.isOverLimit(), over);
    QVERIFY2(gauge.text().contains(QStringLiteral("16")), qPrintable(gauge.text()));
    QCOMPARE(gauge.accessibleDescription().contains(QStringLiteral("over the limit")), over);
    // It paints without a window system complaint and at its size hint.
    gauge.resize(gauge.sizeHint());
    QVERIFY(!gauge.grab().isNull());
}

QTEST_MAIN(tst_TrustSettingsPage)
#include "tst_TrustSettingsPage.moc"
