// Speculation Rules: resting the pointer on a link to a reading page makes Chromium prerender it,
// and following the link then shows the prerendered page. At the root and under a sub-path,
// since the rules' patterns resolve against <base href>; and under the strict CSP, which allows
// the rules' block by its hash.
//
// Playwright cannot check this: Chromium turns prerendering off for a DevTools session attached
// to a page without going through its tab target (PrerenderingDisabledByDevTools), which is
// how Playwright attaches. So this file drives Chromium over the DevTools protocol itself (a
// pipe, tab target first), and uses the harness only to serve the builds.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSite, DIST } from "./harness.mjs";

const BUILDS = [
  { name: "at the root", base: "/", dir: DIST },
  { name: "under /counterpoint/", base: "/counterpoint/", dir: path.resolve("target/dist-sub") },
];

// Pages that must not be prerendered (they load the full app, and a prerender runs scripts).
const EXCLUDED = /\/(my|data|search|datasets)\/|[?&]dataset=/;

/// Chromium with `--remote-debugging-pipe`: `send(method, params, sessionId)` and events.
function chromium() {
  const exe = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => p && fs.existsSync(p));
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-spec-"));
  const proc = spawn(exe, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", `--user-data-dir=${userDir}`, "--remote-debugging-pipe", "--window-size=1280,900", "about:blank"], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });
  let id = 0;
  let buffer = "";
  const pending = new Map();
  const listeners = new Set();
  proc.stdio[4].on("data", (chunk) => {
    buffer += chunk.toString();
    let end;
    while ((end = buffer.indexOf("\0")) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const { ok, fail, method } = pending.get(message.id);
        pending.delete(message.id);
        message.error ? fail(new Error(`${method}: ${message.error.message}`)) : ok(message.result);
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const cdp = {
    send(method, params = {}, sessionId) {
      const message = { id: ++id, method, params, ...(sessionId ? { sessionId } : {}) };
      return new Promise((ok, fail) => {
        pending.set(message.id, { ok, fail, method });
        proc.stdio[3].write(JSON.stringify(message) + "\0");
      });
    },
    /// Resolves with the first event for which `match(event)` is true, or fails after `ms`.
    waitFor(what, match, ms = 15000) {
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          fail(new Error(`timed out waiting for ${what}`));
        }, ms);
        const listener = (event) => {
          if (match(event)) {
            clearTimeout(timer);
            listeners.delete(listener);
            ok(event);
          }
        };
        listeners.add(listener);
      });
    },
    on(listener) {
      listeners.add(listener);
    },
    close() {
      proc.kill();
      // Chromium's helpers may still be writing its profile as it exits: retry, and never let
      // the clean-up of a temporary folder fail the tests.
      proc.once("exit", () => {
        try {
          fs.rmSync(userDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
        } catch {}
      });
    },
  };
  return cdp;
}

/// A new tab, attached through its tab target (which keeps prerendering allowed): the page's
/// session, every session's console and log messages (`logs`), and the Preload events (`preload`).
async function startTab(cdp) {
  const logs = [];
  const preload = [];
  const prerenders = [];
  const sessions = new Set();
  cdp.on(async (e) => {
    if (e.method === "Target.attachedToTarget" && e.params.targetInfo.type === "page") {
      // A page (the tab's, or a prerender): listen before it runs, then let it run.
      const s = e.params.sessionId;
      sessions.add(s);
      if (e.params.targetInfo.subtype === "prerender") prerenders.push(s);
      // (A prerender's session has no Preload domain: ignore what a session lacks.)
      // Sent in order, so the domains are on before the page runs; not awaited, since a paused
      // page may answer only once it runs.
      for (const m of ["Runtime.enable", "Log.enable", "Page.enable", "Preload.enable"]) cdp.send(m, {}, s).catch(() => {});
      cdp.send("Runtime.runIfWaitingForDebugger", {}, s).catch(() => {});
    }
    if (!sessions.has(e.sessionId)) return;
    if (e.method === "Log.entryAdded") logs.push(`${e.params.entry.level}: ${e.params.entry.text}`);
    if (e.method === "Runtime.consoleAPICalled") logs.push(`${e.params.type}: ${e.params.args.map((a) => a.value ?? a.description).join(" ")}`);
    if (e.method === "Runtime.exceptionThrown") logs.push(`pageerror: ${e.params.exceptionDetails.exception?.description ?? e.params.exceptionDetails.text}`);
    if (e.method.startsWith("Preload.")) preload.push(e);
  });
  const tabAttached = cdp.waitFor("the tab target", (e) => e.method === "Target.attachedToTarget" && e.params.targetInfo.type === "tab");
  // The tab Chromium opened at start.
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: true, filter: [{ type: "tab" }] });
  const tab = (await tabAttached).params.sessionId;
  const pageAttached = cdp.waitFor("the page target", (e) => e.method === "Target.attachedToTarget" && e.sessionId === tab && e.params.targetInfo.type === "page");
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, tab);
  const page = (await pageAttached).params.sessionId;
  const evaluate = async (expression, session = page) => (await cdp.send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true }, session)).result.value;
  return { page, logs, preload, prerenders, evaluate };
}

const sites = [];
before(async () => {
  for (const b of BUILDS) sites.push(await startSite({ base: b.base, dir: b.dir }));
});
after(async () => {
  for (const s of sites) await s.close();
});

const RULES = /<script type="?speculationrules"?>([\s\S]*?)<\/script>/;

