#include "report/HtmlReport.h"
#include "report/NextSteps.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;
using namespace certmend::ui;

namespace {

const QString Sha1 = QStringLiteral("CDE8E15E7609BF2B7FE079B2960779F068212763");

HtmlReport::Input sampleInput()
{
    HtmlReport::Input in;
    in.hostName = QStringLiteral("WEB01");
    in.productName = QStringLiteral("Windows Server 2019 Datacenter");
    in.windowsVersion = QStringLiteral("10.0.17763");
    in.source = QStringLiteral("/snapshots/web01");
    in.generatedUtc = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    Finding finding;
    finding.id = QStringLiteral("root.not-self-signed");
    finding.severity = Severity::Error;
    finding.title = QStringLiteral("An intermediate CA is in Trusted Root <Root>");
    finding.explanation = QStringLiteral("Schannel sends only it & nothing else.");
    finding.certificates = {{Sha1, QStringLiteral("Contoso Issuing CA 01"), QStringLiteral("Root")}};
    finding.action.kind = ActionKind::MoveToIntermediate;
    finding.action.text = QStringLiteral("Move it to Intermediate Certification Authorities.");
    finding.sources = {QStringLiteral("KB 2802568")};
    in.findings = {finding};
    in.plan.append(RemediationAction::move(Sha1, QStringLiteral("Contoso Issuing CA 01"), QStringLiteral("Root"),
                                           QStringLiteral("CA")));
    in.plan.addNote({QStringLiteral("78AF0452D7C44BE2464B5D6DAAE7C316FB4FCC93"), QStringLiteral("GP Root"),
                     QStringLiteral("Deployed by Group Policy.")});
    in.backupBundle = QStringLiteral("/backups/WEB01-20261121T100000Z");
    in.nextSteps = NextSteps::afterFix(in.plan, false);
    return in;
}

} // namespace

class tst_HtmlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containsEverySection_data();
    void containsEverySection();
    void escapesWhatItQuotes();
    void isSelfContained();
    void saveWritesUtf8AndReportsFailure();
    void nextStepsFollowThePlan();
};

void tst_HtmlReport::containsEverySection_data()
{
    QTest::addColumn<bool>("attempted");
    QTest::addColumn<bool>("succeeded");
    QTest::newRow("applied") << true << true;
    QTest::newRow("failed") << true << false;
    QTest::newRow("not attempted") << false << false;
}

void tst_HtmlReport::containsEverySection()
{
    QFETCH(bool, attempted);
    QFETCH(bool, succeeded);
    HtmlReport::Input in = sampleInput();
    in.attempted = attempted;
    if (attempted && succeeded)
        in.result = RemedyReport{in.backupBundle, {in.plan.actions().constFirst().toText()}, 1, 0, false};
    if (attempted && !succeeded)
        in.failure = QStringLiteral("the store changed since it was scanned");
    const QString html = HtmlReport::render(in);

    for (const QString& needle :
         {QStringLiteral("WEB01"), QStringLiteral("Windows Server 2019 Datacenter"), Sha1,
          QStringLiteral("Contoso Issuing CA 01"), QStringLiteral("KB 2802568"),
          QStringLiteral("Deployed by Group Policy."), in.plan.actions().constFirst().toText().toHtmlEscaped()})
        QVERIFY2(html.contains(needle), qPrintable(needle));
    QCOMPARE(html.contains(HtmlReport::tr("The fix was applied and verified.")), attempted && succeeded);
    QCOMPARE(html.contains(QStringLiteral("the store changed since it was scanned")), attempted && !succeeded);
    QCOMPARE(html.contains(HtmlReport::tr("No change was made.")), !attempted);
    QVERIFY(html.contains(QStringLiteral("certmend-cli restore")));
}

void tst_HtmlReport::escapesWhatItQuotes()
{
    HtmlReport::Input in = sampleInput();
    in.hostName = QStringLiteral("<script>alert(1)</script>");
    const QString html = HtmlReport::render(in);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("Trusted Root &lt;Root&gt;")));
    QVERIFY(html.contains(QStringLiteral("it &amp; nothing")));
}

void tst_HtmlReport::isSelfContained()
{
    const QString html = HtmlReport::render(sampleInput());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    // Nothing to fetch: no scripts, no linked style sheets, no images or frames from elsewhere.
    static const QRegularExpression external(QStringLiteral("<script|<link|<img|<iframe|src=|url\\("),
                                             QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!external.match(html).hasMatch(), qPrintable(external.match(html).captured()));
    QCOMPARE(html.count(QStringLiteral("<table")), html.count(QStringLiteral("</table>")));
    QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
}

void tst_HtmlReport::saveWritesUtf8AndReportsFailure()
{
    QTemporaryDir folder;
    HtmlReport::Input in = sampleInput();
    in.hostName = QStringLiteral("SRV-MÜNCHEN");
    const QString html = HtmlReport::render(in);
    const QString path = folder.filePath(QStringLiteral("report.html"));
    QVERIFY(HtmlReport::save(path, html));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), html);

    auto failed = HtmlReport::save(folder.filePath(QStringLiteral("report.html/inside.html")), html);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QVERIFY(failed.error().file.endsWith(QStringLiteral("inside.html")));
}

void tst_HtmlReport::nextStepsFollowThePlan()
{
    RemediationPlan certificates;
    certificates.append(
        RemediationAction::move(Sha1, QStringLiteral("X"), QStringLiteral("Root"), QStringLiteral("CA")));
    RemediationPlan settings;
    settings.append(RemediationAction::setValue(QStringLiteral("SendTrustedIssuerList"), 1u, 0u));

    const QString forCertificates = NextSteps::afterFix(certificates, false).join(QLatin1Char('\n'));
    QVERIFY(forCertificates.contains(QStringLiteral("iisreset")));
    QVERIFY(!forCertificates.contains(QStringLiteral("Restart Windows")));
    const QString forSettings = NextSteps::afterFix(settings, true).join(QLatin1Char('\n'));
    QVERIFY(forSettings.contains(QStringLiteral("Restart Windows")));
    QVERIFY(forSettings.contains(QStringLiteral("training")));
    QVERIFY(NextSteps::afterFix(RemediationPlan(), false).isEmpty());
    QVERIFY(NextSteps::alsoAffected(settings).join(QLatin1Char('\n')).contains(QStringLiteral("restart")));
}

QTEST_MAIN(tst_HtmlReport)
#include "tst_HtmlReport.moc"
