// Static-first benchmark (issue #11): the built site against the SAME site with every script
// stripped (every HTML file without <script> and without modulepreload/preload links; CSS,
// icons and data copied), both served by the same local static server (gzip, as static hosts
// do) and loaded in headless Chromium with a cold cache and service workers blocked (the first
// visit of a reader, not the service worker's precache). For home, a topic, figures and the
// largest reading page it prints one Markdown table of medians:
// - first visit: bytes over the wire (CDP encodedDataLength) and gzip -9 of the files it needs;
// - Total Blocking Time at 4× CPU, from first contentful paint until ready plus a 1 s quiet window;
// - ready: load event end (the islands load on intent, #23: a reading page is ready when the
//   plain one is), without throttling and at 4× CPU;
// - first interaction with each island kind on a cold page (pin, pinned count, copy citation,
//   Cite copy, shortcuts "?", timeline filter, theme): from the reader's press to the response
//   on screen, which includes fetching and starting the islands binary; p95, unthrottled and at
//   4× CPU;
// - FCP and LCP, and whether LCP is FCP;
// - route switch compare → topic (hover 300 ms, click): click to new content painted, p50/p95,
//   and whether the page came from a speculation-rules prerender;
// - islands and workshop binaries, gzip -9.
// Says ok/MISS against the issue's targets; asserts nothing (exit 0).
// Usage: node scripts/bench-static.mjs [DIST] [--runs 5] [--only loads|interactions|switches] [--hover 300]
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import zlib from "node:zlib";
import { spawn } from "node:child_process";
import { startSite, launch } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const source = path.resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) || "dist");
const runs = Number(opt("--runs", "5")) || 5;
// --only loads | interactions | switches: one part alone (for example to check speculation rules quickly).
const only = opt("--only", "all");
// --hover MS: how long the pointer rests on a link before the click (a "moderate" rule starts
// prerendering after 200 ms).
const hoverMs = Number(opt("--hover", "300"));
const KB = 1024;
const QUIET_MS = 1000;

const median = (v) => { const s = v.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const pct = (v, p) => { const s = v.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.round((s.length - 1) * p)] : NaN; };
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function walk(dir, rel = "") {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = path.join(rel, e.name);
    return e.isDirectory() ? walk(dir, r) : [r];
  });
}

// A snapshot of the build, so that a rebuild during the run does not mix two builds.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), "cp-app-"));
fs.cpSync(source, dist, { recursive: true });
// No service worker anywhere in the run: its precache would download the whole site while a
// page is measured. The cold loads block it through Playwright; the route switches cannot (an
// init script does not reach a prerendered page), so the snapshot goes without sw.js (the
// registration then fails, which costs offline reading only).
fs.rmSync(path.join(dist, "sw.js"), { force: true });

// The binaries, gzip -9: islands (JS + WASM) and the workshop (its loader, JS + WASM).
const top = fs.readdirSync(dist);
const gzOf = (re) => top.filter((f) => re.test(f)).reduce((t, f) => t + gz(fs.readFileSync(path.join(dist, f))), 0);
const islandsGz = gzOf(/^islands-[^.]+(_bg\.wasm|\.js)$/);
const workshopGz = gzOf(/^(app-[^.]+(_bg\.wasm|\.js)|workshop-[^.]+\.js)$/);
const validatorGz = gzOf(/^validator-[^.]+(_bg\.wasm|\.js)$/);

// The plain copy of the whole site: same HTML without scripts or script preloads; no JS or WASM.
const strip = (html) => html
  .replace(/<script\b[\s\S]*?<\/script>/g, "")
  .replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g, "");
const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-plain-"));
const cleanUp = () => { for (const d of [dist, plainDir]) fs.rmSync(d, { recursive: true, force: true }); };
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => { cleanUp(); process.exit(130); });
const files = walk(dist);
for (const f of files) {
  if (/\.(js|mjs|wasm)$/.test(f)) continue;
  fs.mkdirSync(path.join(plainDir, path.dirname(f)), { recursive: true });
  if (f.endsWith(".html")) fs.writeFileSync(path.join(plainDir, f), strip(fs.readFileSync(path.join(dist, f), "utf8")));
  else fs.copyFileSync(path.join(dist, f), path.join(plainDir, f));
}

