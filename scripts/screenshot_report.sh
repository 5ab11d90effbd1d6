#!/usr/bin/env bash
# Takes a screenshot of an Exoscope HTML report page with headless Chromium (Debian package `chromium`).
# Usage: scripts/screenshot_report.sh REPORT.html OUT.png [WIDTH] [HEIGHT]
# Not run by CI: used for the browser check documented in docs/report-check.md.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 REPORT.html OUT.png [WIDTH] [HEIGHT]" >&2
    exit 2
fi
page="$(realpath "$1")"
out="$(realpath -m "$2")"
width="${3:-1000}"
height="${4:-4000}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    echo "error: chromium not found (install it with: apt-get install -y chromium)" >&2
    exit 1
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# No network is needed: the page is self-contained. --no-sandbox because CI and dev machines run as root.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size="${width},${height}" --screenshot="$out" "file://$page" >/dev/null 2>&1
test -s "$out" || { echo "error: no screenshot written to $out" >&2; exit 1; }
echo "$out"
