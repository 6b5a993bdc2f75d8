// Accessibility: axe-core (WCAG 2.x A and AA rules, incl. colour contrast) on every kind of
// page, in the light and the dark theme, after hydration. Any violation fails with its rule,
// impact and the elements concerned.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startSite, launch, newPage, hydrated } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const ROUTES = ["", "topics/tariffs/", "compare/", "timeline/", "figures/", "people/", "contested/", "coverage/", "changes/", "sources/", "sources/kyodo-2025-05-07/", "search/?q=tariff", "as-of/eve-of-geneva/", "no/such/page/"];
let site, browser;

before(async () => {
  site = await startSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds no WCAG A/AA violation on any route (${scheme} theme)`, async () => {
    const report = [];
    for (const route of ROUTES) {
      const page = await newPage(browser, { colorScheme: scheme });
      await page.goto(site.url + route);
      await hydrated(page);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ${v.nodes[0].target.join(" ")}`);
      });
      report.push(`/${route}: ${violations.length === 0 ? "no violations" : violations.join("; ")}`);
      await page.close();
    }
    console.log(`axe-core, ${scheme} theme:\n` + report.join("\n"));
    const failing = report.filter((r) => !r.endsWith("no violations"));
    assert.deepEqual(failing, []);
  });
}
