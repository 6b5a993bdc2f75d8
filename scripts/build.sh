#!/usr/bin/env bash
# Builds the release site into dist/: Trunk (WASM, wasm-opt, hashed assets), then every route
# prerendered to static HTML. Usage: scripts/build.sh [--public-url /sub/path/] [--dist DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
public_url=/
dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) public_url="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$public_url" in */) ;; *) public_url="$public_url/" ;; esac
rm -rf "$dist"
cp_wasm_release trunk build --release --public-url "$public_url" --dist "$dist"
# Example datasets and the JSON Schema, for the Dataset page (`?dataset=datasets/…`).
mkdir -p "$dist/datasets"
cp data/examples/*.json "$dist/datasets/" 2>/dev/null || true
[ -f schema/dataset.schema.json ] && cp schema/dataset.schema.json "$dist/datasets/schema.json"
cargo run --quiet --release --features ssr --bin prerender -- "$dist" "$public_url"
