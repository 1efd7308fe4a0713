// A page on another origin sends the endpoint a POST with a SPARQL query and a bearer token, as
// a web application would: Chromium first sends a CORS preflight, and only if the server allows
// the origin, the method and both headers does the POST go out.
// Usage: node cors.mjs PAGE_URL   (the page sets window.result; prints JSON findings)
import { chromium } from "playwright-core";

const [pageUrl] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const seen = { errors: [], preflights: 0 };
try {
  const page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") seen.errors.push(m.text()); });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("request", (r) => { if (r.method() === "OPTIONS") seen.preflights += 1; });
  await page.goto(pageUrl);
  const result = await page.waitForFunction(() => window.result, null, { timeout: 20000 });
  Object.assign(seen, await result.jsonValue());
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
