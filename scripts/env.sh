# Sourced by the build and test scripts: puts the project's tools on PATH and, where rustup
# cannot provide the wasm target, selects Debian's rustc-web with std built from source.
# Only wasm commands should run with CP_WASM_ENV applied (see cp_wasm).
CP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$CP_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
CP_ROUTE="$(cat "$CP_ROOT/.tools/wasm-route" 2>/dev/null || echo rustup)"

# Runs a command in the wasm build environment (target dir: CP_WASM_TARGET_DIR, else target/web).
cp_wasm() {
  local target_dir="${CP_WASM_TARGET_DIR:-$CP_ROOT/target/web}"
  if [ "$CP_ROUTE" = debian ]; then
    env RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld \
      CARGO_TARGET_DIR="$target_dir" \
      PATH="/usr/bin:$PATH" "$@"
  else
    env CARGO_TARGET_DIR="$target_dir" "$@"
  fi
}

# Runs a wasm *release* build command (`trunk build --release`) with std rebuilt from source and
# `-Cpanic=immediate-abort`: a panic becomes a bare trap, so the panic machinery and every panic
# message leave the binary. Tests keep `cp_wasm`, where panic messages matter. It needs the std
# sources of the rustc in use (Debian's `rust-web-src`, or rustup's `rust-src` component, with
# `RUSTC_BOOTSTRAP=1` for the -Z flags on stable); without them, the plain release build.
# Own target dir: other RUSTFLAGS would make the test builds and this one rebuild each other.
# Prints the route taken. CP_WASM_MIN=0 forces the plain build.
cp_wasm_release() {
  local src=""
  local route="$CP_ROUTE"
  if [ "${CP_WASM_MIN:-1}" = 0 ]; then
    :
  elif [ "$CP_ROUTE" = debian ]; then
    [ -d /usr/lib/rustlib/src/rust/library ] && src="Debian rust-web-src"
  elif [[ "$(cd "$CP_ROOT" && rustup component list --installed 2>/dev/null)" == *rust-src* ]] &&
    [ -d "$(cd "$CP_ROOT" && rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
    src="rustup rust-src"
  elif [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust/library ] && [ -x /usr/lib/llvm-22/bin/wasm-ld ]; then
    # rustup without rust-src, but Debian's rustc-web and its std sources are installed.
    src="Debian rust-web-src (rustup has no rust-src)"
    route=debian
  fi
  if [ -z "$src" ]; then
    echo "cp_wasm_release: plain release build (no std sources: Debian rust-web-src or rustup's rust-src enables build-std + panic=immediate-abort)" >&2
    cp_wasm "$@"
    return
  fi
  echo "cp_wasm_release: build-std + panic=immediate-abort ($src), target/web-min" >&2
  (
    # Keep flags the caller already set for the wasm target.
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:+$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS }-Zunstable-options -Cpanic=immediate-abort"
    # The debian branch of cp_wasm sets these already.
    export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    CP_WASM_TARGET_DIR="$CP_ROOT/target/web-min"
    CP_ROUTE="$route"
    cp_wasm "$@"
  )
}
