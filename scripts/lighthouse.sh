#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the built home page,
# served locally, with the system Chromium. Installs lighthouse@12.8.2 into .tools/ on first use
# (kept out of the test path: it is large). Usage: scripts/lighthouse.sh [URL-PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -f dist/index.html ] || bash scripts/build.sh >/dev/null
if [ ! -x .tools/lh/node_modules/.bin/lighthouse ]; then
  npm install --silent --no-audit --no-fund --prefix .tools/lh lighthouse@12.8.2 >/dev/null
fi
port=8791
node scripts/serve.mjs dist --port $port >/dev/null & server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 0.5
out=$(mktemp -d)
CHROME_PATH="$(command -v chromium || command -v chromium-browser)" .tools/lh/node_modules/.bin/lighthouse \
  "http://127.0.0.1:$port/${1:-}" --quiet --output=json --output-path="$out/report.json" \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update" >/dev/null 2>&1 || true
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const c = r.categories;
console.log(`Lighthouse ${r.lighthouseVersion}, ${r.finalDisplayedUrl}`);
console.log("| performance | accessibility | best practices | SEO | FCP | LCP | TBT |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
const a = r.audits;
console.log(`| ${Math.round(c.performance.score*100)} | ${Math.round(c.accessibility.score*100)} | ${Math.round(c["best-practices"].score*100)} | ${Math.round(c.seo.score*100)} | ${a["first-contentful-paint"].displayValue} | ${a["largest-contentful-paint"].displayValue} | ${a["total-blocking-time"].displayValue} |`);
const failed = Object.values(a).filter((x) => x.score !== null && x.score < 1 && ["accessibility","seo","best-practices"].some((k) => c[k].auditRefs.some((ref) => ref.id === x.id && ref.weight > 0)));
for (const f of failed) console.log(`- ${f.id}: ${f.title}`);
' "$out/report.json"
