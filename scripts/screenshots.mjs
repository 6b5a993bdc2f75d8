// Screenshots of every kind of page at desktop and phone widths, light and dark, for people to look at:
// node scripts/screenshots.mjs [DIST] -> artifacts/screenshots/*.png
import { startSite, launch, recordLogs, hydrated, shot } from "../tests/e2e/harness.mjs";

/// A page of its own context at `width`, in `colorScheme`.
async function newPage(browser, { width = 1280, height = 800, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  return recordLogs(await context.newPage());
}

const pages = [
  ["home", ""], ["topic-tariffs", "topics/tariffs/"], ["topic-chips", "topics/chips-export-controls/"],
  ["compare", "compare/"], ["sources", "sources/"], ["eve-home", "as-of/eve-of-geneva/"],
  ["eve-topic-tariffs", "as-of/eve-of-geneva/topics/tariffs/"], ["not-found", "no/such/page/"],
  ["timeline", "timeline/"], ["figures", "figures/"], ["people", "people/"], ["contested", "contested/"],
  ["coverage", "coverage/"], ["changes", "changes/"], ["search", "search/?q=rare%20earth"],
  ["commitments", "commitments/"], ["raised", "raised/"], ["numbers", "numbers/"], ["glossary", "glossary/"],
];
const site = await startSite({ dir: process.argv[2] || "dist" });
const browser = await launch();
try {
  const src = await (async () => { const p = await newPage(browser); await p.goto(site.url("sources/")); const h = await p.getAttribute(".source-item h2 a", "href"); await p.context().close(); return h; })();
  pages.push(["source", src.replace(/^\//, "")]);
  for (const [name, path] of pages) {
    for (const [suffix, width, colorScheme] of [["", 1280, "light"], ["-375", 375, "light"], ["-dark", 1280, "dark"], ["-375-dark", 375, "dark"]]) {
      const page = await newPage(browser, { width, height: 800, colorScheme });
      await page.goto(site.url(path));
      await hydrated(page).catch(() => {});
      await shot(page, name + suffix);
      await page.context().close();
    }
  }
  console.log("screenshots in artifacts/screenshots/");
} finally {
  await browser.close();
  await site.close();
}
