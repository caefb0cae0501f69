#!/bin/sh
# Output/report-screenshot.png, the README's picture of the report: headless Chromium draws Output/chile.html
# (which `make demo` writes just before running this). Tests never write into the source tree; this script does,
# on purpose. Usage: scripts/report-screenshot.sh [REPORT.html [OUT.png]]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPORT=${1:-$ROOT/Output/chile.html}
OUT=${2:-$ROOT/Output/report-screenshot.png}
REPORT=$(cd "$(dirname "$REPORT")" && pwd)/$(basename "$REPORT")
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
    echo "report-screenshot: Chromium is not installed (make browser); $OUT left as it was" >&2
    exit 0
fi
"$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
    --screenshot="$OUT" "file://$REPORT" 2>/dev/null
echo "$OUT"
