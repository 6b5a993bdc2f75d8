#!/usr/bin/env bash
# Installs what Counterpoint needs, and nothing that is already present. Safe to run again: a
# second run only checks. Works on a laptop where rustup can add the wasm target, and on
# machines where it cannot (Debian's rustc-web + std sources route).
# Usage: scripts/setup.sh [--for build|test]. `build` (scripts/serve.sh): the Rust wasm
# toolchain, Trunk, wasm-bindgen and wasm-opt. `test` (the default, scripts/test.sh): also
# headless Chromium and its driver, and the npm test tools (Playwright, axe-core).
set -euo pipefail
cd "$(dirname "$0")/.."
purpose=test
if [ "${1:-}" = --for ]; then purpose="${2:?--for build|test}"; fi
case "$purpose" in build|test) ;; *) echo "setup.sh: --for build or --for test" >&2; exit 2 ;; esac

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
: "${WASM_BINDGEN_VERSION:?could not read the pinned wasm-bindgen version from Cargo.toml}"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

SUDO=""
if [ "$(id -u)" != 0 ] && have sudo; then SUDO="sudo"; fi
apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! have apt-get; then log "please install: ${missing[*]}"; return 1; fi
  if [ $apt_updated = 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# 1. A Rust toolchain that can build for wasm32-unknown-unknown.
mkdir -p .tools
route=""
if have rustup && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  route=rustup
elif have rustup && timeout 30 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
  route=rustup
else
  log "rustup cannot add wasm32-unknown-unknown here: using Debian's rustc-web with -Zbuild-std"
  apt_install rustc-web cargo-web rust-web-src lld-22
  route=debian
fi
echo "$route" > .tools/wasm-route
log "wasm toolchain route: $route"
# Std sources, for the release build's size lever (build-std + panic=immediate-abort, see
# cp_wasm_release in scripts/env.sh): rustup's rust-src, else Debian's rustc-web and its
# sources. Optional: without them the release build is the plain one, only larger.
if [ "$route" = rustup ] && ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  if ! timeout 60 rustup component add rust-src >/dev/null 2>&1; then
    log "rustup cannot add rust-src here: trying Debian's rustc-web and std sources for release builds"
    apt_install rustc-web cargo-web rust-web-src lld-22 || log "no std sources: release builds stay plain (larger)"
  fi
fi

# 2. Headless Chromium and its driver, for browser tests and screenshots (tests only).
if [ "$purpose" = test ]; then
  if ! have chromium && ! have chromium-browser && ! have google-chrome; then
    apt_install chromium chromium-driver fonts-noto-cjk
  elif ! have chromedriver; then
    apt_install chromium-driver
  fi
  # CJK font so Chinese names render in screenshots (not needed by the app itself).
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || apt_install fonts-noto-cjk || true
fi

# 3. Cargo tools, pinned to versions that install on rustc 1.95.
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (several minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --quiet
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Not --locked: its lock file pins a crate version some registries do not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
fi

# 4. npm tools: wasm-opt (binaryen) to build; Playwright driving the system Chromium and axe-core
# to test (devDependencies).
if [ ! -x node_modules/.bin/wasm-opt ] || { [ "$purpose" = test ] && [ ! -d node_modules/playwright-core ]; } \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  have npm || apt_install nodejs npm
  if [ "$purpose" = test ]; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  else
    log "npm ci --omit=dev (wasm-opt only)"
    npm ci --omit=dev --no-audit --no-fund --loglevel=error
  fi
fi

log "ready ($purpose)"
