#include "util/Result.h"

#include <QTest>

using namespace certmend;

class tst_Error : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messageNamesTheFile()
    {
        const Error e =
            makeError(ErrorCode::Truncated, QStringLiteral("ends after 3 bytes"), QStringLiteral("Root.sst"));
        QCOMPARE(e.message(), QStringLiteral("Root.sst: ends after 3 bytes"));
        QCOMPARE(QString::fromLatin1(errorCodeName(e.code)), QStringLiteral("truncated"));
    }
    void resultCarriesValueOrError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        Result<int> bad(makeError(ErrorCode::Io, QStringLiteral("disk full")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Io);
        Result<void> none;
        QVERIFY(none.ok());
    }
};

QTEST_GUILESS_MAIN(tst_Error)
#include "tst_Error.moc"
