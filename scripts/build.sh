#!/usr/bin/env bash
# Set up (apt-get what is missing), configure and build with the default preset.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ ! -f build/build.ninja ]; then
    cmake --preset default >/dev/null
fi
cmake --build --preset default
