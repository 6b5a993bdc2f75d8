# Sourced by the build and test scripts: puts the project's tools on PATH and, where rustup
# cannot provide the wasm target, selects Debian's rustc-web with std built from source.
# Only wasm commands should run with CP_WASM_ENV applied (see cp_wasm).
CP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$CP_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
CP_ROUTE="$(cat "$CP_ROOT/.tools/wasm-route" 2>/dev/null || echo rustup)"

# Runs a command in the wasm build environment.
cp_wasm() {
  if [ "$CP_ROUTE" = debian ]; then
    env RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld \
      CARGO_TARGET_DIR="$CP_ROOT/target/web" \
      PATH="/usr/bin:$PATH" "$@"
  else
    env CARGO_TARGET_DIR="$CP_ROOT/target/web" "$@"
  fi
}
