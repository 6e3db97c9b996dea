#!/usr/bin/env bash
# Regenerates reference.json: face descriptors computed by @vladmandic/face-api's own JavaScript
# implementation for the chips listed in chips.txt. Needs node/npm, a build (build/bin), the
# weights (scripts/fetch-models --dir build/models) and the shared data sets.
#   CAMPUSDESK_TEST_DATA=../shared tests/vision/golden/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
: "${CAMPUSDESK_TEST_DATA:?point CAMPUSDESK_TEST_DATA at the folder with datasets/lfw-dev}"
models="${CAMPUSDESK_MODEL_DIR:-$root/build/models}"
chips=$(mktemp -d)
trap 'rm -rf "$chips"' EXIT

(cd "$here" && npm ci --no-audit --no-fund --silent)
# The C++ test writes the exact chips it describes (central 150x150 crops, decoded by OpenCV)
# as PPM, so both sides see the same pixels.
CAMPUSDESK_GOLDEN_DUMP="$chips" CAMPUSDESK_MODEL_DIR="$models" CAMPUSDESK_TEST_SOURCE_DIR="$root" \
  "$root/build/bin/tst_facedescriptornet" matchesTheJavaScriptReference >/dev/null || true
[ -f "$chips/0.ppm" ] || { echo "generate.sh: no chips were written" >&2; exit 1; }
node "$here/generate.js" "$chips" "$models" "$here/reference.json"
