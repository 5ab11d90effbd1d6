#!/usr/bin/env bash
# Builds the self-contained `exoscope` (Swift runtime linked in statically, classifier models
# compiled in) and copies that one file into PREFIX/bin (default ~/.local).
#
#   scripts/install.sh [PREFIX]
#
# EXOSCOPE_SCRATCH=DIR builds in DIR instead of .build (keeps a test build's folder untouched).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-$HOME/.local}
flags=(-c release --static-swift-stdlib --product exoscope)
[ -n "${EXOSCOPE_SCRATCH:-}" ] && flags+=(--scratch-path "$EXOSCOPE_SCRATCH")

./scripts/setup.sh
# The static link needs libcurl's link-time library (FoundationNetworking, used by `exoscope fetch`,
# calls libcurl; the executable then loads libcurl.so.4 at run time, as the dynamic build does).
if command -v dpkg >/dev/null && ! dpkg -s libcurl4-openssl-dev >/dev/null 2>&1; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq libcurl4-openssl-dev
fi
swift build "${flags[@]}"
built="$(swift build "${flags[@]}" --show-bin-path)/exoscope"
mkdir -p "$prefix/bin"
install -m 755 "$built" "$prefix/bin/exoscope.new"
mv -f "$prefix/bin/exoscope.new" "$prefix/bin/exoscope"   # atomic: a running copy keeps its file
echo "installed $prefix/bin/exoscope ($(du -h "$prefix/bin/exoscope" | cut -f1))"
"$prefix/bin/exoscope" --version
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on PATH; add it with: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
