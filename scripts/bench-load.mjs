// First-load benchmark: the release build against a plain static page with the same briefing
// (the prerendered HTML with every script removed: no framework, no WASM), both served by the
// same local static server and loaded cold in headless Chromium. Prints medians and ratios;
// asserts nothing. Also: route-switch render time and in-browser search latency (p50/p95).
// Usage: node scripts/bench-load.mjs [DIST] [--runs 10]
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { startSite, launch } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) || "dist");
const runs = Number(args[args.indexOf("--runs") + 1]) || 10;

// The floor: the same prerendered page, scripts and preloads stripped.
const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-floor-"));
const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
const plain = html
  .replace(/<script[\s\S]*?<\/script>/g, "")
  .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, "");
fs.writeFileSync(path.join(floorDir, "index.html"), plain);
for (const f of fs.readdirSync(dist)) if (/\.(css|svg)$/.test(f)) fs.copyFileSync(path.join(dist, f), path.join(floorDir, f));

// Records the moment the app marks itself hydrated.
const WATCH = `new MutationObserver(() => { if (document.documentElement.dataset.hydrated === "true" && !window.__cpHydratedAt) window.__cpHydratedAt = performance.now(); }).observe(document.documentElement, { attributes: true });`;

const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.round((s.length - 1) * p)]; };

async function coldLoads(browser, url, { waitHydrated }) {
  const out = { fcp: [], ready: [], bytes: [] };
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(WATCH);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    let bytes = 0;
    cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
    await page.goto(url, { waitUntil: "load" });
    if (waitHydrated) await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
    const t = await page.evaluate(() => new Promise((ok) => {
      // The paint entry may land after load: wait for it (buffered), at most 3 s.
      const done = (fcp) => ok({ fcp, now: performance.now() });
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.name === "first-contentful-paint");
        if (e) done(e.startTime);
      }).observe({ type: "paint", buffered: true });
      setTimeout(() => done(NaN), 3000);
    }));
    // Ready: hydrated for the app (measured as the moment the flag was seen), load for the floor.
    const ready = waitHydrated ? await page.evaluate(() => window.__cpHydratedAt ?? performance.now()) : await page.evaluate(() => performance.timing.loadEventEnd - performance.timing.navigationStart);
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
  const a = await coldLoads(browser, app.url(), { waitHydrated: true });
  const f = await coldLoads(browser, floor.url(), { waitHydrated: false });
  const row = (name, x) => `| ${name} | ${median(x.fcp).toFixed(0)} ms | ${median(x.ready).toFixed(0)} ms | ${(median(x.bytes) / 1024).toFixed(1)} KB |`;
  console.log(`Cold loads of the home page, ${runs} each, medians (headless Chromium, no throttling, loopback):`);
  console.log("| page | first contentful paint | ready (app: hydrated; plain: load) | bytes over the wire |");
  console.log("| --- | ---: | ---: | ---: |");
  console.log(row("Counterpoint (prerendered + WASM)", a));
  console.log(row("plain static HTML, same content", f));
  console.log(`ratios app/plain: FCP ${(median(a.fcp) / median(f.fcp)).toFixed(2)}× (target ≤ 1.2×), ready ${(median(a.ready) / median(f.ready)).toFixed(2)}×, bytes ${(median(a.bytes) / median(f.bytes)).toFixed(1)}×`);

  // Route switches: click through every topic from the compare page and time click → new h1 painted.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(app.url("compare/"));
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
  const switches = [];
  const frames = [];
  for (let round = 0; round < 3; round++) {
    const n = await page.locator("table.matrix tbody tr").count();
    for (let i = 0; i < n; i++) {
      const [render, frame] = await page.evaluate(async (i) => {
        const before = document.querySelector("h1").textContent;
        const link = document.querySelectorAll("table.matrix tbody tr th a")[i];
        // Render time: click until the new page is in the DOM (observed as it is committed).
        // Frame time: until the next animation frame after that, i.e. the paint (includes the
        // wait for the display's next vsync, up to 16.7 ms at 60 Hz).
        let rendered;
        const done = new Promise((ok) => {
          const obs = new MutationObserver(() => {
            if (document.querySelector("h1")?.textContent !== before) {
              rendered = performance.now();
              obs.disconnect();
              requestAnimationFrame(() => ok(performance.now()));
            }
          });
          obs.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
        const t0 = performance.now();
        link.click();
        const painted = await done;
        return [rendered - t0, painted - t0];
      }, i);
      switches.push(render);
      frames.push(frame);
      await page.goBack();
      await page.waitForSelector("table.matrix");
    }
  }
  console.log(`\nroute switch (compare → topic, ${switches.length} switches), click to new page in the DOM: p50 ${pct(switches, 0.5).toFixed(1)} ms, p95 ${pct(switches, 0.95).toFixed(1)} ms (target p95 ≤ 16 ms)`);
  console.log(`route switch, click to the next frame after it (adds the wait for vsync): p50 ${pct(frames, 0.5).toFixed(1)} ms, p95 ${pct(frames, 0.95).toFixed(1)} ms`);

  // Search in the browser: time from input to results rendered, per keystroke.
  await page.goto(app.url("search/"));
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
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
  console.log(`search in the browser (embedded dataset, ${keys.length} keystrokes), input to results in the DOM: p50 ${pct(keys, 0.5).toFixed(1)} ms, p95 ${pct(keys, 0.95).toFixed(1)} ms; to the next frame: p50 ${pct(keyFrames, 0.5).toFixed(1)} ms, p95 ${pct(keyFrames, 0.95).toFixed(1)} ms`);
  await ctx.close();
} finally {
  await browser.close();
  await app.close();
  await floor.close();
  fs.rmSync(floorDir, { recursive: true, force: true });
}
