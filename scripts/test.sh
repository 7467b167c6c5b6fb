#!/usr/bin/env bash
# Build everything and run every test headless (QT_QPA_PLATFORM=offscreen), benchmarks included; then the
# live-machine contract against Wine's crypt32 and registry (scripts/wine-contract.sh; CERTMEND_SKIP_WINE=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default -j2 "$@"
if [ "${CERTMEND_SKIP_WINE:-0}" != 1 ]; then
    scripts/wine-contract.sh
fi