// The pages: home, a topic, figures and the largest reading page (not /my/, /data/, search or
// the not-found page, which load the full app or are not reading pages).
const reading = files
  .filter((f) => f.endsWith("index.html") && !/(^|\/)(my|data|search)\//.test(f))
  .map((f) => ({ route: f.slice(0, -"index.html".length), size: fs.statSync(path.join(dist, f)).size }))
  .sort((a, b) => b.size - a.size);
const named = ["", "topics/tariffs/", "figures/", "timeline/", "compare/"];
const pages = [...named];
if (!pages.includes(reading[0].route)) pages.push(reading[0].route);
const label = (route) => (route === reading[0].route && !named.includes(route) ? `/${route} (largest, ${(reading[0].size / KB).toFixed(0)} KB HTML)` : `/${route}`);

// gzip -9 of what a first visit to `route` needs: its HTML and the files it references (CSS,
// icon, islands JS + WASM), as scripts/size.mjs counts them for the home page.
function firstVisitGzip(dir, route) {
  const html = fs.readFileSync(path.join(dir, route, "index.html"));
  const refs = new Set([...html.toString().matchAll(/(?:href|src|module_or_path:)\s*=?\s*['"]?([^'"#?\s>]+\.(?:js|wasm|css|svg))(?![\w.])/g)].map((m) => m[1].replace(/^.*\//, "")));
  let total = gz(html);
  for (const r of refs) if (fs.existsSync(path.join(dir, r))) total += gz(fs.readFileSync(path.join(dir, r)));
  return total;
}

// Recorded from the start of every page: the moments `data-live` takes each value, long tasks,
// and LCP candidates. The observer watches the document (the <html> element may not exist yet
// when this runs).
const INIT = `(() => {
  const cp = (window.__cp = { live: {}, long: [], lcp: NaN, press: NaN });
  for (const type of ["pointerdown", "keydown"]) addEventListener(type, (e) => { if (!(cp.press >= 0)) cp.press = e.timeStamp; }, true);
  const seen = () => { const v = document.documentElement && document.documentElement.dataset.live; if (v && !(v in cp.live)) cp.live[v] = performance.now(); };
  new MutationObserver(seen).observe(document, { attributes: true, attributeFilter: ["data-live"], subtree: true, childList: true });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) cp.long.push([e.startTime, e.duration]); }).observe({ type: "longtask", buffered: true }); } catch (e) {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) cp.lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true }); } catch (e) {}
})();`;

const newContext = (browser) => browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });

// A fresh context and page with the recorder, the HTTP cache disabled and the CPU slowed `cpu`×;
// `origin`, when given, may use the clipboard.
async function coldPage(browser, cpu, origin) {
  const ctx = await newContext(browser);
  if (origin) await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await ctx.addInitScript(INIT);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  return { ctx, page, cdp };
}

// One cold load of `url`, until its load event and a quiet window (app and plain alike: the
// app's islands wait for the reader).
async function coldLoad(browser, url, { app, cpu }) {
  const { ctx, page, cdp } = await coldPage(browser, cpu);
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
  await page.goto(url, { waitUntil: "load", timeout: 60000 });
  const r = await page.evaluate(async ({ app, quiet }) => {
    const cp = window.__cp;
    const nav = performance.getEntriesByType("navigation")[0];
    const until = async (f, ms) => { const t0 = performance.now(); while (!f() && performance.now() - t0 < ms) await new Promise((ok) => setTimeout(ok, 10)); };
    await until(() => nav.loadEventEnd > 0, 30000);
    const ready = nav.loadEventEnd;
    // Quiet: no long task has ended for `quiet` ms (at most 10 s more).
    const lastEnd = () => Math.max(ready, ...cp.long.map(([s, d]) => s + d));
    await until(() => performance.now() - lastEnd() >= quiet, 10000);
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
    const end = performance.now();
    // Lighthouse's TBT: each long task's time beyond 50 ms, clipped to the window from FCP.
    let tbt = 0;
    for (const [s, d] of cp.long) {
      const from = Math.max(s, fcp), to = Math.min(s + d, end);
      if (to - from > 50) tbt += to - from - 50;
    }
    return { ready, load: nav.loadEventEnd, fcp, lcp: cp.lcp, tbt, workshop: "workshop" in cp.live };
  }, { app, quiet: QUIET_MS });
  await ctx.close();
  return { ...r, bytes };
}

// The first use of each island kind on a cold page: `act` presses (after the load event),
// `done` (run in the page) says the response is on screen; the time is from the press's event
// to the first frame after `done` holds.
const INTERACTIONS = [
  { kind: "pin", route: "topics/tariffs/", hover: ".page-head .pin-button", act: (p) => p.click(".page-head .pin-button"), done: () => document.querySelector(".page-head .pin-button")?.getAttribute("aria-pressed") === "true" },
  { kind: "pinned count", route: "topics/tariffs/", hover: ".page-head .pin-button", act: (p) => p.click(".page-head .pin-button"), done: () => /1/.test(document.querySelector(".nav-my")?.textContent ?? "") },
  { kind: "copy citation", route: "topics/tariffs/", hover: ".copy-cite-button", act: (p) => p.click(".copy-cite-button"), done: () => document.querySelector(".copy-cite-status")?.textContent === "Copied" },
  { kind: "Cite copy", route: "sources/kyodo-2025-05-07/", before: (p) => p.click("details.cite-control summary"), act: (p) => p.getByRole("button", { name: "Copy BibTeX" }).click(), done: () => [...document.querySelectorAll(".cite-control [role=status]")].some((s) => s.textContent === "Copied") },
  { kind: "shortcuts ?", route: "topics/tariffs/", act: (p) => p.keyboard.press("?"), done: () => !!document.querySelector(".dialog[role=dialog]") },
  { kind: "timeline filter", route: "timeline/", hover: ".segmented >> text=China", act: (p) => p.click(".segmented >> text=China"), done: () => !!document.querySelector(".tl-item[hidden]") },
  { kind: "theme", route: "", hover: "[data-island=theme] button", act: (p) => p.click("[data-island=theme] button"), done: () => document.documentElement.hasAttribute("data-theme") },
];

// `rest` > 0: the pointer first rests that long on the control (`it.hover`), as a mouse reader's
// does, so the start script's prefetch on approach has begun before the press.
async function firstUse(browser, site, it, cpu, rest = 0) {
  const { ctx, page } = await coldPage(browser, cpu, new URL(site.url()).origin);
  await page.goto(site.url(it.route), { waitUntil: "load", timeout: 60000 });
  if (it.before) await it.before(page);
  if (rest > 0) {
    await page.hover(it.hover);
    await page.waitForTimeout(rest);
  }
  await page.evaluate(() => (window.__cp.press = NaN));
  await it.act(page);
  const t = await page.evaluate(async (done) => {
    const check = new Function(`return (${done})()`);
    const t0 = performance.now();
    while (!check() && performance.now() - t0 < 30000) await new Promise((ok) => requestAnimationFrame(ok));
    await new Promise((ok) => requestAnimationFrame(ok));
    return check() ? performance.now() - window.__cp.press : NaN;
  }, it.done.toString());
  await ctx.close();
  return t;
}

// A bare CDP client over --remote-debugging-pipe for the route switches. Not Playwright: it
// attaches to page targets directly, and Chromium disables prerendering for a tab with such a
// session (PrerenderingDisabledByDevTools); attaching through the tab target, as here, keeps
// speculation rules working.
async function rawChromium() {
  const exe = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => p && fs.existsSync(p));
  const user = fs.mkdtempSync(path.join(os.tmpdir(), "cp-cdp-"));
  const proc = spawn(exe, ["--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run", "--disable-sync", "--disable-background-networking", "--disable-component-update", "--window-size=1280,900", `--user-data-dir=${user}`, "about:blank"], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });
  const exited = new Promise((ok) => proc.on("exit", ok));
  let id = 0, buf = "";
  const pending = new Map();
  const failures = new Map(); // prerender failure reason → count
  const pages = new Map(); // page sessions (the shown page and any prerendered ones) → target info
  const send = (method, params = {}, sessionId) => new Promise((ok, ko) => {
    const m = { id: ++id, method, params, ...(sessionId && { sessionId }) };
    pending.set(m.id, [ok, ko]);
    proc.stdio[3].write(JSON.stringify(m) + "\0");
  });
  // Every target starts paused: the tab attaches its pages (prerendered ones included), and
  // every page reports its prerender attempts. Not awaited: a paused target answers only once
  // resumed, and commands on one session run in order, so the set-up still comes first.
  const attached = ({ sessionId, targetInfo }) => {
    if (targetInfo.type === "tab") send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId).catch(() => {});
    if (targetInfo.type === "page") {
      pages.set(sessionId, targetInfo);
      send("Preload.enable", {}, sessionId).catch(() => {});
    }
    send("Runtime.runIfWaitingForDebugger", {}, sessionId).catch(() => {});
  };
  proc.stdio[4].on("data", (d) => {
    buf += d.toString();
    for (let i; (i = buf.indexOf("\0")) >= 0; buf = buf.slice(i + 1)) {
      const msg = JSON.parse(buf.slice(0, i));
      if (msg.id && pending.has(msg.id)) {
        const [ok, ko] = pending.get(msg.id);
        pending.delete(msg.id);
        msg.error ? ko(new Error(msg.error.message)) : ok(msg.result);
      } else if (msg.method === "Target.attachedToTarget") attached(msg.params);
      else if (msg.method === "Target.detachedFromTarget") pages.delete(msg.params.sessionId);
      // Why a prerender did not happen, as Chromium tells DevTools (counted, printed as a note).
      else if (msg.method === "Preload.prerenderStatusUpdated" && msg.params.status === "Failure") {
        const why = msg.params.prerenderStatus + (msg.params.disallowedMojoInterface ? ` (${msg.params.disallowedMojoInterface})` : "");
        failures.set(why, (failures.get(why) || 0) + 1);
      }
    }
  });
  await send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: "page", exclude: true }, {}] });
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const eval_ = async (sessionId, fn, arg) => {
    const r = await send("Runtime.evaluate", { expression: `(${fn})(${JSON.stringify(arg ?? null)})`, awaitPromise: true, returnByValue: true }, sessionId);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  };
  // The shown page: the session whose document is visible and not prerendering, once `test`
  // (run in it) holds.
  const shown = async (test, arg, ms = 30000) => {
    const t0 = Date.now();
    for (;;) {
      for (const s of pages.keys()) {
        // Bounded: a page that is still being created may not answer.
        const ok = await Promise.race([
          eval_(s, `(a) => document.visibilityState === "visible" && !document.prerendering && (${test})(a)`, arg).catch(() => false),
          new Promise((ok) => setTimeout(() => ok(false), 1000)),
        ]);
        if (ok) return s;
      }
      if (Date.now() - t0 > ms) throw new Error("timed out waiting for the page");
      await new Promise((ok) => setTimeout(ok, 20));
    }
  };
  while (![...pages.values()].some((t) => t.targetId === targetId)) await new Promise((ok) => setTimeout(ok, 20));
  // The window's initial tab would otherwise stay in front: a hidden page does not paint.
  const first = [...pages.entries()].find(([, t]) => t.targetId === targetId)[0];
  await send("Page.bringToFront", {}, first);
  return {
    send, eval: eval_, shown, first, failures,
    close: async () => {
      // Browser.close lets Chromium shut its helpers down before the profile is removed.
      await Promise.race([send("Browser.close"), new Promise((ok) => setTimeout(ok, 3000))]).catch(() => {});
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      proc.kill("SIGKILL");
      try { fs.rmSync(user, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch {}
    },
  };
}

// Route switches: on compare/, hover every topic link 300 ms (--hover; a "moderate" speculation
// rule starts after 200 ms), click, and time from the click (stamped in the old page) to the new page's
// content painted: its timeOrigin + max(activationStart, FCP), as web-vitals counts a
// prerendered page. Between switches, compare/ is loaded afresh; the pointer is parked on a
// heading so that it rests on no link while the page loads. Cache on, no service worker.
async function routeSwitches(site, { app, rounds }) {
  const c = await rawChromium();
  const out = { ms: [], prerendered: [], paintAfterActivation: [] };
  const compare = site.url("compare/");
  const openCompare = async (s) => {
    await c.send("Page.navigate", { url: compare }, s);
    // Loaded, as a reader sees it: the islands wait for the reader's intent (#23).
    return c.shown((a) => location.href === a.url && document.readyState === "complete", { url: compare });
  };
  const centre = (s, selector, i) => c.eval(s, (a) => {
    const el = document.querySelectorAll(a.selector)[a.i];
    el.scrollIntoView({ block: "center" });
    // The first line box: the centre of a link that wraps may fall beside its text.
    const b = el.getClientRects()[0];
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, href: el.href };
  }, { selector, i });
  const LINKS = "table.matrix tbody tr th a";
  try {
    let s = await openCompare(c.first);
    const n = await c.eval(s, (sel) => document.querySelectorAll(sel).length, LINKS);
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < n; i++) {
        const link = await centre(s, LINKS, i);
        await c.send("Input.dispatchMouseEvent", { type: "mouseMoved", x: link.x, y: link.y }, s);
        await new Promise((ok) => setTimeout(ok, hoverMs));
        const clicked = await c.eval(s, (a) => { const t = performance.timeOrigin + performance.now(); document.querySelectorAll(a.sel)[a.i].click(); return t; }, { sel: LINKS, i });
        s = await c.shown((url) => location.href === url, link.href);
        const got = await c.eval(s, () => new Promise((ok) => {
          const nav = performance.getEntriesByType("navigation")[0];
          const act = nav.activationStart || 0;
          const done = (fcp) => ok({ at: performance.timeOrigin + Math.max(act, Number.isFinite(fcp) ? fcp : act), prerendered: act > 0, wait: fcp - act });
          new PerformanceObserver((l) => { const e = l.getEntries().find((x) => x.name === "first-contentful-paint"); if (e) done(e.startTime); }).observe({ type: "paint", buffered: true });
          setTimeout(() => done(NaN), 5000);
        }));
        out.ms.push(got.at - clicked);
        if (got.prerendered) {
          out.prerendered.push(got.at - clicked);
          out.paintAfterActivation.push(got.wait);
        }
        const rest = await centre(s, "h1", 0);
        await c.send("Input.dispatchMouseEvent", { type: "mouseMoved", x: rest.x, y: rest.y }, s);
        s = await openCompare(s);
      }
    }
  } finally {
    out.failures = Object.fromEntries(c.failures);
    await c.close();
  }
  return out;
}

