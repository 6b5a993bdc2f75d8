// The research toolkit (issue #13 items 1, 2 feed, 3, 6): the Atom feed, the bibliography
// files, the CSV tables, each page's citation meta tags and JSON-LD, and the Cite control with
// JavaScript off and on. Static files are fetched from the served build and parsed: the feed by
// Chromium's XML parser, the CSV, BibTeX and RIS by strict parsers below.
//
// Works on a build with or without `--site-url` (CP_DIST=target/dist-sub for one built with
// `--site-url https://example.org/counterpoint/ --public-url /counterpoint/`): with it every
// address must be absolute and under the site; without it none is written.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { withSite, visit, workshop, DIST } from "./harness.mjs";

const data = JSON.parse(fs.readFileSync(path.resolve("data/us-china-2025.json"), "utf8"));
const example = JSON.parse(fs.readFileSync(path.resolve("data/examples/us-japan-2019.json"), "utf8"));

// The build's public path (from its <base href>) and its site address (from a canonical link).
const home = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
const BASE = (home.match(/<base href="?([^" >]+)/) || [null, "/"])[1];
const SITE = (home.match(/<link rel="canonical" href="([^"]+)"/) || [null, null])[1];

const site = withSite({ base: BASE });

const get = async (p) => {
  const res = await fetch(site.url(p));
  assert.equal(res.status, 200, p);
  return res.text();
};

const stances = (d) => d.topics.flatMap((t) => t.points).flatMap((p) => p.stances).length;

/// Strict RFC 4180: CRLF after every record, quoted fields with doubled quotes, no bare
/// quotes, no lone CR or LF outside quotes, every record as wide as the header.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  let started = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        if (![",", "\r", undefined].includes(text[i + 1])) throw new Error(`text after a closing quote at ${i}`);
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (started) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = started = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
      started = false;
    } else if (c === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`CR without LF at ${i}`);
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      started = false;
      i++;
    } else if (c === "\n") throw new Error(`LF without CR at ${i}`);
    else {
      cell += c;
      started = true;
    }
    i++;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (started || row.length) throw new Error("the last record has no CRLF");
  for (const r of rows) if (r.length !== rows[0].length) throw new Error(`ragged record: ${r.length} fields, header ${rows[0].length}`);
  return rows;
}

