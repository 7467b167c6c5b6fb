// The store contract (StoreContractCases.h) run against the Win32 adapter directly, Qt-free, for mingw + Wine.
// Usage: certmend-contract.exe <root.der> <intermediate.der> <persist.der> [--phase all|persist-check]
// Prints one line per case and "N passed, M failed".
#include "StoreContractCases.h"

#include "WinElevation.h"
#include "WinSchannelKey.h"
#include "WinText.h"
#include "WinTrustStore.h"

#include <windows.h>

#include <wincrypt.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <vector>

using namespace certmend::win;

namespace {

using Bytes = std::vector<unsigned char>;

struct Fixture
{
    Bytes root;
    Bytes intermediate;
    Bytes persist;
};

struct Failure
{
    std::string what;
};

void check(bool condition, const std::string& what)
{
    if (!condition)
        throw Failure{what};
}

void checkOk(const WinStatus& status, const std::string& what)
{
    check(status.ok(), what + ": " + status.code + " " + status.message);
}

std::string sha1Of(const Bytes& der)
{
    PCCERT_CONTEXT context = CertCreateCertificateContext(X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, der.data(),
                                                          static_cast<DWORD>(der.size()));
    check(context != nullptr, "fixture certificate does not decode");
    BYTE hash[20];
    DWORD size = sizeof hash;
    CertGetCertificateContextProperty(context, CERT_SHA1_HASH_PROP_ID, hash, &size);
    CertFreeCertificateContext(context);
    return WinText::hex(hash, size);
}

std::vector<WinCertificate> listOf(const WinTrustStore& store, const wchar_t* name)
{
    std::vector<WinCertificate> out;
    checkOk(store.list(name, out), "list " + WinText::toUtf8(name));
    return out;
}

int countOf(const WinTrustStore& store, const wchar_t* name, const Bytes& der, WinOrigin origin = WinOrigin::Registry)
{
    const std::vector<WinCertificate> all = listOf(store, name);
    return static_cast<int>(std::count_if(all.begin(), all.end(),
                                          [&](const WinCertificate& c) { return c.der == der && c.origin == origin; }));
}

void ensureAbsent(WinTrustStore& store, const wchar_t* name, const Bytes& der)
{
    const WinStatus status = store.remove(name, sha1Of(der));
    check(status.ok() || status.code == "not-found", "cleanup of " + WinText::toUtf8(name) + ": " + status.message);
}

void add(WinTrustStore& store, const wchar_t* name, const Bytes& der, bool expectAdded = true)
{
    bool added = !expectAdded;
    checkOk(store.add(name, der, L"CertMend contract", added), "add to " + WinText::toUtf8(name));
    check(added == expectAdded, expectAdded ? "add reported no change" : "duplicate add reported a change");
}

void cleanSlate(const Fixture& f)
{
    WinTrustStore store;
    for (const wchar_t* name : {L"Root", L"CA", L"ClientAuthIssuer"}) {
        ensureAbsent(store, name, f.root);
        ensureAbsent(store, name, f.intermediate);
    }
    WinSchannelKey key;
    bool existed = false;
    checkOk(key.deleteValue(L"SendTrustedIssuerList", existed), "cleanup of SendTrustedIssuerList");
}

void schannelRoundTrip(unsigned long value)
{
    WinSchannelKey key;
    checkOk(key.writeDword(L"SendTrustedIssuerList", value), "write");
    bool present = false;
    unsigned long back = 99;
    checkOk(WinSchannelKey().readDword(L"sendtrustedissuerlist", present, back), "read back (other case)");
    check(present && back == value, "read back " + std::to_string(back) + ", wrote " + std::to_string(value));
    bool existed = false;
    checkOk(key.deleteValue(L"SendTrustedIssuerList", existed), "delete");
    check(existed, "delete did not find the value");
    checkOk(key.readDword(L"SendTrustedIssuerList", present, back), "read after delete");
    check(!present, "value still there after delete");
}

std::map<std::string, std::function<void(const Fixture&)>> cases()
{
    std::map<std::string, std::function<void(const Fixture&)>> c;
    c["enumerate-root"] = [](const Fixture& f) {
        WinTrustStore store;
        add(store, L"Root", f.root);
        const std::vector<WinCertificate> all = listOf(store, L"Root");
        bool seen = false;
        std::vector<std::string> keys;
        for (const WinCertificate& cert : all) {
            check(!cert.der.empty(), "an entry without bytes");
            check(cert.sha1.size() == 40 && cert.sha1 == sha1Of(cert.der), "thumbprint does not match the bytes");
            keys.push_back(std::string(winOriginName(cert.origin)) + cert.sha1);
            seen = seen || (cert.der == f.root && cert.origin == WinOrigin::Registry);
        }
        std::sort(keys.begin(), keys.end());
        check(std::adjacent_find(keys.begin(), keys.end()) == keys.end(), "a certificate listed twice in one origin");
        check(seen, "the planted root is not listed with origin registry");
        ensureAbsent(store, L"Root", f.root);
    };
    c["add-intermediate-to-root"] = [](const Fixture& f) {
        WinTrustStore store;
        add(store, L"Root", f.intermediate);
        check(countOf(store, L"Root", f.intermediate) == 1, "intermediate not listed once in Root");
        ensureAbsent(store, L"Root", f.intermediate);
    };
    c["move-root-to-ca"] = [](const Fixture& f) {
        WinTrustStore store;
        add(store, L"Root", f.intermediate);
        add(store, L"CA", f.intermediate);
        checkOk(store.remove(L"Root", sha1Of(f.intermediate)), "remove from Root");
        check(countOf(store, L"Root", f.intermediate) == 0, "still in Root");
        check(countOf(store, L"CA", f.intermediate) == 1, "not in CA");
        ensureAbsent(store, L"CA", f.intermediate);
    };
    c["delete"] = [](const Fixture& f) {
        WinTrustStore store;
        add(store, L"Root", f.intermediate);
        checkOk(store.remove(L"Root", sha1Of(f.intermediate)), "remove");
        check(countOf(WinTrustStore(), L"Root", f.intermediate) == 0, "still listed after remove");
        const WinStatus again = store.remove(L"Root", sha1Of(f.intermediate));
        check(again.code == "not-found", "second remove gave \"" + again.code + "\", not not-found");
    };
    c["persistence-after-reopen"] = [](const Fixture& f) {
        {
            WinTrustStore store;
            ensureAbsent(store, L"Root", f.persist);
            add(store, L"Root", f.persist);
        }
        // A new adapter opens the store anew; the cross-process check is the persist-check phase.
        check(countOf(WinTrustStore(), L"Root", f.persist) == 1, "not there after reopening");
    };
    c["add-duplicate"] = [](const Fixture& f) {
        WinTrustStore store;
        add(store, L"Root", f.intermediate);
        const std::size_t before = listOf(store, L"Root").size();
        add(store, L"Root", f.intermediate, false);
        check(listOf(store, L"Root").size() == before, "duplicate add changed the store");
        ensureAbsent(store, L"Root", f.intermediate);
    };
    c["missing-store"] = [](const Fixture& f) {
        WinTrustStore store;
        check(listOf(store, L"CertMendContractMissing").empty(), "a store that does not exist is not empty");
        std::vector<std::wstring> names;
        checkOk(store.storeNames(names), "store names");
        check(std::none_of(names.begin(), names.end(),
                           [](const std::wstring& n) { return lstrcmpiW(n.c_str(), L"CertMendContractMissing") == 0; }),
              "listing a missing store created it");
        check(listOf(store, L"ClientAuthIssuer").empty(), "ClientAuthIssuer is not empty before the add");
        add(store, L"ClientAuthIssuer", f.intermediate);
        check(countOf(store, L"ClientAuthIssuer", f.intermediate) == 1, "not in ClientAuthIssuer after the add");
        checkOk(store.remove(L"ClientAuthIssuer", sha1Of(f.intermediate)), "remove from ClientAuthIssuer");
    };
    c["read-only-open"] = [](const Fixture& f) {
        WinTrustStore readOnly(true);
        const std::size_t before = listOf(readOnly, L"Root").size();
        bool added = false;
        const WinStatus status = readOnly.add(L"Root", f.intermediate, L"", added);
        check(!status.ok() && !added, "a read-only store accepted an add");
        check(listOf(readOnly, L"Root").size() == before, "the read-only store changed");
        check(countOf(readOnly, L"Root", f.intermediate) == 0, "the refused certificate is there");
        bool existed = false;
        check(!WinSchannelKey(true).deleteValue(L"SendTrustedIssuerList", existed).ok(), "read-only registry write");
    };
    c["schannel-absent"] = [](const Fixture&) {
        WinSchannelKey key;
        bool present = true;
        unsigned long value = 0;
        checkOk(key.readDword(L"SendTrustedIssuerList", present, value), "read");
        check(!present, "value present on a clean slate");
        bool existed = true;
        checkOk(key.deleteValue(L"SendTrustedIssuerList", existed), "delete of an absent value");
        check(!existed, "delete reported a value that was not there");
    };
    c["schannel-dword-0"] = [](const Fixture&) { schannelRoundTrip(0); };
    c["schannel-dword-1"] = [](const Fixture&) { schannelRoundTrip(1); };
    c["schannel-dword-2"] = [](const Fixture&) { schannelRoundTrip(2); };
    c["schannel-wrong-type"] = [](const Fixture&) {
        WinSchannelKey key;
        const Bytes one{'1', 0, 0, 0};
        checkOk(key.writeValue(L"ClientAuthTrustMode", REG_SZ, one), "write REG_SZ");
        bool present = false;
        unsigned long value = 0;
        const WinStatus status = key.readDword(L"ClientAuthTrustMode", present, value);
        check(status.code == "bad-format" && status.message.find("REG_SZ") != std::string::npos,
              "wrong type read as \"" + status.code + " " + status.message + "\"");
        WinRegValue raw;
        checkOk(key.readValue(L"ClientAuthTrustMode", raw), "raw read");
        check(raw.present && raw.type == REG_SZ && raw.data == one, "raw value differs");
        bool existed = false;
        checkOk(key.deleteValue(L"ClientAuthTrustMode", existed), "delete");
    };
    c["elevation-refusal"] = [](const Fixture& f) {
        check(WinElevation::isElevated(), "the test itself must run elevated (Wine: always)");
        SetEnvironmentVariableA("CERTMEND_SIMULATE_NOT_ELEVATED", "1");
        WinTrustStore store;
        bool added = false;
        const WinStatus addStatus = store.add(L"Root", f.intermediate, L"", added);
        const WinStatus removeStatus = store.remove(L"Root", sha1Of(f.root));
        const WinStatus writeStatus = WinSchannelKey().writeDword(L"SendTrustedIssuerList", 1);
        const bool elevated = WinElevation::isElevated();
        SetEnvironmentVariableA("CERTMEND_SIMULATE_NOT_ELEVATED", nullptr);
        check(!elevated, "simulation did not take");
        for (const WinStatus* s : {&addStatus, &removeStatus, &writeStatus})
            check(s->code == "not-elevated" && s->message.find("Run as administrator") != std::string::npos,
                  "refusal was \"" + s->code + " " + s->message + "\"");
        check(countOf(store, L"Root", f.intermediate) == 0, "the refused add happened");
    };
    return c;
}

bool readFile(const char* path, Bytes& out)
{
    std::ifstream in(path, std::ios::binary);
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return in.good() || in.eof() ? !out.empty() : false;
}

int run(const std::string& name, const std::function<void(const Fixture&)>& body, const Fixture& f)
{
    try {
        body(f);
        std::printf("PASS   : %s\n", name.c_str());
        return 0;
    } catch (const Failure& failure) {
        std::printf("FAIL!  : %s: %s\n", name.c_str(), failure.what.c_str());
        return 1;
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: certmend-contract <root.der> <intermediate.der> <persist.der> "
                             "[--phase all|persist-check]\n");
        return 2;
    }
    Fixture f;
    if (!readFile(argv[1], f.root) || !readFile(argv[2], f.intermediate) || !readFile(argv[3], f.persist)) {
        std::fprintf(stderr, "cannot read the fixture certificates\n");
        return 2;
    }
    const std::string phase = argc >= 6 && std::string(argv[4]) == "--phase" ? argv[5] : "all";
    int passed = 0;
    int failed = 0;
    auto tally = [&](int result) { (result ? failed : passed) += 1; };
    if (phase == "persist-check") {
        tally(run(
            "persistence-after-restart",
            [](const Fixture& fx) {
                WinTrustStore store;
                check(countOf(store, L"Root", fx.persist) == 1, "not there after wineserver restart");
                checkOk(store.remove(L"Root", sha1Of(fx.persist)), "remove");
                check(countOf(store, L"Root", fx.persist) == 0, "still there after remove");
            },
            f));
    } else {
        const auto all = cases();
        for (const char* name : certmend::contract::kStoreContractCases) {
            const auto it = all.find(name);
            if (it == all.end()) {
                std::printf("FAIL!  : %s: no implementation in the driver\n", name);
                ++failed;
                continue;
            }
            try {
                cleanSlate(f);
            } catch (const Failure& failure) {
                std::printf("FAIL!  : %s: clean slate: %s\n", name, failure.what.c_str());
                ++failed;
                continue;
            }
            tally(run(name, it->second, f));
        }
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    std::fflush(stdout);
    return failed ? 1 : 0;
}
