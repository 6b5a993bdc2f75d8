// Shared set-up for end-to-end tests: the release site served as plain static files on a free
// loopback port, and headless Chromium (the system's) driven by playwright-core.
//
// A test file calls `const site = withSite()` once at the top: the site is served and the
// browser launched before its tests and both closed after them; tests then take a context,
// a page or an opened page from `site`.
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { createServer } from "../../scripts/serve.mjs";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";

export const DIST = process.env.CP_DIST || path.resolve("dist");
export const SHOTS = path.resolve("artifacts/screenshots");

function chromiumPath() {
  for (const p of [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (p && fs.existsSync(p)) return p;
  }
  throw new Error("no Chromium found: run scripts/setup.sh");
}

/// The build in `dir` served under `base` on a free loopback port: `url(path)` is the address
/// of a page (`path` relative to the base, "" for the home page); `close()` stops the server
/// and drops its open keep-alive connections, so a test can also use it to cut the network.
export async function startSite({ base = "/", dir = DIST, headers = false } = {}) {
  if (!fs.existsSync(path.join(dir, "index.html"))) throw new Error(`${dir}/index.html missing: run scripts/build.sh first`);
  const server = createServer(dir, { base, headers });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const root = `http://127.0.0.1:${server.address().port}${base}`;
  return {
    url: (p = "") => root + p,
    origin: new URL(root).origin,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

export async function launch() {
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-chrome-"));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic", `--user-data-dir=${userDir}`].filter((a) => !a.startsWith("--user-data-dir")),
  });
  return browser;
}

/// Keeps `page`'s console messages and page errors in `page.logs`, for hydration checks.
export function recordLogs(page) {
  page.logs = [];
  page.on("console", (m) => page.logs.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => page.logs.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => page.logs.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  return page;
}

/// The desktop window every test uses unless it says otherwise.
export const VIEWPORT = { width: 1280, height: 900 };

/// Registers this file's set-up: before its tests the build in `dir` is served under `base`
/// (unless `serve` is false: a file that starts its own servers) and Chromium launched; after
/// them both are closed. Returns the handle the tests use:
/// - `url(path)`, `origin`: the served site's addresses;
/// - `browser`: the launched browser;
/// - `context(options)`: a new browser context (Playwright's options; the viewport defaults
///   to `VIEWPORT`);
/// - `page({ width, height, ...options })`: a page in a new context of its own, logging
///   (`page.logs`);
/// - `open(path, options)`: such a page, gone to `path`; `page.status` is the HTTP status.
export function withSite({ dir = DIST, base = "/", serve = true } = {}) {
  let server, browser;
  before(async () => {
    if (serve) server = await startSite({ base, dir });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: (p = "") => server.url(p),
    get origin() {
      return server.origin;
    },
    get browser() {
      return browser;
    },
    context: (options = {}) => browser.newContext({ viewport: VIEWPORT, ...options }),
    async page({ width = VIEWPORT.width, height = VIEWPORT.height, ...options } = {}) {
      const context = await this.context({ viewport: { width, height }, ...options });
      return recordLogs(await context.newPage());
    },
    async open(p, options) {
      const page = await this.page(options);
      page.status = (await page.goto(this.url(p))).status();
      return page;
    },
  };
}

/// Waits until the page is live: every island of a static page hydrated (`<html
/// data-live="islands">`) or the full app rendered (`data-live="workshop"`). With `what`, waits
/// for that one. A static page loads its islands on the reader's intent (index.html's start
/// script), so this shows intent as a keyboard reader would, a focus on an island's control
/// (given back at once), unless the page is live or starting already.
export async function live(page, what) {
  await page.waitForFunction((w) => {
    const h = document.documentElement;
    const l = h.dataset.live;
    if (!l && !h.hasAttribute("data-waking")) {
      const control = document.querySelector("[data-island] button, [data-island] input, [data-island] select");
      if (control) {
        const before = document.activeElement;
        control.focus({ preventScroll: true });
        if (before && before !== document.body && before !== control) before.focus({ preventScroll: true });
        else control.blur();
      }
    }
    return w ? l === w : l === "islands" || l === "workshop";
  }, what ?? null, { timeout: 30000 }).catch(async (e) => {
    // Say where the start stopped: its attributes, the roots still waiting, the page's logs.
    const state = await page.evaluate(() => {
      const h = document.documentElement;
      const roots = [...document.querySelectorAll("[data-island]")];
      return { url: location.href, attributes: h.getAttributeNames().map((n) => `${n}=${h.getAttribute(n)}`), roots: roots.length, unhydrated: roots.filter((r) => !r.hasAttribute("data-hydrated")).map((r) => r.dataset.island), files: performance.getEntriesByType("resource").filter((f) => /islands/.test(f.name)).map((f) => `${f.name.replace(/.*\//, "")} ${Math.round(f.responseEnd)}`), links: [...document.querySelectorAll("link[rel=modulepreload], script[src]")].map((l) => l.getAttribute("href") || l.getAttribute("src")) };
    }).catch((why) => `unreadable: ${why}`);
    throw new Error(`${e.message}\nnot live: ${JSON.stringify(state)}\nlogs:\n${(page.logs || []).join("\n")}`);
  });
}

/// Waits until the full app (the workshop) runs in the page: it loads on /my/, /data/, search,
/// for another dataset, and when the reader types into the header's search field.
export async function workshop(page) {
  await live(page, "workshop");
}

/// The old name: the page is live (islands or the full app).
export const hydrated = (page) => live(page);

/// Goes to `url` and waits until the app has hydrated there; returns the response.
export async function visit(page, url, options) {
  const response = await page.goto(url, options);
  await hydrated(page);
  return response;
}

export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
