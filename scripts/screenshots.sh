#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the wizard walks the default training scenario from Welcome to Done (on a
# writable copy) and saves each page. Runs offscreen (no display needed); with SCREENSHOTS_XVFB=1 under Xvfb,
# which renders fonts like a desktop session.
#
#   scripts/screenshots.sh [BUILD_DIR] [SCENARIO]      default: build, the catalog's default scenario
#
# Settings, the training copy and the backup go to a throw-away home, so the pictures show neutral paths and
# nothing of the person running it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scenario=${2:-}
binary="$build/app/certmend"
if [ ! -x "$binary" ]; then
    cmake --build "$build" --target certmend
fi

home=$(mktemp -d /tmp/certmend-screenshots.XXXXXX)
trap 'rm -rf "$home"' EXIT
out="$home/shots"
args=(--screenshots "$out")
if [ -n "$scenario" ]; then
    args+=(--scenario "$scenario")
fi

run() {
    env -i PATH="$PATH" HOME="$home/helpdesk" LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 \
        XDG_CONFIG_HOME="$home/helpdesk/.config" XDG_DATA_HOME="$home/helpdesk/.local/share" \
        XDG_RUNTIME_DIR="$home/runtime" "$@"
}
mkdir -p "$home/helpdesk/Documents" "$home/runtime"
chmod 700 "$home/runtime"
if [ "${SCREENSHOTS_XVFB:-0}" = 1 ] && command -v xvfb-run >/dev/null; then
    run xvfb-run -a -s "-screen 0 1280x900x24" "$binary" "${args[@]}"
else
    run env QT_QPA_PLATFORM=offscreen "$binary" "${args[@]}"
fi

mkdir -p docs/screenshots
rm -f docs/screenshots/[0-9][0-9]-*.png
cp "$out"/*.png docs/screenshots/
ls -l docs/screenshots/*.png
