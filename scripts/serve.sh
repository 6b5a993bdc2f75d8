#!/usr/bin/env bash
# Sets up the machine if needed, builds the release site and serves it on
# http://127.0.0.1:8080 (PORT=… to change). Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --for build
bash scripts/build.sh
exec node scripts/serve.mjs dist --port "${PORT:-8080}"
