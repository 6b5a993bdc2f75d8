#!/usr/bin/env bash
# Fuzzes the dataset loader (`parse_dataset`) with cargo-fuzz / libFuzzer for a bounded time.
#   bash scripts/fuzz.sh [SECONDS]      default 300
# Seeds: the embedded dataset, the example datasets, the invalid fixtures and past crashes
# (fuzz/regressions/). A crash is saved under fuzz/artifacts/parse_dataset/; copy it into
# fuzz/regressions/ once fixed, so that `cargo test` replays it forever (crates/core/tests/suite/properties.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2; }

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  cat >&2 <<'MSG'
cargo fuzz needs a nightly toolchain (libFuzzer's sanitizer flags are nightly-only), and none
is installed. Install it with:  rustup toolchain install nightly
The property tests (cargo test -p counterpoint-core --test suite properties) cover the same loader on stable.
MSG
  exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz (once)..."
  cargo +nightly install cargo-fuzz --locked
fi

corpus=fuzz/corpus/parse_dataset
mkdir -p "$corpus"
cp data/*.json data/examples/*.json crates/core/tests/fixtures/*.json crates/core/tests/fixtures/invalid/*.json "$corpus"/
shopt -s nullglob
for f in fuzz/regressions/*; do cp "$f" "$corpus"/; done

# One job: the machine is shared. -max_len=64 kB keeps the example dataset whole while the
# 240 kB embedded one is cut (seeds longer than that are truncated): whole-size mutations of
# it ran at ~40 executions a second, small ones at hundreds.
cargo +nightly fuzz run parse_dataset "$corpus" -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
