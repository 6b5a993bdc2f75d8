// The prerendered pages of a build, for tests that visit every one of them.
import fs from "node:fs";
import path from "node:path";
import { DIST } from "./harness.mjs";

/// Every prerendered page as a path under the site root ("" for the home page, else
/// "topics/tariffs/"), sorted, then an unknown URL, which the host answers with 404.html.
export function prerenderedRoutes(dir = DIST) {
  const out = [];
  const walk = (d, rel) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), `${rel}${e.name}/`);
      else if (e.name === "index.html") out.push(rel);
    }
  };
  walk(dir, "");
  out.sort();
  if (fs.existsSync(path.join(dir, "404.html"))) out.push("no/such/page/");
  return out;
}
