#include "remedy/FaultInjection.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace certmend {

namespace {

struct FaultConfig
{
    qint64 killAt = -1;
    qint64 failWriteAfter = -1;
    bool trace = false;
    std::atomic<qint64> points{0};
    std::atomic<qint64> writes{0};

    FaultConfig() { load(); }

    void load()
    {
        killAt = -1;
        failWriteAfter = -1;
        trace = false;
        points = 0;
        writes = 0;
        const QByteArray spec = qgetenv("CERTMEND_FAULT");
        for (const QByteArray& part : spec.split(',')) {
            const QByteArray item = part.trimmed();
            if (item.startsWith("kill-at="))
                killAt = item.mid(8).toLongLong();
            else if (item.startsWith("fail-write-after="))
                failWriteAfter = item.mid(17).toLongLong();
            else if (item == "trace")
                trace = true;
        }
    }
};

FaultConfig& config()
{
    static FaultConfig instance;
    return instance;
}

} // namespace

void FaultInjection::reset()
{
    config().load();
}

void FaultInjection::point(const char* label)
{
    FaultConfig& c = config();
    if (c.killAt < 0 && !c.trace)
        return;
    const qint64 n = ++c.points;
    if (c.trace)
        std::fprintf(stderr, "certmend-fault-point %lld %s\n", static_cast<long long>(n), label);
    if (n == c.killAt) {
        std::fflush(stderr);
        // No destructors, no flushing of Qt buffers: as close to a power cut as a process can get.
#ifdef SIGKILL
        std::raise(SIGKILL);
#endif
        std::_Exit(137);
    }
}

bool FaultInjection::failThisWrite()
{
    FaultConfig& c = config();
    if (c.failWriteAfter < 0)
        return false;
    return ++c.writes > c.failWriteAfter;
}

} // namespace certmend
