#include "scenario/ScenarioCatalog.h"
#include "store/MachineSnapshot.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace certmend;

class tst_ScenarioCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAllScenariosSorted()
    {
        QStringList ids;
        for (const Scenario& scenario : ScenarioCatalog::all())
            ids += scenario.id;
        const QStringList expected{"external-ca-trust-mode-2", "group-policy-intermediate", "healthy",
                                   "intermediate-in-root",     "issuer-list-403-7",         "issuer-list-over-16k",
                                   "rollover-in-root"};
        QCOMPARE(ids, expected);
    }

    void scenarioTexts_data()
    {
        QTest::addColumn<QString>("id");
        for (const Scenario& scenario : ScenarioCatalog::all())
            QTest::newRow(qPrintable(scenario.id)) << scenario.id;
    }

    void scenarioTexts()
    {
        QFETCH(QString, id);
        const std::optional<Scenario> scenario = ScenarioCatalog::find(id);
        QVERIFY(scenario);
        QVERIFY(!scenario->title.isEmpty());
        QVERIFY(!scenario->story.isEmpty());
        QVERIFY(!scenario->story.contains(QLatin1Char('\n')));
        QVERIFY(scenario->narrative.count(QStringLiteral("\n\n")) >= 1);
        QVERIFY(scenario->whatToNotice.size() >= 3);
        QVERIFY((QStringList{"403.16", "403.7", "none"}).contains(scenario->expectedSymptom));
        QCOMPARE(scenario->expectedFindingIds.isEmpty(), scenario->expectedSymptom == QLatin1String("none"));
        QCOMPARE(scenario->resourcePath, QStringLiteral(":/scenarios/") + id);
        const auto loaded = MachineSnapshot::load(scenario->resourcePath);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->stores.contains(QStringLiteral("Root")));
    }

    void defaultExists()
    {
        QVERIFY(ScenarioCatalog::find(ScenarioCatalog::defaultId()).has_value());
        QCOMPARE(ScenarioCatalog::find(ScenarioCatalog::defaultId())->expectedSymptom, QStringLiteral("403.16"));
        QVERIFY(!ScenarioCatalog::find(QStringLiteral("no-such-scenario")).has_value());
    }

    void parseRejectsBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("garbage") << QByteArray("{not json");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no id") << QByteArray(R"({"title":"x"})");
        QTest::newRow("no title") << QByteArray(R"({"id":"x"})");
    }

    void parseRejectsBadJson()
    {
        QFETCH(QByteArray, json);
        const auto parsed = ScenarioCatalog::parse(json, QStringLiteral(":/scenarios/x"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::BadFormat);
        QCOMPARE(parsed.error().file, QStringLiteral(":/scenarios/x/scenario.json"));
    }

    void extractGivesWritableCopy()
    {
        QTemporaryDir dir;
        const auto extracted = ScenarioCatalog::extractTo(QStringLiteral("intermediate-in-root"), dir.path());
        QVERIFY2(extracted.ok(), qPrintable(extracted.ok() ? QString() : extracted.error().message()));
        QCOMPARE(extracted.value(), QDir(dir.path()).absoluteFilePath(QStringLiteral("intermediate-in-root")));

        QDirIterator it(extracted.value(), QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            it.next();
            const QFile::Permissions expected = it.fileInfo().isDir()
                                                    ? (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
                                                    : (QFile::ReadOwner | QFile::WriteOwner);
            // QFileInfo::permissions() also reports the *User flags, which mirror *Owner for the owner.
            const QFile::Permissions mask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                            QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                                            QFile::ExeOther;
            QCOMPARE(it.fileInfo().permissions() & mask, expected);
            files += it.fileInfo().isFile() ? 1 : 0;
        }
        QVERIFY(files >= 10);

        const auto copy = MachineSnapshot::load(extracted.value());
        const auto original = MachineSnapshot::load(QStringLiteral(":/scenarios/intermediate-in-root"));
        QVERIFY(copy.ok() && original.ok());
        QVERIFY(copy->writable);
        QVERIFY(copy->issues.isEmpty());
        QCOMPARE(copy->stores.keys(), original->stores.keys());
        QCOMPARE(copy->certificateCount(), original->certificateCount());
        QCOMPARE(copy->schannelReg, original->schannelReg);

        // The training fix: move the stray intermediate from Root to CA on the copy.
        SnapshotStore store = copy->certificateStore();
        QVERIFY(store.isWritable());
        Certificate stray;
        for (const StoreEntry& entry : copy->stores.value(QStringLiteral("Root")))
            if (!entry.certificate.isSelfIssued())
                stray = entry.certificate;
        QVERIFY(!stray.isNull());
        QVERIFY(store.add(QStringLiteral("CA"), stray).ok());
        QVERIFY(store.remove(QStringLiteral("Root"), stray.sha1Thumbprint()).ok());
        const auto after = MachineSnapshot::load(extracted.value());
        QCOMPARE(after->stores.value(QStringLiteral("Root")).size(),
                 original->stores.value(QStringLiteral("Root")).size() - 1);
        QCOMPARE(after->stores.value(QStringLiteral("CA")).size(),
                 original->stores.value(QStringLiteral("CA")).size() + 1);
        // The embedded original is untouched.
        QCOMPARE(MachineSnapshot::load(QStringLiteral(":/scenarios/intermediate-in-root"))->certificateCount(),
                 original->certificateCount());
    }

    void extractRefuses_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("twice");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown id") << "no-such-scenario" << false << int(ErrorCode::NotFound);
        QTest::newRow("target exists") << "healthy" << true << int(ErrorCode::InvalidArgument);
    }

    void extractRefuses()
    {
        QFETCH(QString, id);
        QFETCH(bool, twice);
        QFETCH(int, code);
        QTemporaryDir dir;
        if (twice)
            QVERIFY(ScenarioCatalog::extractTo(id, dir.path()).ok());
        const auto extracted = ScenarioCatalog::extractTo(id, dir.path());
        QVERIFY(!extracted.ok());
        QCOMPARE(int(extracted.error().code), code);
    }
};

QTEST_GUILESS_MAIN(tst_ScenarioCatalog)
#include "tst_ScenarioCatalog.moc"
