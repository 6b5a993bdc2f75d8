// Mobile: every prerendered page at 375 × 812 (a small phone): nothing wider than the screen,
// the main navigation reachable, and a full-page screenshot for review in
// artifacts/screenshots/mobile/.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { withSite, visit, SHOTS } from "./harness.mjs";
import { prerenderedRoutes } from "./routes.mjs";

const WIDTH = 375;
const DIR = path.join(SHOTS, "mobile");

const site = withSite();

test(`every prerendered page fits ${WIDTH} px, keeps its navigation reachable, and is screenshotted`, async () => {
  const routes = prerenderedRoutes();
  assert.ok(routes.length > 40);
  fs.mkdirSync(DIR, { recursive: true });
  const context = await site.context({ viewport: { width: WIDTH, height: 812 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  const page = await context.newPage();
  const problems = [];
  for (const route of routes) {
    await visit(page, site.url(route));
    const fit = await page.evaluate((width) => {
      const doc = document.documentElement;
      // The elements that stick out, for the message (scrolling boxes may hold wide content).
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest(".table-wrap, .chart, .main-nav, .sr-only, .skip-link, .cite-tip"))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} (${Math.round(el.getBoundingClientRect().right)}px)`);
      return { scrollWidth: doc.scrollWidth, wide };
    }, WIDTH);
    if (fit.scrollWidth > WIDTH) problems.push(`/${route}: ${fit.scrollWidth}px wide; ${fit.wide.join(", ")}`);
    // Every main navigation link can be reached: scrolled into view it is on screen, not
    // covered, and big enough to tap (24 px, WCAG 2.2 target size). Then back to the start,
    // as a reader first sees the page.
    const nav = await page.evaluate((width) => {
      const links = [...document.querySelectorAll(".main-nav a")];
      const out = links.length < 5 ? ["navigation missing"] : [];
      for (const a of links) {
        a.scrollIntoView({ block: "nearest", inline: "nearest" });
        const r = a.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (r.left < -0.5 || r.right > width + 0.5 || r.height < 24 || r.width < 24 || !a.contains(hit)) {
          out.push(`"${a.textContent}" not reachable (${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.height)}px)`);
        }
      }
      document.querySelector(".main-nav").scrollLeft = 0;
      window.scrollTo(0, 0);
      return out;
    }, WIDTH);
    for (const p of nav) problems.push(`/${route}: ${p}`);
    const name = route === "" ? "home" : route.replace(/\/$/, "").replace(/[/?=]/g, "_");
    await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true });
  }
  await context.close();
  assert.deepEqual(problems, []);
});
