#!/usr/bin/env bash
# The live-machine backend proven under Wine (issue 5; docs/WINDOWS.md), CI-ready:
#  1. installs wine, wine64 and g++-mingw-w64-x86-64-posix (--no-install-recommends; apt-get update only when the
#     install fails without it) when missing;
#  2. cross-builds certmend-winhelper.exe and the Qt-free contract driver with mingw-w64, and builds the Linux
#     targets it runs (core_StoreContract, core_LiveEndToEnd, certmend-cli) in BUILD_DIR (default build/);
#  3. in a fresh WINEPREFIX (a temp dir, removed at the end): the contract driver against the adapter, twice (the
#     second run, after the wineserver has written the registry and exited, checks persistence across a restart);
#  4. tst_StoreContract and tst_LiveEndToEnd with CERTMEND_WINHELPER set (Qt side on Linux, helper under Wine);
#  5. the CLI end to end: plant an intermediate in Root through the helper, `scan live`, `snapshot` + scan of the
#     export (same findings), `fix live --backup --yes` (gone, now in CA), `restore --into live` (Root as before).
# Every wine call runs under `timeout`; ends with "N passed, M failed"; exit code 0 only when nothing failed.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE_DIR=$(pwd)
BUILD_DIR=${BUILD_DIR:-$SOURCE_DIR/build}
JOBS=${JOBS:-2}
started=$(date +%s)
elapsed() { echo "$(($(date +%s) - started)) s"; }

