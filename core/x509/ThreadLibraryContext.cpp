#include "x509/ThreadLibraryContext.h"

#include <openssl/crypto.h>
#include <openssl/provider.h>

#include <mutex>
#include <vector>

namespace certmend {

namespace {

std::mutex& poolMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<OSSL_LIB_CTX*>& idleContexts()
{
    static auto* idle = new std::vector<OSSL_LIB_CTX*>(); // never destroyed: threads may end after static teardown
    return *idle;
}

OSSL_LIB_CTX* acquire()
{
    {
        const std::lock_guard lock(poolMutex());
        if (!idleContexts().empty()) {
            OSSL_LIB_CTX* context = idleContexts().back();
            idleContexts().pop_back();
            return context;
        }
    }
    OSSL_LIB_CTX* context = OSSL_LIB_CTX_new();
    if (context && OSSL_PROVIDER_load(context, "default"))
        return context;
    OSSL_LIB_CTX_free(context);
    return nullptr;
}

struct Lease
{
    OSSL_LIB_CTX* context = nullptr;
    bool tried = false;

    ~Lease()
    {
        if (!context)
            return;
        const std::lock_guard lock(poolMutex());
        idleContexts().push_back(context);
    }
};

} // namespace

OSSL_LIB_CTX* threadLibraryContext()
{
    thread_local Lease lease;
    if (!lease.tried) {
        lease.context = acquire();
        lease.tried = true;
    }
    return lease.context;
}

} // namespace certmend