/// A BibTeX reader: `@type{key, field = {value} | "value" | number, …}`; braces must balance
/// (a backslash escapes the next character); `%` lines outside entries are comments.
function parseBib(text) {
  const entries = [];
  let i = 0;
  const fail = (why) => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(text.slice(i, i + 40))}`);
  };
  const skip = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const braced = () => {
    if (text[i] !== "{") fail("expected {");
    let depth = 0;
    let out = "";
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\\") {
        out += c + text[i + 1];
        i++;
        continue;
      }
      if (c === "{") depth++;
      if (c === "}") depth--;
      if (depth === 0) {
        i++;
        return out.slice(1);
      }
      out += c;
    }
    fail("unbalanced braces");
  };
  while (i < text.length) {
    skip();
    if (i >= text.length) break;
    if (text[i] === "%") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (text[i] !== "@") fail("expected an entry");
    const type = /^@([A-Za-z]+)\{/.exec(text.slice(i));
    if (!type) fail("bad entry type");
    i += type[0].length;
    const key = /^([^,\s{}]+),/.exec(text.slice(i));
    if (!key) fail("bad key");
    i += key[0].length;
    const fields = {};
    for (;;) {
      skip();
      if (text[i] === "}") {
        i++;
        break;
      }
      const name = /^([A-Za-z][A-Za-z0-9_-]*)\s*=\s*/.exec(text.slice(i));
      if (!name) fail("bad field");
      i += name[0].length;
      let value;
      if (text[i] === "{") value = braced();
      else if (text[i] === '"') {
        const end = text.indexOf('"', i + 1);
        value = text.slice(i + 1, end);
        i = end + 1;
      } else {
        const n = /^\d+/.exec(text.slice(i));
        if (!n) fail("bad value");
        value = n[0];
        i += n[0].length;
      }
      const field = name[1].toLowerCase();
      if (field in fields) fail(`field ${field} twice`);
      fields[field] = value;
      skip();
      if (text[i] === ",") i++;
      else if (text[i] !== "}") fail("expected , or }");
    }
    entries.push({ type: type[1].toLowerCase(), key: key[1], fields });
  }
  return entries;
}

/// LaTeX escapes of the .bib back to text (what bibliography::bibtex_escape writes).
const unlatex = (s) =>
  s
    .replace(/\\textbackslash\{\}/g, "\\")
    .replace(/\\\^\{\}/g, "^")
    .replace(/\\~\{\}/g, "~")
    .replace(/\\([{}%&#$_])/g, "$1");

/// RIS: `TAG  - value` lines (CRLF), records from TY to ER.
function parseRis(text) {
  const records = [];
  let current = null;
  for (const line of text.split("\r\n")) {
    if (line === "") continue;
    const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    if (!m) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
    const [, tag, value] = m;
    if (tag === "TY") {
      if (current) throw new Error("TY inside a record");
      current = { TY: [value] };
    } else if (!current) throw new Error(`${tag} outside a record`);
    else if (tag === "ER") {
      records.push(current);
      current = null;
    } else (current[tag] ||= []).push(value);
  }
  if (current) throw new Error("a record without ER");
  return records;
}

test("the Atom feed parses as XML and has one entry per briefing, newest first, with links to the briefing and what changed", async () => {
  const xml = await get("feed.xml");
  const page = await site.page();
  await page.goto(site.url(""));
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
    const ns = "http://www.w3.org/2005/Atom";
    const one = (el, name) => el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
    const root = doc.documentElement;
    return {
      root: [root.namespaceURI, root.localName],
      id: one(root, "id"),
      updated: one(root, "updated"),
      author: one(root, "name"),
      self: [...root.children].find((c) => c.localName === "link" && c.getAttribute("rel") === "self")?.getAttribute("href") ?? null,
      entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => ({
        id: one(e, "id"),
        title: one(e, "title"),
        updated: one(e, "updated"),
        summary: one(e, "summary"),
        content: one(e, "content"),
        links: [...e.getElementsByTagNameNS(ns, "link")].map((l) => [l.getAttribute("rel"), l.getAttribute("href")]),
      })),
    };
  }, xml);
  assert.equal(feed.error, undefined, feed.error);
  assert.deepEqual(feed.root, ["http://www.w3.org/2005/Atom", "feed"]);
  assert.ok(feed.id && feed.updated && feed.author, "the feed has an id, an update time and an author");
  assert.equal(feed.entries.length, data.briefings.length, "one entry per briefing");
  assert.deepEqual(feed.entries.map((e) => e.title), data.briefings.map((b) => b.title).reverse(), "newest first");
  assert.equal(new Set(feed.entries.map((e) => e.id)).size, feed.entries.length, "unique ids");
  const newest = data.briefings.at(-1);
  const before = data.briefings.at(-2);
  for (const [i, e] of feed.entries.entries()) {
    const b = data.briefings[data.briefings.length - 1 - i];
    assert.match(e.updated, /^\d{4}-\d\d-\d\dT00:00:00Z$/);
    assert.ok(e.updated.startsWith(b.as_of.slice(0, 10)), `${e.updated} is the briefing's day ${b.as_of}`);
    assert.ok(e.summary.length > 20, "a summary");
    assert.ok(e.content.includes("What changed"), "says what changed");
    assert.ok(e.links.some(([rel]) => rel === "alternate"), "links its briefing");
  }
  const related = feed.entries[0].links.find(([rel]) => rel === "related")[1];
  assert.ok(related.endsWith(`changes/${before.id}/${newest.id}/`), related);
  // Every link resolves against the feed's address to a page of the site.
  const feedUrl = site.url("feed.xml");
  for (const e of feed.entries) {
    for (const [, href] of e.links) {
      const local = SITE ? href.replace(SITE, site.url("")) : new URL(href, feedUrl).href;
      assert.equal((await fetch(local)).status, 200, `${href} (${local})`);
    }
  }
  if (SITE) {
    assert.equal(feed.self, `${SITE}feed.xml`);
    for (const e of feed.entries) assert.ok(e.id.startsWith(SITE), e.id);
  } else {
    assert.equal(feed.self, null, "no self link without the site's address");
    for (const e of feed.entries) assert.match(e.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  await page.context().close();
});