const app = await startSite({ dir: dist });
const plain = await startSite({ dir: plainDir });
const browser = await launch();
const results = {};
const interactions = [];
let switches;
try {
  for (const route of only === "all" || only === "loads" ? pages : []) {
    const res = (results[route] = {});
    // App and plain loads alternate, so that drift on this machine (another process, a warm-up)
    // falls on both alike.
    const kinds = [["app", app, true], ["plain", plain, false]];
    const loads = Object.fromEntries(kinds.map(([name]) => [name, { one: [], four: [] }]));
    for (let i = 0; i < runs; i++) {
      for (const [name, site, isApp] of kinds) {
        loads[name].one.push(await coldLoad(browser, site.url(route), { app: isApp, cpu: 1 }));
        loads[name].four.push(await coldLoad(browser, site.url(route), { app: isApp, cpu: 4 }));
      }
    }
    for (const [name, , isApp] of kinds) {
      const { one, four } = loads[name];
      const m = (list, k) => median(list.map((x) => x[k]));
      res[name] = {
        bytes: m(one, "bytes"), fcp: m(one, "fcp"), lcp: m(one, "lcp"), ready: m(one, "ready"),
        tbt4: m(four, "tbt"), ready4: m(four, "ready"), fcp4: m(four, "fcp"), lcp4: m(four, "lcp"),
        lcpIsFcp: [...one, ...four].filter((x) => Math.abs(x.lcp - x.fcp) < 0.5).length, loads: one.length + four.length,
        workshop: [...one, ...four].filter((x) => x.workshop).length,
        gzip: firstVisitGzip(isApp ? dist : plainDir, route),
        tbt4Each: four.map((x) => Math.round(x.tbt)),
      };
      console.error(`${label(route)} ${name}: ${JSON.stringify(res[name])}`);
    }
  }
  if (only === "all" || only === "interactions") {
    for (const it of INTERACTIONS) {
      const one = [], four = [], rested = [];
      for (let i = 0; i < runs; i++) {
        one.push(await firstUse(browser, app, it, 1));
        four.push(await firstUse(browser, app, it, 4));
        if (it.hover) rested.push(await firstUse(browser, app, it, 1, hoverMs));
      }
      interactions.push({ kind: it.kind, one, four, rested });
      console.error(`first use, ${it.kind}: ${JSON.stringify({ one, four, rested })}`);
    }
  }
  const rounds = Math.max(1, Math.ceil(runs / 3));
  if (only === "all" || only === "switches") switches = { app: await routeSwitches(app, { app: true, rounds }), plain: await routeSwitches(plain, { app: false, rounds }) };
  console.error(`route switches: ${JSON.stringify(switches)}`);
} finally {
  await browser.close();
  await app.close();
  await plain.close();
  cleanUp();
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "–");
const x = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
const verdict = (ok) => (ok ? "ok" : "MISS");
const rows = [];
for (const route of pages.filter((r) => results[r])) {
  const { app: a, plain: p } = results[route];
  const pg = label(route);
  rows.push([pg, "first visit before any interaction, over the wire", kb(a.bytes), kb(p.bytes), `${x(a.bytes, p.bytes)}, +${kb(a.bytes - p.bytes)}`, "≤ 60 KB; moonshot ≤ plain + 10 KB", `${verdict(a.bytes <= 60 * KB)}; ${verdict(a.bytes - p.bytes <= 10 * KB)}`]);
  rows.push([pg, "first visit, gzip -9 of the files it loads", kb(a.gzip), kb(p.gzip), `${x(a.gzip, p.gzip)}, +${kb(a.gzip - p.gzip)}`, "≤ 60 KB; moonshot ≤ plain + 10 KB", `${verdict(a.gzip <= 60 * KB)}; ${verdict(a.gzip - p.gzip <= 10 * KB)}`]);
  rows.push([pg, "TBT at 4× CPU", ms(a.tbt4), ms(p.tbt4), `${a.tbt4 - p.tbt4 >= 0 ? "+" : "−"}${ms(Math.abs(a.tbt4 - p.tbt4))}`, "≤ plain + 30 ms; moonshot equal", `${verdict(a.tbt4 - p.tbt4 <= 30)}; ${verdict(a.tbt4 <= p.tbt4)}`]);
  rows.push([pg, "ready (load end)", ms(a.ready), ms(p.ready), x(a.ready, p.ready), "≤ 1.5×", verdict(a.ready / p.ready <= 1.5)]);
  rows.push([pg, "ready at 4× CPU", ms(a.ready4), ms(p.ready4), x(a.ready4, p.ready4), "≤ 1.5×", verdict(a.ready4 / p.ready4 <= 1.5)]);
  rows.push([pg, "FCP (at 4× CPU)", `${ms(a.fcp)} (${ms(a.fcp4)})`, `${ms(p.fcp)} (${ms(p.fcp4)})`, x(a.fcp, p.fcp), "", ""]);
  rows.push([pg, "LCP (at 4× CPU); loads where LCP = FCP, both speeds", `${ms(a.lcp)} (${ms(a.lcp4)}); ${a.lcpIsFcp}/${a.loads}`, `${ms(p.lcp)} (${ms(p.lcp4)}); ${p.lcpIsFcp}/${p.loads}`, x(a.lcp, p.lcp), "LCP = FCP", verdict(a.lcpIsFcp === a.loads)]);
}
if (switches) {
  const sw = (v) => (v.length ? `p50 ${ms(pct(v, 0.5))}, p95 ${ms(pct(v, 0.95))}` : "–");
  const { app: a, plain: p } = switches;
  rows.push(["/compare/ → topic", `route switch, hover ${hoverMs} ms, click to new content painted (${a.ms.length} each)`, sw(a.ms), sw(p.ms), x(pct(a.ms, 0.95), pct(p.ms, 0.95)) + " (p95)", "p95 ≤ plain", verdict(pct(a.ms, 0.95) <= pct(p.ms, 0.95))]);
  rows.push(["/compare/ → topic", `… of those, prerendered (activationStart > 0): app ${a.prerendered.length}/${a.ms.length}, plain ${p.prerendered.length}/${p.ms.length}; app's FCP after activation: median ${ms(median(a.paintAfterActivation))}`, sw(a.prerendered), sw(p.prerendered), "", "moonshot: p95 ≤ 16 ms", a.prerendered.length ? verdict(pct(a.prerendered, 0.95) <= 16) : "no prerender"]);
}
for (const { kind, one, four, rested } of interactions) {
  rows.push([`first use: ${kind}`, `cold page, press to response on screen, p95 of ${one.length} (at 4× CPU)`, `${ms(pct(one, 0.95))} (${ms(pct(four, 0.95))})`, "–", "", "≤ 150 ms; moonshot ≤ 100 ms at 4×", `${verdict(pct(one, 0.95) <= 150)}; ${verdict(pct(four, 0.95) <= 100)}`]);
  if (rested.length) rows.push([`first use: ${kind}`, `… the pointer resting ${hoverMs} ms on it first (prefetch on approach), p95 of ${rested.length}`, ms(pct(rested, 0.95)), "–", "", "≤ 150 ms", verdict(pct(rested, 0.95) <= 150)]);
}
rows.push(["binary", "islands JS + WASM, gzip -9 (loaded on intent)", kb(islandsGz), "–", "", "", ""]);
rows.push(["binary", "workshop (loader, JS + WASM), gzip -9", kb(workshopGz), "–", "", "≤ 350 KB; moonshot ≤ 250 KB", `${verdict(workshopGz <= 350 * KB)}; ${verdict(workshopGz <= 250 * KB)}`]);
rows.push(["binary", "validator worker (JS + WASM), gzip -9", kb(validatorGz), "–", "", "≤ 100 KB", verdict(validatorGz <= 100 * KB)]);

console.log(`Static-first: the site against the same site with every script stripped, ${runs} cold loads each (cache disabled, service workers blocked), medians; headless Chromium, loopback, gzip, ${os.cpus().length} cores; CPU unthrottled unless it says 4×. Quiet window for TBT: ${QUIET_MS} ms.`);
console.log("| page | measure | app | plain | app vs plain | target | |");
console.log("| --- | --- | ---: | ---: | ---: | --- | --- |");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
if (switches && Object.keys(switches.app.failures).length) console.log(`prerender failures (Chromium's reasons, app): ${Object.entries(switches.app.failures).map(([k, v]) => `${k} ×${v}`).join(", ")}`);
const worstWorkshop = Math.max(0, ...pages.filter((r) => results[r]).map((r) => results[r].app.workshop));
if (worstWorkshop > 0) console.log(`note: the full app started during ${worstWorkshop} load(s) of a reading page`);
