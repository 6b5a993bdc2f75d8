// Print: every page's citations as numbered notes matching its [n] markers; navigation and
// controls hidden, black on white in either theme, collapsed sections open; and the briefing
// and a topic printed to PDF on A4 and on Letter (artifacts/print/).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { withSite, visit, DIST } from "./harness.mjs";
import { prerenderedRoutes } from "./routes.mjs";

const OUT = path.resolve("artifacts/print");

const site = withSite();

/// The citation markers in a page's <main> (number → passages) and its printed notes.
function markersAndNotes(html) {
  html = html.replace(/<!--[\s\S]*?-->/g, "");
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  const split = main.includes('class="print-notes print-only"') ? main.lastIndexOf("<section", main.indexOf('class="print-notes print-only"')) : -1;
  const body = split < 0 ? main : main.slice(0, split);
  const notesHtml = split < 0 ? "" : main.slice(split);
  const markers = new Map();
  const marker = /<span class="cite-n">\[(\d+)\]<\/span><span [^>]*class="cite-tip"[^>]*><span class="cite-tip-src">[^<]*<\/span>((?:<span class="cite-tip-ex">[^<]*<\/span>)*)/g;
  for (const [, n, tips] of body.matchAll(marker)) {
    const set = markers.get(n) || new Set();
    for (const [, ex] of tips.matchAll(/<span class="cite-tip-ex">([^<]*)<\/span>/g)) set.add(ex);
    markers.set(n, set);
  }
  const notes = new Map();
  for (const [, n, inner] of notesHtml.matchAll(/<li [^>]*data-n="(\d+)"[^>]*>([\s\S]*?)<\/ul><\/li>/g)) {
    notes.set(n, new Set([...inner.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1])));
  }
  return { markers, notes };
}

const flat = (m) => [...m].flatMap(([n, set]) => [...set].map((ex) => `[${n}] ${ex}`)).sort();

test("on every prerendered page the printed notes list exactly the sources and passages its markers cite", () => {
  const routes = prerenderedRoutes().filter((r) => !r.startsWith("no/such/"));
  let withNotes = 0;
  for (const route of routes) {
    const html = fs.readFileSync(path.join(DIST, route, "index.html"), "utf8");
    const { markers, notes } = markersAndNotes(html);
    assert.deepEqual([...notes.keys()].sort(), [...markers.keys()].sort(), `/${route}: note numbers differ from marker numbers`);
    assert.deepEqual(flat(notes), flat(markers), `/${route}: noted passages differ from cited passages`);
    const numbers = [...notes.keys()].map(Number);
    assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), `/${route}: notes in number order`);
    if (notes.size) withNotes++;
  }
  assert.ok(withNotes >= 20, `only ${withNotes} pages have notes`);
});

for (const [name, route] of [["briefing", ""], ["topic-tariffs", "topics/tariffs/"]]) {
  test(`print view of the ${name}: no navigation or controls, black on white, numbered notes; PDF on A4 and Letter`, async () => {
    // The dark theme on screen must not reach paper.
    const context = await site.context({ colorScheme: "dark", serviceWorkers: "block" });
    const page = await context.newPage();
    await visit(page, site.url(route));
    assert.equal(await page.isVisible(".print-notes"), false, "notes are print-only");
    assert.equal(await page.isVisible(".site-header nav"), true);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [".site-header", ".main-nav", ".theme-toggle", ".site-footer", ".snapshot-switch"]) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} hidden in print`);
    }
    if (await page.locator(".copy-cite-button").count()) assert.equal(await page.locator(".copy-cite-button").first().isVisible(), false, "copy buttons hidden");
    assert.equal(await page.isVisible(".print-notes"), true, "notes shown in print");
    const colours = await page.evaluate(() => {
      const cs = (sel) => getComputedStyle(document.querySelector(sel));
      return { bg: cs("body").backgroundColor, ink: cs("body").color, main: cs("main p").color };
    });
    assert.equal(colours.bg, "rgb(255, 255, 255)");
    assert.equal(colours.ink, "rgb(0, 0, 0)");
    // The markers printed in the text and the notes agree.
    const { shown, noted } = await page.evaluate(() => {
      const notes = document.querySelector(".print-notes");
      const shown = [...document.querySelectorAll("main .cite-n")].filter((el) => !notes.contains(el) && el.getClientRects().length > 0).map((el) => el.textContent.replace(/\D/g, ""));
      const noted = [...notes.querySelectorAll(".print-note")].map((li) => li.dataset.n);
      return { shown: [...new Set(shown)].sort(), noted: noted.sort() };
    });
    assert.ok(shown.length > 0);
    assert.deepEqual(noted, shown);
    // Scrolling boxes print in full.
    const clipped = await page.evaluate(() => [...document.querySelectorAll(".table-wrap, .chart")].filter((el) => getComputedStyle(el).overflowX !== "visible").length);
    assert.equal(clipped, 0);
    fs.mkdirSync(OUT, { recursive: true });
    for (const format of ["A4", "Letter"]) {
      const file = path.join(OUT, `${name}-${format}.pdf`);
      await page.pdf({ path: file, format, printBackground: true });
      const pdf = fs.readFileSync(file).toString("latin1");
      const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) || []).length;
      assert.ok(pages > 0 && fs.statSync(file).size > 20000, `${file}: ${pages} pages, ${fs.statSync(file).size} bytes`);
      console.log(`${path.relative(process.cwd(), file)}: ${pages} pages, ${Math.round(fs.statSync(file).size / 1024)} KB`);
    }
    await context.close();
  });
}

test("collapsed sections print open: each person's quotes on the people page", async () => {
  const context = await site.context({ serviceWorkers: "block" });
  const page = await context.newPage();
  await visit(page, site.url("people/"));
  const quote = page.locator(".person-quotes .quote").first();
  assert.equal(await quote.isVisible(), false, "closed on screen");
  await page.emulateMedia({ media: "print" });
  assert.equal(await quote.isVisible(), true, "open on paper");
  await context.close();
});
