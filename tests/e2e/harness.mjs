// Shared set-up for end-to-end tests: the release site served as plain static files on a free
// loopback port, and headless Chromium (the system's) driven by playwright-core.
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

export async function startSite({ base = "/", dir = DIST } = {}) {
  if (!fs.existsSync(path.join(dir, "index.html"))) throw new Error(`${dir}/index.html missing: run scripts/build.sh first`);
  const server = createServer(dir, { base });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
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

/// A page that records console messages and page errors, for hydration checks.
export async function newPage(browser, { width = 1280, height = 900, javaScriptEnabled = true, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, colorScheme });
  const page = await context.newPage();
  page.logs = [];
  page.on("console", (m) => page.logs.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => page.logs.push(`pageerror: ${e.message}`));
  return page;
}

/// Waits until the WASM app has hydrated (Trunk fires TrunkApplicationStarted; we mark <html>).
export async function hydrated(page) {
  await page.waitForFunction(() => window.wasmBindings !== undefined && document.documentElement.dataset.hydrated === "true", null, { timeout: 30000 });
}

export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
