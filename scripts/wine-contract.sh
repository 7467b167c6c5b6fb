#!/usr/bin/env bash
# The store contract against the Windows adapter, on Linux, under Wine (issue 5; docs/WINDOWS.md).
#  1. installs wine, wine64 and g++-mingw-w64-x86-64-posix (--no-install-recommends) when missing;
#  2. cross-builds certmend-winhelper.exe and the Qt-free contract driver with mingw-w64;
#  3. runs the driver in a fresh WINEPREFIX (twice: the second run, after the wineserver has written the registry
#     to disk and exited, checks persistence across a restart);
#  4. when a Linux build dir with core_StoreContract exists (BUILD_DIR, default build/), runs it with
#     CERTMEND_WINHELPER set, so the Qt-side WinHelperStore talks to the helper under Wine.
# Ends with "N passed, M failed" over all of it; exit code 0 only when nothing failed.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE_DIR=$(pwd)
BUILD_DIR=${BUILD_DIR:-$SOURCE_DIR/build}
started=$(date +%s)

need=()
command -v wine >/dev/null 2>&1 || need+=(wine wine64)
command -v x86_64-w64-mingw32-g++-posix >/dev/null 2>&1 || need+=(g++-mingw-w64-x86-64-posix)
if ((${#need[@]})); then
    echo "wine-contract: installing ${need[*]}"
    SUDO=
    [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wine wine64 \
        g++-mingw-w64-x86-64-posix >/dev/null
fi
WINE=$(command -v wine || command -v wine64)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/certmend-wine.XXXXXX")
cleanup() {
    WINEPREFIX="$WORK/prefix" wineserver -k >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- cross-build (one object per source, two at a time: the machine has two cores) ---------------------------
CXX=x86_64-w64-mingw32-g++-posix
CXXFLAGS=(-std=c++20 -O1 -Wall -Wextra -Wpedantic -Werror -DUNICODE -D_UNICODE -DWIN32_LEAN_AND_MEAN
    -Icore/platform/windows -Ihelper -Ihelper/contract)
mkdir -p "$WORK/obj"
sources=(core/platform/windows/*.cpp helper/*.cpp helper/contract/*.cpp)
for source in "${sources[@]}"; do
    "$CXX" "${CXXFLAGS[@]}" -c "$source" -o "$WORK/obj/$(basename "$source" .cpp).o" &
    while (($(jobs -rp | wc -l) >= 2)); do wait -n; done
done
wait
for source in "${sources[@]}"; do
    [ -f "$WORK/obj/$(basename "$source" .cpp).o" ] || { echo "wine-contract: $source did not compile"; exit 1; }
done
adapter=()
for source in core/platform/windows/*.cpp; do adapter+=("$WORK/obj/$(basename "$source" .cpp).o"); done
LIBS=(-static -lcrypt32 -lhttpapi -ladvapi32)
"$CXX" -o "$WORK/certmend-winhelper.exe" "$WORK/obj/main.o" "$WORK/obj/HelperProtocol.o" "$WORK/obj/Base64.o" \
    "${adapter[@]}" "${LIBS[@]}"
"$CXX" -o "$WORK/certmend-contract.exe" "$WORK/obj/ContractDriver.o" "${adapter[@]}" "${LIBS[@]}"
echo "wine-contract: built in $(($(date +%s) - started)) s"

# --- fixtures: a root, an intermediate it issued, and a second root for the persistence check -----------------
F="$WORK/fixtures"
mkdir -p "$F"
ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
openssl req -x509 "${ec[@]}" -keyout "$F/root.key" -out "$F/root.pem" -subj "/CN=CertMend Contract Root" -days 30 \
    2>/dev/null
openssl req "${ec[@]}" -keyout "$F/int.key" -out "$F/int.csr" -subj "/CN=CertMend Contract Intermediate" 2>/dev/null
printf 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n' >"$F/ext"
openssl x509 -req -in "$F/int.csr" -CA "$F/root.pem" -CAkey "$F/root.key" -set_serial 2 -out "$F/int.pem" -days 30 \
    -extfile "$F/ext" 2>/dev/null
openssl req -x509 "${ec[@]}" -keyout "$F/persist.key" -outform DER -out "$F/persist.der" \
    -subj "/CN=CertMend Contract Persistence" -days 30 2>/dev/null
openssl x509 -in "$F/root.pem" -outform DER -out "$F/root.der"
openssl x509 -in "$F/int.pem" -outform DER -out "$F/int.der"

# --- Wine: fresh prefix, no display, no Mono/Gecko prompts ------------------------------------------------------
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
unset DISPLAY WAYLAND_DISPLAY
timeout 300 "$WINE" wineboot -i >/dev/null 2>&1 || true
echo "wine-contract: prefix ready after $(($(date +%s) - started)) s"

passed=0
failed=0
tally() { # reads a driver/QtTest output file and adds its counts
    local line
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 || true)
    if [ -z "$line" ]; then
        line=$(grep -E '^Totals: [0-9]+ passed, [0-9]+ failed' "$1" | tail -1 | sed 's/^Totals: //' || true)
    fi
    if [ -z "$line" ]; then
        echo "wine-contract: no result line in $(basename "$1")"
        failed=$((failed + 1))
        return
    fi
    passed=$((passed + $(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')))
    failed=$((failed + $(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
}

run_driver() {
    local out="$WORK/driver-$1.txt"
    (cd "$F" && timeout 300 "$WINE" "$WORK/certmend-contract.exe" root.der int.der persist.der --phase "$1") \
        >"$out" 2>&1 || true
    sed 's/^/  /' "$out"
    tally "$out"
}
echo "wine-contract: driver (adapter, Qt-free)"
run_driver all
# wineserver -w returns once the server has saved the registry and exited: the next run is a true restart.
wineserver -w
run_driver persist-check

contract="$BUILD_DIR/tests/core_StoreContract"
if [ -x "$contract" ]; then
    echo "wine-contract: tst_StoreContract against WinHelperStore (helper under Wine)"
    out="$WORK/qt.txt"
    CERTMEND_WINHELPER="$WINE $WORK/certmend-winhelper.exe" QT_QPA_PLATFORM=offscreen \
        timeout 600 "$contract" >"$out" 2>&1 || true
    grep -E '^(PASS|FAIL|SKIP|Totals)|Loc:' "$out" | sed 's/^/  /'
    tally "$out"
else
    echo "wine-contract: $contract not built; Qt side skipped (build core_StoreContract in $BUILD_DIR first)"
fi

echo "wine-contract: took $(($(date +%s) - started)) s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