test("sources.bib and sources.ris parse and carry every source of the dataset with its title", async () => {
  const bib = parseBib(await get("sources.bib"));
  assert.equal(bib.length, data.sources.length);
  for (const s of data.sources) {
    const e = bib.find((x) => x.key === s.id);
    assert.ok(e, `${s.id} in sources.bib`);
    assert.equal(unlatex(e.fields.title), s.title);
    assert.equal(e.type, s.outlet ? "article" : s.url ? "online" : "misc", s.id);
    if (s.outlet) assert.equal(unlatex(e.fields.journaltitle), s.outlet);
    assert.equal("author" in e.fields, s.authors.length > 0, `${s.id}: authors only as the dataset has them`);
    assert.equal(e.fields.url ?? null, s.url ?? null);
    // Never more precise than the dataset: an approximate day is marked as such.
    if (s.published.startsWith("c. ")) assert.equal(e.fields.date, `${s.published.slice(3)}~`);
    else assert.equal(e.fields.date, s.published);
  }
  const ris = parseRis(await get("sources.ris"));
  assert.equal(ris.length, data.sources.length);
  for (const s of data.sources) {
    const r = ris.find((x) => x.ID?.[0] === s.id);
    assert.ok(r, `${s.id} in sources.ris`);
    assert.deepEqual(r.TI, [s.title]);
    assert.equal(r.TY[0], s.outlet ? "NEWS" : s.url ? "ELEC" : "GEN");
    assert.equal((r.AU || []).length, s.authors.length);
    assert.equal(r.PY[0], s.published.replace(/^c\. /, "").slice(0, 4));
  }
  const csl = JSON.parse(await get("sources.json"));
  assert.deepEqual(csl.map((x) => x.id), data.sources.map((s) => s.id));
});

test("each CSV table round-trips through a strict RFC 4180 parser with one row per item", async () => {
  const expected = {
    "figures.csv": data.figures.length,
    "events.csv": data.events.length,
    "quotes.csv": data.quotes.length,
    "positions.csv": stances(data),
  };
  const tables = {};
  for (const [file, n] of Object.entries(expected)) {
    const rows = parseCsv(await get(`data/${file}`));
    assert.equal(rows.length - 1, n, `${file}: ${n} rows and a header`);
    tables[file] = rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));
  }
  for (const [i, q] of data.quotes.entries()) {
    const row = tables["quotes.csv"][i];
    const who = data.actors.find((a) => a.id === q.speaker);
    const sources = [...new Set(q.cites.map((c) => c.source))].map((id) => data.sources.find((s) => s.id === id));
    assert.equal(row.id, q.id);
    assert.equal(row.text, q.text.trim());
    assert.equal(row.speaker, who.name);
    assert.equal(row.date, q.said);
    assert.equal(row.venue, q.venue);
    assert.equal(row.sources, sources.map((s) => s.id).join("; "));
    assert.equal(row.urls, sources.map((s) => s.url || "").join("; "));
  }
  for (const [i, f] of data.figures.entries()) {
    assert.equal(Number(tables["figures.csv"][i].value), f.value, f.id);
    assert.equal(tables["figures.csv"][i].date, f.date);
  }
  assert.deepEqual(tables["events.csv"].map((e) => e.id), data.events.map((e) => e.id));
});

/// The `<head>` facts of a served page.
async function headOf(page) {
  return page.evaluate(() => {
    const meta = (n) => [...document.querySelectorAll(`meta[name="${n}"]`)].map((m) => m.content);
    return {
      title: meta("citation_title"),
      date: meta("citation_publication_date"),
      citationDate: meta("citation_date"),
      publicUrl: meta("citation_public_url"),
      dcTitle: meta("DC.title"),
      dcDate: meta("DC.date"),
      feed: document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.href ?? null,
      ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)),
    };
  });
}

