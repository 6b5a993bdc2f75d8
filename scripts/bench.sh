#!/usr/bin/env bash
# Benchmarks that print figures (not tests): search latency per keystroke on the embedded and a
# 100× synthetic dataset, the size of a first visit to the built site (raw, gzip -9, brotli), load
# and route-switch timings against the same page without scripts, and large-dataset timings.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo run --quiet --release -p counterpoint-core --example bench_search
echo
[ -f dist/index.html ] || bash scripts/build.sh >/dev/null
node scripts/size.mjs dist
echo
bash scripts/size-floor.sh
echo
node scripts/bench-load.mjs dist --runs 10
echo
# Large datasets: 1×, 10×, 40× and the largest multiple under the 20 MB limit, opened in the
# full app (several minutes).
node scripts/bench-large.mjs dist --runs 3
