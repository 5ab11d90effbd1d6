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
