#!/usr/bin/env bash
# Runs every test: formatting and lints, native unit and dataset tests, component tests in
# headless Chromium (wasm-bindgen-test), then the release site built, prerendered, served as
# static files and driven end to end in headless Chromium. Sets the machine up first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --quiet --workspace --all-targets --features ssr,counterpoint-core/schema -- -D warnings

step "native tests (model, analysis, dataset against its sources)"
cargo test --workspace --features ssr,counterpoint-core/schema

step "component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="$(command -v chromedriver)" \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cp_wasm cargo test --target wasm32-unknown-unknown -p counterpoint --test web

step "release build: the WebAssembly assets once, then \`counterpoint build\` (at the root, under a sub-path, and a shelf of both datasets)"
bash scripts/build.sh
bash scripts/build.sh --public-url /counterpoint/ --dist target/dist-sub
rm -rf target/shelf
target/release/counterpoint build data/us-china-2025.json data/examples/us-japan-2019.json \
  -o target/shelf --base-url /briefings/ --assets target/site-assets

step "a large dataset for the end-to-end tests (the built-in one × 40, about 8 MB)"
cargo run --quiet --release -p counterpoint-core --example synthetic_dataset -- 40 target/synthetic-40.json

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
