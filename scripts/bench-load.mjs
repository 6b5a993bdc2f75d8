// First-load benchmark: the release build's home page against a plain static page with the same
// briefing (the prerendered HTML with every script removed: no framework, no WASM), both served
// by the same local static server and loaded cold in headless Chromium; and in-browser search
// latency (p50/p95) in the full app on /search/. Prints medians and ratios; asserts nothing.
// Every reading page, TBT, LCP and route switches: scripts/bench-static.mjs.
// Usage: node scripts/bench-load.mjs [DIST] [--runs 10] [--search-only]
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { startSite, launch } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) || "dist");
const runs = Number(args[args.indexOf("--runs") + 1]) || 10;
const searchOnly = args.includes("--search-only");

// The floor: the same prerendered page, scripts and preloads stripped.
const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-floor-"));
const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
const plain = html
  .replace(/<script\b[\s\S]*?<\/script>/g, "")
  .replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g, "");
fs.writeFileSync(path.join(floorDir, "index.html"), plain);
for (const f of fs.readdirSync(dist)) if (/\.(css|svg)$/.test(f)) fs.copyFileSync(path.join(dist, f), path.join(floorDir, f));

// Records the moment every island of the static page is live (`<html data-live="islands">`).
// It watches the document: the <html> element may not exist yet when this runs.
const WATCH = `new MutationObserver(() => { if (document.documentElement?.dataset.live === "islands" && !window.__cpLiveAt) window.__cpLiveAt = performance.now(); }).observe(document, { attributes: true, attributeFilter: ["data-live"], subtree: true, childList: true });`;

const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.round((s.length - 1) * p)]; };

async function coldLoads(browser, url, { waitLive }) {
  const out = { fcp: [], ready: [], bytes: [] };
  for (let i = 0; i < runs; i++) {
    // No service worker: its precache would download the whole site during the measurement.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
    await ctx.addInitScript(WATCH);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    let bytes = 0;
    cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
    await page.goto(url, { waitUntil: "load" });
    if (waitLive) await page.waitForFunction(() => document.documentElement.dataset.live === "islands", null, { timeout: 30000 });
    const t = await page.evaluate(() => new Promise((ok) => {
      // The paint entry may land after load: wait for it (buffered), at most 3 s.
      const done = (fcp) => ok({ fcp, now: performance.now() });
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.name === "first-contentful-paint");
        if (e) done(e.startTime);
      }).observe({ type: "paint", buffered: true });
      setTimeout(() => done(NaN), 3000);
    }));
    // Ready: every island live for the app (the moment the marker was seen), load for the floor.
    const ready = waitLive ? await page.evaluate(() => window.__cpLiveAt ?? performance.now()) : await page.evaluate(() => performance.timing.loadEventEnd - performance.timing.navigationStart);
    await page.waitForTimeout(100);
    out.fcp.push(t.fcp);
    out.ready.push(ready);
    out.bytes.push(bytes);
    await ctx.close();
  }
  return out;
}

const app = await startSite({ dir: dist });
const floor = await startSite({ dir: floorDir });
const browser = await launch();
try {
  if (!searchOnly) {
    const a = await coldLoads(browser, app.url(), { waitLive: true });
    const f = await coldLoads(browser, floor.url(), { waitLive: false });
    const row = (name, x) => `| ${name} | ${median(x.fcp).toFixed(0)} ms | ${median(x.ready).toFixed(0)} ms | ${(median(x.bytes) / 1024).toFixed(1)} KB |`;
    console.log(`Cold loads of the home page, ${runs} each, medians (headless Chromium, no throttling, loopback):`);
    console.log("| page | first contentful paint | ready (app: every island live; plain: load) | bytes over the wire |");
    console.log("| --- | ---: | ---: | ---: |");
    console.log(row("Counterpoint (prerendered + islands)", a));
    console.log(row("plain static HTML, same content", f));
    console.log(`ratios app/plain: FCP ${(median(a.fcp) / median(f.fcp)).toFixed(2)}× (target ≤ 1.2×), ready ${(median(a.ready) / median(f.ready)).toFixed(2)}×, bytes ${(median(a.bytes) / median(f.bytes)).toFixed(1)}×\n`);
  }

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  // Search in the browser: time from input to results rendered, per keystroke.
  // /search/ starts the full app at once: wait until it has taken over.
  await page.goto(app.url("search/"));
  await page.waitForFunction(() => document.documentElement.dataset.live === "workshop", null, { timeout: 30000 });
  const keys = [];
  const keyFrames = [];
  for (const q of ["fentanyl", "rare earth leverage", "bessent", "china", "145%"]) {
    for (let k = 1; k <= q.length; k++) {
      const ms = await page.evaluate(async (text) => {
        const input = document.getElementById("search-input");
        const t0 = performance.now();
        input.value = text;
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        // Yew renders in a scheduled task: a zero timeout runs after it.
        await new Promise((ok) => setTimeout(ok, 0));
        const rendered = performance.now() - t0;
        await new Promise((ok) => requestAnimationFrame(() => ok()));
        return [rendered, performance.now() - t0];
      }, q.slice(0, k));
      keys.push(ms[0]);
      keyFrames.push(ms[1]);
    }
  }
  console.log(`search in the browser (built-in dataset, ${keys.length} keystrokes), input to results in the DOM: p50 ${pct(keys, 0.5).toFixed(1)} ms, p95 ${pct(keys, 0.95).toFixed(1)} ms; to the next frame: p50 ${pct(keyFrames, 0.5).toFixed(1)} ms, p95 ${pct(keyFrames, 0.95).toFixed(1)} ms`);
  await ctx.close();
} finally {
  await browser.close();
  await app.close();
  await floor.close();
  fs.rmSync(floorDir, { recursive: true, force: true });
}
