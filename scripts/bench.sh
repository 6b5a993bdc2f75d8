#!/usr/bin/env bash
# Benchmarks that print figures (not tests): search latency per keystroke on the embedded and a
# 100× synthetic dataset, the size of a first visit to the built site (raw, gzip -9, brotli), the
# static-first table (bytes, TBT, ready, FCP/LCP, route switches and binary sizes against the same
# site without scripts), in-browser search latency, Lighthouse on home, a topic and figures, and
# large-dataset timings, and the `counterpoint` command's build and live-reload times.
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
node scripts/bench-static.mjs dist --runs 10
echo
node scripts/bench-load.mjs dist --search-only
echo
bash scripts/lighthouse.sh "" topics/tariffs/ figures/
echo
# The counterpoint command: build (built-in, 40×) and serve's save-to-reloaded.
node scripts/bench-command.mjs --runs 5
echo
# Large datasets: 1×, 10×, 40× and the largest multiple under the 20 MB limit, opened in the
# full app (several minutes).
node scripts/bench-large.mjs dist --runs 3