test("every page of both builds has the same rules block, allowed by its hash in the CSP", () => {
  const blocks = new Set();
  for (const b of BUILDS) {
    const headers = fs.readFileSync(path.join(b.dir, "_headers"), "utf8");
    for (const rel of ["index.html", "topics/tariffs/index.html", "as-of/eve-of-geneva/index.html", "search/index.html", "404.html"]) {
      const html = fs.readFileSync(path.join(b.dir, rel), "utf8");
      const m = html.match(RULES);
      assert.ok(m, `${b.name} ${rel} has speculation rules`);
      blocks.add(m[1]);
      const hash = `'sha256-${crypto.createHash("sha256").update(m[1]).digest("base64")}'`;
      const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
      assert.ok(csp.includes(hash) && headers.includes(hash), `${b.name} ${rel}: CSP and _headers allow the rules by hash`);
      assert.ok(!/unsafe-inline|inline-speculation-rules/.test(csp), "no blanket inline allowance");
    }
  }
  assert.equal(blocks.size, 1, "one identical block for every page and build");
  const rules = JSON.parse([...blocks][0]);
  assert.equal(rules.prerender[0].eagerness, "moderate");
});

for (const [i, b] of BUILDS.entries()) {
  test(`${b.name}: hovering a reading link prerenders it, the click shows it, pages that load the app are left out`, async (t) => {
    const site = sites[i];
    // A browser of its own: a fresh profile, its start tab to drive.
    const cdp = chromium();
    t.after(() => cdp.close());
    const { page, logs, preload, prerenders, evaluate } = await startTab(cdp);
    await cdp.send("Page.navigate", { url: site.url() }, page);
    await cdp.waitFor("the home page's load", (e) => e.method === "Page.loadEventFired" && e.sessionId === page);
    const ruleSet = preload.find((e) => e.method === "Preload.ruleSetUpdated")?.params.ruleSet;
    assert.ok(ruleSet, "Chromium read the rules");
    assert.equal(ruleSet.errorType, undefined, `rules parse: ${ruleSet.errorMessage}`);

    // Which links are candidates (whatever the eagerness): reading pages yes, the rest no.
    const candidates = async () => {
      await new Promise((ok) => setTimeout(ok, 500));
      const last = preload.filter((e) => e.method === "Preload.preloadingAttemptSourcesUpdated").at(-1);
      return new Set(last.params.preloadingAttemptSources.filter((s) => s.key.action === "Prerender").map((s) => s.key.url));
    };
    const links = await evaluate(`[...document.querySelectorAll("a[href]")].map((a) => a.href.split("#")[0])`);
    const home = await candidates();
    assert.ok(home.has(site.url("compare/")) && home.has(site.url("topics/tariffs/")), `reading pages are candidates: ${[...home]}`);
    assert.ok(links.some((l) => /\/my\/$/.test(l)) && links.some((l) => /\/search\/$/.test(l)), "the home page links to My briefing and search");
    for (const url of home) {
      assert.ok(url.startsWith(site.url()), `${url} is under the base`);
      assert.ok(!EXCLUDED.test(url.slice(site.url().length - 1)), `${url} must not be prerendered`);
    }

    // Rest the pointer on the Compare link: a prerender, ready before the click.
    const box = await evaluate(`(() => { const a = [...document.querySelectorAll(".main-nav a")].find((a) => a.href === ${JSON.stringify(site.url("compare/"))}); a.scrollIntoView({ block: "center" }); const r = a.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
    const ready = cdp.waitFor("the prerender of compare/", (e) => e.method === "Preload.prerenderStatusUpdated" && e.params.key.url === site.url("compare/") && ["Ready", "Failure"].includes(e.params.status));
    await cdp.send("Input.dispatchMouseEvent", { type: "mouseMoved", x: box.x, y: box.y }, page);
    const status = (await ready).params;
    assert.equal(status.status, "Ready", `prerender failed: ${status.prerenderStatus} ${status.disallowedMojoInterface ?? ""}`);
    assert.equal(prerenders.length, 1, "one prerendered page");
    assert.equal(await evaluate("document.prerendering", prerenders[0]), true);

    // Follow the link as a document navigation would (the hydrated SPA of today handles a click
    // itself; a static reading page does not): the prerendered page is shown.
    const activated = cdp.waitFor("the activation", (e) => e.method === "Preload.prerenderStatusUpdated" && e.params.key.url === site.url("compare/") && e.params.status === "Success");
    await evaluate(`location.href = ${JSON.stringify(site.url("compare/"))}`);
    await activated;
    const shown = prerenders[0];
    const nav = await evaluate(`(() => { const n = performance.getEntriesByType("navigation")[0]; return { url: location.href, activationStart: n.activationStart, prerendering: document.prerendering }; })()`, shown);
    assert.equal(nav.url, site.url("compare/"));
    assert.ok(nav.activationStart > 0, `the page shown was prerendered (activationStart ${nav.activationStart})`);
    assert.equal(nav.prerendering, false);

    // Pages that load the full app are no candidates, nor is any ?dataset= link.
    await cdp.send("Page.navigate", { url: site.url("data/") }, shown);
    await cdp.waitFor("the dataset page's load", (e) => e.method === "Page.loadEventFired" && e.sessionId === shown);
    const dataLinks = await evaluate(`[...document.querySelectorAll("a[href]")].map((a) => a.href)`, shown);
    assert.ok(dataLinks.some((l) => /\?dataset=/.test(l)), "the dataset page links to an example dataset");
    for (const url of await candidates()) assert.ok(!EXCLUDED.test(url.slice(site.url().length - 1)), `${url} must not be prerendered`);

    const csp = logs.filter((l) => /Content Security Policy|Refused to/i.test(l));
    assert.deepEqual(csp, [], "no CSP violation");
  });
}