test("every kind of page carries Highwire and Dublin Core tags, the feed link and JSON-LD of its type, with no CSP violation", async () => {
  const topic = data.topics.find((t) => data.quotes.some((q) => q.topics.includes(t.id)));
  const latest = data.briefings.at(-1);
  const pages = [
    ["", "Report"],
    [`topics/${topic.id}/`, "Article"],
    [`sources/${data.sources[0].id}/`, "WebPage"],
    ["sources/", "CollectionPage"],
    ["timeline/", "WebPage"],
    ["data/", "Dataset"],
    [`as-of/${data.briefings[0].id}/`, "Report"],
  ];
  for (const [p, type] of pages) {
    const page = await site.page({ javaScriptEnabled: p !== "data/" });
    const violations = [];
    page.on("console", (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
    await page.goto(site.url(p));
    await page.waitForTimeout(300);
    const h = await headOf(page);
    assert.equal(h.title.length, 1, `${p}: citation_title`);
    assert.equal(h.dcTitle[0], h.title[0], `${p}: DC.title`);
    assert.match(h.date[0], /^\d{4}(\/\d\d){0,2}$/, `${p}: citation_publication_date`);
    assert.equal(h.citationDate[0], h.date[0]);
    assert.equal(h.dcDate[0], h.date[0].replaceAll("/", "-"));
    assert.equal(h.feed, site.url("feed.xml"), `${p}: feed link`);
    assert.equal(h.ld.length, 1, `${p}: one JSON-LD block`);
    const ld = h.ld[0];
    assert.equal(ld["@context"], "https://schema.org");
    assert.equal(ld["@type"], type, p);
    if (SITE) {
      assert.deepEqual(h.publicUrl, [SITE + p], `${p}: citation_public_url`);
      assert.equal(ld.url, SITE + p);
    } else {
      assert.deepEqual(h.publicUrl, [], `${p}: no citation_public_url without the site's address`);
      assert.equal(ld.url, undefined);
    }
    if (type === "Report") {
      const b = p ? data.briefings[0] : latest;
      assert.equal(h.date[0], b.as_of.replaceAll("-", "/"), `${p}: the briefing's day`);
      assert.ok(ld.citation.length > 0);
    }
    if (type === "Article") {
      const quotes = ld.hasPart.filter((x) => x["@type"] === "Quotation");
      assert.ok(quotes.length > 0, "a topic's quotes are Quotations");
      for (const q of quotes) {
        const src = data.quotes.find((x) => x.text.trim() === q.text);
        assert.ok(src, q.text);
        assert.equal(q.spokenByCharacter.name, data.actors.find((a) => a.id === src.speaker).name);
      }
    }
    if (type === "Dataset") {
      const urls = ld.distribution.map((d) => d.encodingFormat);
      // One download per CSV table the build wrote (figures, events, quotes, positions, and the
      // ledger, who raised what and the numbers).
      const tables = fs.readdirSync(path.join(DIST, "data")).filter((f) => f.endsWith(".csv"));
      assert.equal(tables.length, 7);
      assert.equal(urls.filter((u) => u === "text/csv").length, tables.length);
      for (const d of ld.distribution) assert.equal(d.contentUrl === undefined, !SITE, d.name);
    }
    assert.deepEqual(violations, [], `${p}: no CSP violation`);
    await page.context().close();
  }
});

test("the Cite control works with JavaScript off and copies each format with it on", async () => {
  const off = await site.page({ javaScriptEnabled: false });
  await off.goto(site.url(""));
  const details = off.locator("details.cite-control");
  assert.equal(await details.count(), 1);
  await details.locator("summary").click();
  assert.equal(await details.evaluate((d) => d.open), true);
  const chicago = (await off.locator("#cite-chicago").textContent()).trim();
  const latest = data.briefings.at(-1);
  assert.ok(chicago.startsWith(`Counterpoint. “${data.title}: ${latest.title}.”`), chicago);
  for (const id of ["cite-apa", "cite-bibtex", "cite-ris", "cite-csl-json"]) assert.ok(await off.locator(`#${id}`).isVisible(), id);
  parseBib(await off.locator("#cite-bibtex").textContent());
  JSON.parse(await off.locator("#cite-csl-json").textContent());
  await off.context().close();

  const context = await site.context({ serviceWorkers: "block" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
  const page = await context.newPage();
  const source = data.sources.find((s) => s.authors.length);
  await visit(page, site.url(`sources/${source.id}/`));
  await page.locator("details.cite-control summary").click();
  await page.getByRole("button", { name: "Copy BibTeX" }).click();
  const status = page.locator(".cite-format", { has: page.locator("#cite-bibtex") }).locator('[role="status"]');
  await page.waitForFunction((el) => el.textContent === "Copied", await status.elementHandle());
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [entry] = parseBib(copied);
  assert.equal(entry.key, source.id);
  assert.equal(unlatex(entry.fields.title), source.title);
  await page.getByRole("button", { name: "Copy APA" }).click();
  await page.waitForFunction(() => document.querySelectorAll('.copy-text-status').length && [...document.querySelectorAll('.copy-text-status')].some((s) => s.textContent === "Copied"));
  const apa = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(apa.trim(), (await page.locator("#cite-apa").textContent()).trim());
  await context.close();
});

test("the Dataset page links the static files for the built-in dataset (JS off) and makes them in the browser for an opened one", async () => {
  const off = await site.page({ javaScriptEnabled: false });
  await off.goto(site.url("data/"));
  const links = await off.$$eval("a.data-download", (as) => as.map((a) => a.href));
  for (const f of ["data/figures.csv", "data/events.csv", "data/quotes.csv", "data/positions.csv", "sources.bib", "sources.ris", `datasets/${data.id}.json`, "datasets/schema.json"]) {
    const url = site.url(f);
    assert.ok(links.includes(url), `${f} linked`);
    assert.equal((await fetch(url)).status, 200, f);
  }
  await off.context().close();

  const page = await site.page();
  await page.goto(site.url(`data/?dataset=datasets/us-japan-2019.json`));
  await workshop(page);
  await page.waitForFunction(() => document.querySelector(".data-take-kind")?.textContent.includes("Made in your browser"));
  assert.equal(await page.locator("a.data-download").count(), 0, "no static links for an opened dataset");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.locator("button.data-download", { hasText: "figures.csv" }).click()]);
  assert.equal(dl.suggestedFilename(), `${example.id}-figures.csv`);
  const rows = parseCsv(fs.readFileSync(await dl.path(), "utf8"));
  assert.equal(rows.length - 1, example.figures.length);
  const [bibDl] = await Promise.all([page.waitForEvent("download"), page.locator("button.data-download", { hasText: "sources.bib" }).click()]);
  const bib = parseBib(fs.readFileSync(await bibDl.path(), "utf8"));
  assert.deepEqual(bib.map((e) => e.key).sort(), example.sources.map((s) => s.id).sort());

  // The full app's Cite control renders from the opened dataset: its references, no address
  // (its pages exist only in this tab) and no link to the built-in dataset's files.
  await page.locator(".main-nav a", { hasText: "Briefing" }).first().click();
  await page.waitForSelector("details.cite-control");
  await page.locator("details.cite-control summary").click();
  const chicago = await page.locator("#cite-chicago").textContent();
  assert.ok(chicago.startsWith(`Counterpoint. “${example.title}: ${example.briefings.at(-1).title}.”`), chicago);
  assert.ok(!chicago.includes("http"), chicago);
  assert.equal(await page.locator(".cite-files").count(), 0);
  await page.context().close();
});

test("axe finds no WCAG A/AA violation with the Cite panel open, in both themes and at 375 px", async () => {
  const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
  const topic = data.topics[0].id;
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [1280, 375]) {
      const context = await site.context({ colorScheme, bypassCSP: true, serviceWorkers: "block", viewport: { width, height: 900 } });
      await context.addInitScript({ path: AXE });
      const page = await context.newPage();
      for (const p of ["", `topics/${topic}/`, `sources/${data.sources[1].id}/`]) {
        await visit(page, site.url(p));
        await page.locator("details.cite-control summary").click();
        const violations = await page.evaluate(async () => {
          const r = await window.axe.run(document.querySelector("details.cite-control"), {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            resultTypes: ["violations"],
          });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        });
        assert.deepEqual(violations, [], `${p} ${colorScheme} ${width}`);
        // The open panel stays inside the window.
        const box = await page.locator(".cite-panel").boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= width + 1, `${p} ${width}: panel at ${box.x}+${box.width}`);
      }
      await context.close();
    }
  }
});
