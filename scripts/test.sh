#!/usr/bin/env bash
# Build everything and run every test headless (QT_QPA_PLATFORM=offscreen), benchmarks included.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default -j2 "$@"
