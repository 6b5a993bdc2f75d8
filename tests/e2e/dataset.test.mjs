// Bring your own dataset (issue #5), tried as a new user would: open the example, then broken
// files (every problem shown, nothing lost), then the built-in dataset again; links, drag and
// drop, size limits, a large dataset, hostile strings and the Content-Security-Policy.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withSite, startSite, hydrated, visit, shot } from "./harness.mjs";

const EMBEDDED = JSON.parse(fs.readFileSync("data/us-china-2025.json", "utf8"));
const EXAMPLE_FILE = fs.readdirSync("data/examples").filter((f) => f.endsWith(".json"))[0];
const EXAMPLE = JSON.parse(fs.readFileSync(path.join("data/examples", EXAMPLE_FILE), "utf8"));
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "cp-datasets-"));
const SYNTHETIC = path.resolve(process.env.CP_SYNTHETIC || "target/synthetic-40.json");

function writeTmp(name, text) {
  const p = path.join(TMP, name);
  fs.writeFileSync(p, text);
  return p;
}

/// A page that fails the test on any Content-Security-Policy violation or page error.
async function strictPage(opts) {
  const page = await site.page(opts);
  page.violations = [];
  await page.exposeFunction("__cspViolation", (v) => page.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.dialogs = [];
  page.on("dialog", async (d) => {
    page.dialogs.push(d.message());
    await d.dismiss();
  });
  return page;
}

/// On the Dataset page: a file with a dangling speaker is refused with that problem and its
/// line:column, then the example opens. Returns the "opened" banner's text (it says where the
/// file was checked).
async function refuseThenOpen(page, name) {
  const broken = structuredClone(EXAMPLE);
  broken.quotes[0].speaker = "nobody-at-all";
  await page.setInputFiles("#dataset-file", writeTmp(name, JSON.stringify(broken, null, 2)));
  await page.waitForSelector(".load-status.failed", { timeout: 30000 });
  assert.match(await page.locator(".data-problems").innerText(), /quotes\[0\]\.speaker[\s\S]*line \d+, column \d+/);
  await page.setInputFiles("#dataset-file", path.join("data/examples", EXAMPLE_FILE));
  await page.waitForSelector(".load-status.opened", { timeout: 30000 });
  return page.locator(".load-status.opened").innerText();
}

async function headerTitle(page) {
  return (await page.locator(".site-header .dataset-title").textContent()).trim();
}

const site = withSite();

test("the built-in dataset is the default and says so; every page carries a strict CSP", async () => {
  const page = await strictPage();
  await visit(page, site.url("data/"));
  assert.match(await page.locator(".data-origin").innerText(), /Built in/);
  assert.equal(await page.locator(".data-title").innerText(), EMBEDDED.title);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  assert.match(csp, /connect-src 'self'/);
  const headers = fs.readFileSync(path.join(process.env.CP_DIST || "dist", "_headers"), "utf8");
  assert.ok(headers.includes(csp), "_headers carries the same policy");
  assert.match(headers, /frame-ancestors 'none'/);
  // The assets keep their Subresource Integrity hashes.
  assert.match(await page.locator('link[rel="stylesheet"]').first().getAttribute("integrity"), /^sha384-/);
  // The binaries are loaded by script (the islands on intent, the full app on demand): their
  // tags carry the hashes each load is checked against, and every module preload has its own.
  for (const [sel, attrs] of [['meta[name="cp-islands"]', ["data-js-integrity", "data-wasm-integrity"]], ['meta[name="cp-workshop"]', ["data-integrity", "data-js-integrity"]]]) {
    for (const attr of attrs) assert.match(await page.locator(sel).getAttribute(attr), /^sha384-/, `${sel} ${attr}`);
  }
  const preloads = await page.locator('link[rel="modulepreload"]').all();
  assert.ok(preloads.length > 0, "the full app's module is preloaded");
  for (const link of preloads) assert.match(await link.getAttribute("integrity"), /^sha384-/, await link.getAttribute("href"));
  for (const script of await page.locator("script[src]").all()) {
    assert.match(await script.getAttribute("integrity"), /^sha384-/, await script.getAttribute("src"));
  }
  // A tour of the site under the policy: nothing is refused.
  for (const link of ["Briefing", "Compare", "Timeline", "Figures", "Search"]) {
    await page.click(`nav[aria-label="Main"] >> text=${link}`);
    await page.waitForLoadState("networkidle");
  }
  assert.deepEqual(page.violations, []);
  await page.context().close();
});

test("open the example, then a broken file (nothing lost), then the built-in dataset again", async () => {
  const page = await strictPage();
  // Every file is checked by the validator worker, not on the page.
  const workers = [];
  page.on("worker", (w) => workers.push(w.url()));
  await visit(page, site.url("data/"));
  // 1. The example, from the Dataset page's list (fetched from this site).
  await page.click(".data-examples a");
  await page.waitForSelector(".load-status.opened");
  assert.equal(await headerTitle(page), EXAMPLE.title);
  assert.match(await page.locator(".showing-other").innerText(), new RegExp(`You are reading ${EXAMPLE.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  // It drives every view: its topics on the briefing and the comparison, its events on the timeline.
  await page.click('nav[aria-label="Main"] >> text=Briefing');
  const cards = await page.locator(".topic-card h3").allInnerTexts();
  assert.deepEqual(cards, EXAMPLE.topics.map((t) => t.title));
  await page.click('nav[aria-label="Main"] >> text=Compare');
  assert.equal(await page.locator("table.matrix tbody tr").count(), EXAMPLE.topics.length);
  await page.click(`table.matrix >> text=${EXAMPLE.topics[0].title}`);
  await page.waitForSelector("main h1");
  assert.equal((await page.locator("main h1").innerText()).trim(), EXAMPLE.topics[0].title);
  // A reload (of a page that exists only in the example) keeps it.
  await page.reload();
  await hydrated(page);
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent.trim() === t, EXAMPLE.topics[0].title);
  assert.equal(await headerTitle(page), EXAMPLE.title);

  // 2. A broken file: several problems at once, each located; the example stays on screen.
  const broken = structuredClone(EXAMPLE);
  broken.topics.push(structuredClone(broken.topics[0])); // duplicate id
  broken.quotes[0].text = ""; // empty quote
  broken.quotes[0].speaker = "nobody-at-all"; // dangling reference
  broken.events[0].date = "2019-02-30"; // impossible date
  const brokenPath = writeTmp("broken.json", JSON.stringify(broken, null, 2));
  await page.setInputFiles("#dataset-file", brokenPath).catch(async () => {
    // Not on the Dataset page: go there (the file input lives there).
    await page.click("text=Dataset: what is showing, open another");
    await page.setInputFiles("#dataset-file", brokenPath);
  });
  await page.waitForSelector(".load-status.failed");
  const banner = await page.locator(".load-status.failed").innerText();
  assert.match(banner, /the file “broken\.json” was not opened: [4-9] problems found\. The dataset on screen has not changed\./i);
  const items = await page.locator(".data-problems .load-problems li").allInnerTexts();
  assert.ok(items.length >= 4, items.join("\n"));
  const all = items.join("\n");
  for (const re of [/topics\[\d+\]\.id/, /quotes\[0\]\.text/, /quotes\[0\]\.speaker/, /nobody-at-all/, /events\[0\]\.date/, /line \d+, column \d+/]) {
    assert.match(all, re);
  }
  assert.equal(await headerTitle(page), EXAMPLE.title, "the example is still showing");
  assert.ok(workers.some((u) => /\/validator-\w+\.js$/.test(u)), `the validator worker ran: ${workers.join(", ")}`);
  await shot(page, "dataset-broken");

  // 3. A file that is not JSON at all: the syntax error with its line and column.
  const text = JSON.stringify(EXAMPLE, null, 2).replace('"topics": [', '"topics": [,');
  await page.setInputFiles("#dataset-file", writeTmp("syntax.json", text));
  await page.waitForFunction(() => /syntax\.json/.test(document.querySelector(".load-status.failed")?.textContent || ""));
  assert.match(await page.locator(".data-problems").innerText(), /line \d+, column \d+/);
  assert.equal(await headerTitle(page), EXAMPLE.title);

  // 4. Back to the built-in dataset, in one click.
  await page.click(".showing-other button");
  await page.waitForFunction((t) => document.querySelector(".site-header .dataset-title")?.textContent.trim() === t, EMBEDDED.title);
  assert.equal(await page.locator(".showing-other").count(), 0);
  await page.reload();
  await hydrated(page);
  assert.equal(await headerTitle(page), EMBEDDED.title, "and it stays the built-in one after a reload");
  assert.deepEqual(page.violations, []);
  assert.deepEqual(page.dialogs, []);
  await page.context().close();
});

test("a link opens a dataset on this site; other sites and missing files are refused clearly", async () => {
  const page = await strictPage();
  await visit(page, site.url(`?dataset=datasets/${EXAMPLE_FILE}`));
  await page.waitForFunction((t) => document.querySelector(".site-header .dataset-title")?.textContent.trim() === t, EXAMPLE.title);
  assert.equal(await page.locator(".topic-card").count(), EXAMPLE.topics.length);

  await visit(page, site.url("?dataset=https://evil.example/x.json"));
  await page.waitForSelector(".load-status.failed");
  assert.match(await page.locator(".load-status.failed").innerText(), /only datasets on this site .* can be opened from a link/);
  // The dataset this tab had open comes back (read again from IndexedDB, so not at once), and
  // the refusal stays on screen.
  await page.waitForFunction((t) => document.querySelector(".site-header .dataset-title")?.textContent.trim() === t, EXAMPLE.title);
  assert.match(await page.locator(".load-status.failed").innerText(), /only datasets on this site/);

  await visit(page, site.url("?dataset=datasets/missing.json"));
  await page.waitForSelector(".load-status.failed");
  assert.match(await page.locator(".load-status.failed").innerText(), /answered 404/);
  await page.context().close();
});

test("drag and drop a file anywhere; an oversized file is refused before it is read", async () => {
  const page = await strictPage();
  await visit(page, site.url("timeline/"));
  const json = fs.readFileSync(path.join("data/examples", EXAMPLE_FILE), "utf8");
  const transfer = await page.evaluateHandle(({ json, name }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], name, { type: "application/json" }));
    return dt;
  }, { json, name: "dropped.json" });
  await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.drop), "true", "the drop hint shows");
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
  await page.waitForSelector(".load-status.opened");
  assert.match(await page.locator(".load-status.opened").innerText(), /from the file “dropped\.json”/);
  assert.equal(await headerTitle(page), EXAMPLE.title);
  assert.equal(new URL(page.url()).pathname, new URL(site.url()).pathname, "a new dataset starts at its briefing");

  await visit(page, site.url("data/"));
  await page.setInputFiles("#dataset-file", { name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
  await page.waitForSelector(".load-status.failed");
  assert.match(await page.locator(".load-status.failed").innerText(), /the file is 22\.0 MB; the limit is 20 MB/);
  await page.context().close();
});

test("a large dataset opens without freezing the page, and long lists are paged", { skip: !fs.existsSync(SYNTHETIC) && "run scripts/test.sh (it generates target/synthetic-40.json)" }, async () => {
  const page = await strictPage();
  await visit(page, site.url("data/"));
  const started = Date.now();
  await page.setInputFiles("#dataset-file", SYNTHETIC);
  // Progress shows (the file is over 1 MB), and while it does the page runs script: a frozen
  // page could not answer this evaluate until opening was over, when the bar is gone.
  await page.waitForSelector(".load-progress progress", { timeout: 60000 });
  const during = await page.evaluate(() => ({
    bar: !!document.querySelector(".load-progress progress"),
    step: document.querySelector(".load-progress-step")?.textContent || "",
    polite: document.querySelector(".load-progress-step")?.getAttribute("aria-live"),
  }));
  assert.ok(during.bar, "the page answered while the dataset was opening");
  assert.match(during.step, /(Reading|Checking|Preparing) the file “synthetic-40\.json”/);
  assert.equal(during.polite, "polite");
  await page.waitForSelector(".load-status.opened", { timeout: 60000 });
  const openMs = Date.now() - started;
  const opened = await page.locator(".load-status.opened").innerText();
  assert.doesNotMatch(opened, /checked on this page|too large for this browser to keep/, opened);
  assert.equal(await page.locator(".load-progress").count(), 0, "the bar goes once it is open");
  // Kept in IndexedDB: sessionStorage holds only the key (the 8.6 MB would not fit there).
  const kept = await page.evaluate(() => sessionStorage.getItem("counterpoint-dataset"));
  assert.ok(kept.length < 500 && JSON.parse(kept).idb, kept);
  const title = await headerTitle(page);
  // A reload reopens it from the tab's IndexedDB copy.
  await page.reload();
  await hydrated(page).catch(() => {});
  await page.waitForFunction((t) => document.querySelector(".site-header .dataset-title")?.textContent.trim() === t, title, { timeout: 60000 });
  assert.equal(await page.locator(".load-status.failed").count(), 0);
  const timings = { open: openMs };
  for (const [link, noun] of [["Timeline", "events"], ["People", "people and institutions"], ["Compare", "topics"], ["Coverage", "topics"], ["Contested", "disputes"], ["Briefing", "topics"]]) {
    const t = Date.now();
    await page.click(`nav[aria-label="Main"] >> text=${link}`);
    await page.waitForSelector(".show-more");
    timings[link] = Date.now() - t;
    assert.match(await page.locator(".show-more p").first().innerText(), new RegExp(`Showing \\d+ of \\d+ ${noun}`), link);
  }
  console.log("large dataset (ms):", JSON.stringify(timings));
  await page.click('nav[aria-label="Main"] >> text=Timeline');
  const before = await page.locator(".tl-item").count();
  await page.click(".show-more >> text=/Show \\d+ more/");
  await page.waitForFunction((n) => document.querySelectorAll(".tl-item").length > n, before);
  assert.equal(await page.locator(".tl-item").count(), before * 2);
  // Search still answers on the big dataset.
  await page.click('nav[aria-label="Main"] >> text=Search');
  await page.fill("#search-input", "fentanyl");
  await page.waitForSelector("#search-results li");
  await page.context().close();
});

test("when the browser will not keep a large dataset (storage quota), it still opens and says a reload will not bring it back", { skip: !fs.existsSync(SYNTHETIC) && "run scripts/test.sh (it generates target/synthetic-40.json)" }, async () => {
  // No service worker: its precache would use up the small quota before the test starts.
  const page = await strictPage({ serviceWorkers: "block" });
  const cdp = await page.context().newCDPSession(page);
  // 2 MB for the site's origin: IndexedDB refuses the 8.6 MB dataset's parts (QuotaExceededError).
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: site.origin, quotaSize: 2 * 1024 * 1024 });
  await visit(page, site.url("data/"));
  const builtIn = await headerTitle(page);
  await page.setInputFiles("#dataset-file", SYNTHETIC);
  await page.waitForSelector(".load-status.opened", { timeout: 60000 });
  const opened = await page.locator(".load-status.opened").innerText();
  assert.match(opened, /too large for this browser to keep: after a reload the built-in dataset returns/, opened);
  const title = await headerTitle(page);
  assert.notEqual(title, builtIn, "the large dataset is on screen");
  assert.equal(await page.evaluate(() => sessionStorage.getItem("counterpoint-dataset")), null, "nothing half-kept");
  // Its pages work like a kept one's.
  await page.click('nav[aria-label="Main"] >> text=Timeline');
  await page.waitForSelector(".show-more");
  await page.reload();
  await page.waitForFunction((t) => document.querySelector(".site-header .dataset-title")?.textContent.trim() === t, builtIn, { timeout: 60000 });
  assert.equal(await page.locator(".load-status.failed").count(), 0, "no error after the reload");
  await page.context().close();
});

test("where the validator worker cannot start, the page checks the file itself and says so", async () => {
  // No service worker: it would serve the validator from its cache, past the route.
  const page = await strictPage({ serviceWorkers: "block" });
  await page.route(/\/validator-\w+\.js$/, (route) => route.abort());
  await visit(page, site.url("data/"));
  assert.match(await refuseThenOpen(page, "broken-no-worker.json"), /checked on this page, not in the background/);
  assert.equal(await headerTitle(page), EXAMPLE.title);
  await page.context().close();
});

const SUB = path.resolve(process.env.CP_DIST_SUB || "target/dist-sub");
test("under a sub-path and offline, the validator worker still checks files", { skip: !(fs.existsSync(SUB) && fs.readdirSync(SUB).some((f) => /^validator-\w+\.js$/.test(f))) && "build target/dist-sub (scripts/build.sh --public-url /counterpoint/ --dist target/dist-sub)" }, async () => {
  const sub = await startSite({ dir: SUB, base: "/counterpoint/" });
  const page = await strictPage();
  const workers = [];
  page.on("worker", (w) => workers.push(new URL(w.url()).pathname));
  await visit(page, sub.url("data/"));
  // Offline once the service worker has this build (it precaches the validator's files too).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    for (const k of keys) if ((await (await caches.open(k)).keys()).some((r) => /\/validator-\w+_bg\.wasm$/.test(r.url))) return true;
    return false;
  }, null, { timeout: 30000 });
  await page.context().setOffline(true);
  await sub.close();
  await page.reload();
  await hydrated(page);
  assert.doesNotMatch(await refuseThenOpen(page, "broken-offline.json"), /checked on this page/);
  assert.equal(await headerTitle(page), EXAMPLE.title);
  assert.ok(workers.length > 0 && workers.every((w) => /^\/counterpoint\/validator-\w+\.js$/.test(w)), workers.join(", "));
  assert.deepEqual(page.violations, []);
  await page.context().close();
});

test("on a host that sends the _headers file (its Content-Security-Policy header on every file, workers included), pages run and the validator worker checks files", async () => {
  const host = await startSite({ headers: true });
  const head = await fetch(host.url("data/"));
  const policy = head.headers.get("content-security-policy") || "";
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/, "the header is sent");
  assert.match(policy, /frame-ancestors 'none'/);
  const page = await strictPage({ serviceWorkers: "block" });
  const workers = [];
  page.on("worker", (w) => workers.push(w));
  // A worker's own violations do not reach the document's listener: the console, which reports
  // them, is checked below, and a worker that could not run would leave the check to the page,
  // which says so.
  await visit(page, host.url("data/"));
  assert.doesNotMatch(await refuseThenOpen(page, "broken-headers.json"), /checked on this page/, "the worker ran under the header's policy");
  assert.ok(workers.length >= 2, `a worker per check: ${workers.map((w) => w.url()).join(", ")}`);
  // Reading pages (islands, popovers, Cite, the chart) under the header too.
  for (const p of ["", "topics/tariffs/", "figures/", "glossary/"]) {
    await visit(page, host.url(p));
  }
  assert.deepEqual(page.violations, []);
  assert.deepEqual(page.logs.filter((l) => /Content Security Policy|pageerror/i.test(l)), []);
  await page.context().close();
  await host.close();
});

/// Strings that would run code, inject markup or styles, or wreck the layout if the app ever
/// treated dataset text as HTML.
const HOSTILE = [
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '<svg onload="window.__pwned=\'svg\'"><circle r=9 /></svg>',
  '"><iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>',
  "<style>body{display:none!important}</style>",
  '<a href="javascript:window.__pwned=\'link\'">click me</a>',
  "[markdown](javascript:window.__pwned='md')",
  "{{constructor.constructor('window.__pwned=\"tpl\"')()}}",
  "\u202Eevil reversed\u202C and \u2067isolate\u2069 \u200B\uFEFF",
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
];
const TEXT_KEYS = new Set(["adjective", "aspect", "assessment", "description", "excerpt", "label", "name", "note", "notes", "outlet", "outlet_description", "question", "role", "scope", "short_name", "subtitle", "summary", "text", "title", "translation", "venue"]);

function hostile(dataset) {
  let n = 0;
  const walk = (x, key) => {
    if (Array.isArray(x)) return x.map((v) => walk(v, key));
    if (x && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v, k)]));
    if (typeof x === "string" && TEXT_KEYS.has(key) && key !== "excerpt") {
      const payload = HOSTILE[n++ % HOSTILE.length];
      // Every tenth string also gets an endless unbroken word.
      return `${payload} ${x}${n % 10 === 0 ? " " + "W".repeat(3000) : ""}`;
    }
    return x;
  };
  return walk(dataset);
}

test("a dataset full of hostile strings is shown as text: nothing runs, the layout holds", async () => {
  const page = await strictPage({ width: 1280 });
  await visit(page, site.url("data/"));
  const data = hostile(EMBEDDED);
  data.title = HOSTILE[0] + " Hostile test";
  await page.setInputFiles("#dataset-file", writeTmp("hostile.json", JSON.stringify(data)));
  await page.waitForSelector(".load-status.opened", { timeout: 30000 });
  const routes = ["", "compare/", "timeline/", "figures/", "people/", "contested/", "coverage/", "sources/", `topics/${EMBEDDED.topics[0].id}/`, `sources/${EMBEDDED.sources[0].id}/`, "changes/"];
  for (const r of routes) {
    // In-app navigation keeps the dataset; a reload restores it from this tab's storage.
    await visit(page, site.url(r));
    await page.waitForFunction(() => document.querySelector(".site-header .dataset-title")?.textContent.includes("Hostile test"));
    await page.waitForTimeout(100);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      scripts: [...document.querySelectorAll("body script")].length,
      injected: document.querySelectorAll("main img, main iframe, main circle[r='9'], main style, main [onerror], main [onload], main a[href^='javascript:']").length,
      literal: document.body.innerText.includes('<script>window.__pwned="script"</script>'),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      visible: getComputedStyle(document.body).display !== "none",
      navTop: document.querySelector('nav[aria-label="Main"]').getBoundingClientRect().top,
      bidi: getComputedStyle(document.querySelector("main h1")).unicodeBidi,
    }));
    assert.equal(state.pwned, undefined, r);
    assert.equal(state.scripts, 0, `no script element in the body on /${r}`);
    assert.equal(state.injected, 0, `no injected element on /${r}`);
    assert.ok(state.literal || r !== "", "the payload is shown literally, as text");
    assert.ok(state.overflow <= 1, `no horizontal overflow on /${r} (${state.overflow}px)`);
    assert.ok(state.visible);
    assert.ok(state.navTop < 200, "the navigation stays in place");
    assert.equal(state.bidi, "isolate", "bidirectional controls cannot leak out of an element");
    if (r === "" || r.startsWith("topics/")) await shot(page, `hostile-${r.replace(/\W+/g, "-") || "home"}`);
  }
  // Links from the dataset are only ever http(s): a javascript: URL is refused at validation.
  const bad = structuredClone(EMBEDDED);
  bad.sources[0].url = "javascript:window.__pwned='url'";
  await visit(page, site.url("data/"));
  await page.setInputFiles("#dataset-file", writeTmp("bad-url.json", JSON.stringify(bad, null, 1)));
  await page.waitForSelector(".load-status.failed");
  assert.match(await page.locator(".data-problems").innerText(), /sources\[0\]\.url/);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.violations, []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.context().close();
});
