//! The static page's entry point: hydrates its islands (see `counterpoint::islands`).

fn main() {
    counterpoint::islands::start();
}

// Talc instead of Rust's default WebAssembly allocator (dlmalloc): smaller. The binary is
// single-threaded (no `atomics` target feature), which `WasmDynamicTalc` requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