# --- 1. packages ------------------------------------------------------------------------------------------------
need=()
command -v wine >/dev/null 2>&1 || need+=(wine)
command -v wine64 >/dev/null 2>&1 || [ -x /usr/lib/wine/wine64 ] || need+=(wine64)
command -v x86_64-w64-mingw32-g++-posix >/dev/null 2>&1 || need+=(g++-mingw-w64-x86-64-posix)
command -v jq >/dev/null 2>&1 || need+=(jq)
if ((${#need[@]})); then
    echo "wine-contract: installing ${need[*]}"
    SUDO=
    [ "$(id -u)" = 0 ] || SUDO=sudo
    apt_install() { DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"; }
    if ! apt_install >/dev/null 2>&1; then
        $SUDO apt-get update -qq
        apt_install >/dev/null
    fi
fi
WINE=$(command -v wine || command -v wine64)
WINESERVER=$(command -v wineserver || echo /usr/lib/wine/wineserver)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/certmend-wine.XXXXXX")
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
unset DISPLAY WAYLAND_DISPLAY
cleanup() {
    timeout 60 "$WINESERVER" -k >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- 2. builds: the Linux targets in the background while mingw compiles (two cores) -----------------------------
linux_targets=(core_StoreContract core_LiveEndToEnd certmend-cli)
(
    status=0
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || status=$?
    fi
    [ "$status" != 0 ] || cmake --build "$BUILD_DIR" --target "${linux_targets[@]}" -j"$JOBS" || status=$?
    echo "$status" >"$WORK/linux-build.status"
) >"$WORK/linux-build.txt" 2>&1 &
linux_build=$!

export MINGW_CXX=x86_64-w64-mingw32-g++-posix OBJ="$WORK/obj"
export MINGW_FLAGS="-std=c++20 -O1 -Wall -Wextra -Wpedantic -Werror -DUNICODE -D_UNICODE -DWIN32_LEAN_AND_MEAN
    -Icore/platform/windows -Ihelper -Ihelper/contract"
mkdir -p "$OBJ"
sources=(core/platform/windows/*.cpp helper/*.cpp helper/contract/*.cpp)
# shellcheck disable=SC2016 # expanded by the inner shell
printf '%s\n' "${sources[@]}" | xargs -P 2 -I{} sh -c '$MINGW_CXX $MINGW_FLAGS -c "$1" -o "$OBJ/$(basename "$1" .cpp).o"' _ {} ||
    true
for source in "${sources[@]}"; do
    [ -f "$OBJ/$(basename "$source" .cpp).o" ] || { echo "wine-contract: $source did not compile"; exit 1; }
done
adapter=()
for source in core/platform/windows/*.cpp; do adapter+=("$OBJ/$(basename "$source" .cpp).o"); done
LIBS=(-static -lcrypt32 -lhttpapi -ladvapi32)
HELPER_EXE="$WORK/certmend-winhelper.exe"
"$MINGW_CXX" -o "$HELPER_EXE" "$OBJ/main.o" "$OBJ/HelperProtocol.o" "$OBJ/Base64.o" "${adapter[@]}" "${LIBS[@]}"
"$MINGW_CXX" -o "$WORK/certmend-contract.exe" "$OBJ/ContractDriver.o" "${adapter[@]}" "${LIBS[@]}"
echo "wine-contract: helper and driver cross-built after $(elapsed)"

# --- fixtures: a root, intermediates it issued, and a second root for the persistence check ----------------------
F="$WORK/fixtures"
mkdir -p "$F"
ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
openssl req -x509 "${ec[@]}" -keyout "$F/root.key" -out "$F/root.pem" -subj "/CN=CertMend Contract Root" -days 30 \
    2>/dev/null
printf 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n' >"$F/ext"
for name in int cli-int; do
    openssl req "${ec[@]}" -keyout "$F/$name.key" -out "$F/$name.csr" -subj "/CN=CertMend Contract $name" 2>/dev/null
    openssl x509 -req -in "$F/$name.csr" -CA "$F/root.pem" -CAkey "$F/root.key" -set_serial "$RANDOM" \
        -out "$F/$name.pem" -days 30 -extfile "$F/ext" 2>/dev/null
    openssl x509 -in "$F/$name.pem" -outform DER -out "$F/$name.der"
done
openssl req -x509 "${ec[@]}" -keyout "$F/persist.key" -outform DER -out "$F/persist.der" \
    -subj "/CN=CertMend Contract Persistence" -days 30 2>/dev/null
openssl x509 -in "$F/root.pem" -outform DER -out "$F/root.der"

# --- 3. Wine: fresh prefix, no display, no Mono/Gecko prompts; Windows 10 as an IIS server would report it -------
timeout 120 "$WINE" wineboot -i >/dev/null 2>&1 || true
timeout 120 "$WINE" winecfg -v win10 >/dev/null 2>&1 || true
echo "wine-contract: prefix ready after $(elapsed)"

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
check() { # check NAME COMMAND...: one pass or fail of the CLI end-to-end part (output in cli.log)
    local name=$1
    shift
    echo "== $name: $*" >>"$WORK/cli.log"
    if "$@" >>"$WORK/cli.log" 2>&1; then
        echo "  PASS   cli: $name"
        passed=$((passed + 1))
    else
        echo "  FAIL!  cli: $name"
        tail -15 "$WORK/cli.log" | sed 's/^/         /'
        failed=$((failed + 1))
    fi
}

run_driver() {
    local out="$WORK/driver-$1.txt"
    (cd "$F" && timeout 120 "$WINE" "$WORK/certmend-contract.exe" root.der int.der persist.der --phase "$1") \
        >"$out" 2>&1 || true
    sed 's/^/  /' "$out"
    tally "$out"
}
echo "wine-contract: driver (adapter, Qt-free)"
run_driver all
# wineserver -w returns once the server has saved the registry and exited: the next run is a true restart.
timeout 120 "$WINESERVER" -w || true
run_driver persist-check

# --- 4. Qt tests against the helper under Wine ---------------------------------------------------------------------
wait "$linux_build" || true
if [ "$(cat "$WORK/linux-build.status" 2>/dev/null || echo 1)" != 0 ]; then
    tail -30 "$WORK/linux-build.txt"
    echo "wine-contract: the Linux build failed; Qt tests and CLI skipped"
    failed=$((failed + 1))
    echo "wine-contract: took $(elapsed)"
    echo "$passed passed, $failed failed"
    exit 1
fi
echo "wine-contract: Linux targets built after $(elapsed)"
export CERTMEND_WINHELPER="$WINE $HELPER_EXE"
for test in core_StoreContract core_LiveEndToEnd; do
    echo "wine-contract: $test (helper under Wine)"
    out="$WORK/$test.txt"
    QT_QPA_PLATFORM=offscreen timeout 900 "$BUILD_DIR/tests/$test" >"$out" 2>&1 || true
    grep -E '^(PASS|FAIL|SKIP|Totals)|Loc:' "$out" | sed 's/^/  /'
    tally "$out"
done

# --- 5. the CLI end to end -----------------------------------------------------------------------------------------
echo "wine-contract: certmend-cli end to end"
CLI="$BUILD_DIR/app/certmend-cli"
helper() { # one request to a fresh helper process; prints the response line
    printf '%s\nquit\n' "$*" | timeout 120 "$WINE" "$HELPER_EXE" 2>/dev/null | head -1
}
listing() { helper list "$1" | tr ' ' '\n' | tail -n +2 | cut -d, -f1,2 | sort; }
keys() { # the findings of a scan JSON as "id|SHA1,SHA1" lines
    jq -r '.findings[] | .id + "|" + ([.certificates[]?.thumbprint] | sort | join(","))' "$1" | sort
}
has_finding() { jq -e --arg t "$2" '[.findings[] | select(.id == "root.not-self-signed") | .certificates[]?.thumbprint]
    | index($t) != null' "$1" >/dev/null; }
cli() { timeout 600 "$CLI" "$@"; }

SHA1=$(openssl x509 -in "$F/cli-int.der" -inform DER -noout -fingerprint -sha1 | sed 's/.*=//; s/://g')
ITEM="registry,$(base64 -w0 "$F/cli-int.der")"
E="$WORK/e2e"
mkdir -p "$E"
check "plant an intermediate in Root through the helper" \
    test "$(helper add Root "$(base64 -w0 "$F/cli-int.der")")" = "ok added"
listing Root >"$E/root-before.txt"
listing CA >"$E/ca-before.txt"
cli scan live --json >"$E/live.json" 2>"$E/live.err" || true
check "scan live: root.not-self-signed for it" has_finding "$E/live.json" "$SHA1"
check "snapshot OUT from the live machine" cli snapshot "$E/snapshot"
check "snapshot holds stores/Root/registry/$SHA1.cer" test -f "$E/snapshot/stores/Root/registry/$SHA1.cer"
cli scan "$E/snapshot" --json >"$E/snapshot.json" 2>"$E/snapshot.err" || true
keys "$E/live.json" >"$E/live-keys.txt"
keys "$E/snapshot.json" >"$E/snapshot-keys.txt"
check "scan of the export: the same findings (ids + thumbprints) as live" \
    diff "$E/live-keys.txt" "$E/snapshot-keys.txt"
not_elevated() { # refused before anything is written, with the words the user needs
    ! cli fix "live:$WINE $HELPER_EXE --simulate-not-elevated" --backup "$E/refused" --yes >/dev/null 2>"$E/refused.err" &&
        grep -q "Run as administrator" "$E/refused.err" && [ ! -e "$E/refused" ]
}
check "fix without administrator rights: refused before any backup" not_elevated
root_unchanged() { listing Root | diff - "$E/root-before.txt" >/dev/null; }
check "Root unchanged after the refusal" root_unchanged
check "fix live --backup DIR --yes" cli fix live --backup "$E/backups" --yes
cli scan live --json >"$E/after.json" 2>/dev/null || true
gone() { [ -s "$E/after.json" ] && ! has_finding "$E/after.json" "$SHA1"; }
check "re-scan: the finding is gone" gone
listing CA >"$E/ca-after.txt"
listing Root >"$E/root-after.txt"
check "CA holds it now" grep -qxF "$ITEM" "$E/ca-after.txt"
not_in_root() { ! grep -qxF "$ITEM" "$E/root-after.txt"; }
check "Root no longer holds it" not_in_root
bundle=$(find "$E/backups" -mindepth 1 -maxdepth 1 -type d | head -1)
check "restore BUNDLE --into live --yes" cli restore "$bundle" --into live --yes
listing Root >"$E/root-restored.txt"
listing CA >"$E/ca-restored.txt"
check "Root listing equals the one before" diff "$E/root-before.txt" "$E/root-restored.txt"
check "CA listing equals the one before" diff "$E/ca-before.txt" "$E/ca-restored.txt"
helper remove Root "$SHA1" >/dev/null

echo "wine-contract: took $(elapsed)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
