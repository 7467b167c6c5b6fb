#pragma once

// The store contract, one name per case. tests/core/tst_StoreContract.cpp runs every case against SnapshotStore
// (and WinHelperStore when CERTMEND_WINHELPER is set); helper/contract/ContractDriver.cpp runs the same cases
// against the Win32 adapter under Wine. Plain C++ so that both the Qt test and the mingw driver include it.
namespace certmend::contract {

inline constexpr const char* kStoreContractCases[] = {
    "enumerate-root",           // Root lists certificates with bytes, thumbprint and origin (properties, not counts)
    "add-intermediate-to-root", // a CA certificate that is not self-signed goes into Root (registry origin)
    "move-root-to-ca",          // add to CA + remove from Root
    "delete",                   // removed, and removing again is NotFound
    "persistence-after-reopen", // a change is there for a new store object / a new process
    "add-duplicate",            // adding what is there succeeds and changes nothing
    "missing-store",            // ClientAuthIssuer before it exists: empty, not an error; created by an add
    "read-only-open",           // a read-only source lists but refuses changes, and stays unchanged
    "schannel-absent",          // absent value reads as absent; deleting an absent value is fine
    "schannel-dword-0",         // DWORD round trip
    "schannel-dword-1",
    "schannel-dword-2",
    "schannel-wrong-type", // REG_SZ "1" where a DWORD belongs: BadFormat naming the type
    "elevation-refusal",   // not elevated: changes refused with "Run as administrator" (live backends only)
};

} // namespace certmend::contract
