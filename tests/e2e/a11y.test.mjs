// Accessibility: axe-core (WCAG 2.0–2.2 A and AA rules, incl. colour contrast and 2.2's target
// size, and axe's best
// practices: landmarks, heading order) on EVERY prerendered
// page (each dist/**/index.html, and 404.html through an unknown URL), in the light and the
// dark theme, after hydration; on pages with the keyboard-shortcut overlay open; and, with
// `prefers-reduced-motion: reduce`, no animation or transition left. Any violation fails with
// its rule, impact and elements. The per-route results go to artifacts/a11y-report.md.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { withSite, visit } from "./harness.mjs";
import { prerenderedRoutes } from "./routes.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
// WCAG 2.0/2.1 A and AA and 2.2 AA (target size: the [n] markers side by side in tables), plus
// axe's best practices: landmarks (all content in one, one main, unique labels), heading order,
// one h1 per page.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const REPORT = path.resolve("artifacts/a11y-report.md");

// Plus a page in a state of its own: search results.
// Plus a page with another dataset open from a link: its banner is outside the page's own content.
const OTHER_DATASET = "data/?dataset=datasets/us-japan-2019.json";
const routes = [...prerenderedRoutes(), "search/?q=tariff", OTHER_DATASET];
const results = new Map(routes.map((r) => [r, {}]));

const site = withSite();
after(() => writeReport());

/// A context for one theme: axe injected into every page; the CSP (strict: no inline script)
/// bypassed for that injection only; service workers off, as they change nothing on screen.
async function themed(colorScheme, extra = {}) {
  const context = await site.context({ colorScheme, bypassCSP: true, serviceWorkers: "block", ...extra });
  await context.addInitScript({ path: AXE });
  return context;
}

async function axe(page) {
  return page.evaluate(async (tags) => {
    // Only violations are collected in full (a third faster than collecting every pass).
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return {
      violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ${v.nodes[0].target.join(" ")}`),
      elements: document.querySelectorAll("*").length,
      rules: r.passes.length + r.violations.length + r.incomplete.length,
    };
  }, TAGS);
}

/// Runs axe on every route in one theme; the failures, as text.
async function sweep(scheme) {
  const context = await themed(scheme);
  const page = await context.newPage();
  const failing = [];
  for (const route of routes) {
    await visit(page, site.url(route));
    if (route === OTHER_DATASET) await page.waitForSelector(".dataset-banner .showing-other");
    const r = await axe(page);
    results.get(route)[scheme] = r;
    if (r.violations.length) failing.push(`/${route}: ${r.violations.join("; ")}`);
  }
  await context.close();
  return failing;
}

// Both themes at once (two renderer processes): the sweep of ~60 pages × 2 stays near a minute
// and a half on two cores.
let sweeps;
for (const scheme of ["light", "dark"]) {
  test(`axe finds no WCAG A/AA or best-practice violation on any of the ${routes.length} pages (${scheme} theme)`, async () => {
    assert.ok(routes.length > 40, `expected every prerendered page, found ${routes.length}`);
    sweeps ??= { light: sweep("light"), dark: sweep("dark") };
    assert.deepEqual(await sweeps[scheme], []);
  });
}

test("axe finds no violation with the keyboard-shortcut overlay open, in both themes", async () => {
  const failing = [];
  for (const scheme of ["light", "dark"]) {
    const context = await themed(scheme);
    const page = await context.newPage();
    for (const route of ["", "topics/tariffs/", "search/"]) {
      await visit(page, site.url(route));
      // Out of the search box (which takes "?" as text), then the shortcut.
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press("?");
      await page.waitForSelector(".dialog[role=dialog]");
      const r = await axe(page);
      results.set(`${route} (help overlay open)`, { ...(results.get(`${route} (help overlay open)`) || {}), [scheme]: r });
      if (r.violations.length) failing.push(`/${route} overlay, ${scheme}: ${r.violations.join("; ")}`);
    }
    await context.close();
  }
  assert.deepEqual(failing, []);
});

test("with prefers-reduced-motion: reduce, no animation or transition lasts longer than 0.01 s", async () => {
  // A probe element asks for motion; the stylesheet must take it away (and only when asked).
  const probe = () => {
    const el = document.createElement("div");
    el.id = "motion-probe";
    el.style.cssText = "transition: opacity 1s ease 0s; animation: cp-probe 2s infinite";
    document.body.append(el);
  };
  const longest = () => {
    const seconds = (v) => Math.max(...v.split(",").map((s) => parseFloat(s) * (s.trim().endsWith("ms") ? 0.001 : 1)));
    let worst = { s: 0, where: "" };
    for (const el of document.querySelectorAll("*")) {
      for (const pseudo of [null, "::before", "::after"]) {
        const cs = getComputedStyle(el, pseudo);
        const s = Math.max(seconds(cs.transitionDuration), cs.animationName === "none" ? 0 : seconds(cs.animationDuration));
        if (s > worst.s) worst = { s, where: `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""}${pseudo || ""}` };
      }
    }
    return worst;
  };
  const motion = {};
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const context = await themed("light", { reducedMotion });
    const page = await context.newPage();
    motion[reducedMotion] = [];
    for (const route of ["", "topics/tariffs/", "timeline/", "figures/", "people/"]) {
      await visit(page, site.url(route));
      await page.evaluate(probe);
      motion[reducedMotion].push([route, await page.evaluate(longest)]);
    }
    await context.close();
  }
  // Control: without the preference the probe keeps its motion, so the check can see motion.
  for (const [route, worst] of motion["no-preference"]) assert.ok(worst.s >= 1, `/${route}: probe motion not seen (${JSON.stringify(worst)})`);
  for (const [route, worst] of motion.reduce) assert.ok(worst.s <= 0.01, `/${route}: ${worst.where} still moves for ${worst.s}s`);
});

function writeReport() {
  const count = (r) => (r ? String(r.violations.length) : "not run");
  const lines = [
    "# Accessibility: axe-core per route",
    "",
    `axe-core ${require("axe-core/package.json").version}, rules tagged ${TAGS.join(", ")}, headless Chromium, 1280×900, after hydration.`,
    `Generated by tests/e2e/a11y.test.mjs on ${new Date().toISOString().slice(0, 10)}.`,
    "",
    "Elements: the number of elements in the document axe ran on (the whole page); rules: the axe rules that applied to it.",
    "",
    "| Route | Violations (light) | Violations (dark) | Elements (light / dark) | Rules applied |",
    "|---|---:|---:|---:|---:|",
  ];
  for (const [route, r] of results) {
    const label = route.startsWith("no/such/page/") ? `/${route} (404.html)` : `/${route}`;
    lines.push(`| ${label} | ${count(r.light)} | ${count(r.dark)} | ${r.light?.elements ?? "–"} / ${r.dark?.elements ?? "–"} | ${r.light?.rules ?? r.dark?.rules ?? "–"} |`);
  }
  const all = [...results.values()].flatMap((r) => [r.light, r.dark]).filter(Boolean);
  const bad = [...results].flatMap(([route, r]) => ["light", "dark"].flatMap((s) => (r[s]?.violations || []).map((v) => `- /${route} (${s}): ${v}`)));
  lines.push("", `Total: ${all.length} page checks, ${all.reduce((n, r) => n + r.violations.length, 0)} violations.`);
  if (bad.length) lines.push("", "## Violations", "", ...bad);
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, lines.join("\n") + "\n");
}
