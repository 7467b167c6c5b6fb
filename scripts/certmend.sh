#!/usr/bin/env bash
# Build and start the wizard on the default training scenario. Extra arguments go to the wizard.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec build/app/certmend "$@"
