// The server's query page in Debian's chromium: type a query, run it, read the rows; open an
// entity page and find its evidence; run a CONSTRUCT and find the graph view.
// Usage: node query_page.mjs http://127.0.0.1:PORT/ SCREENSHOT.png   (prints JSON findings)
import { chromium } from "playwright-core";

const [base, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const seen = { errors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on("console", (m) => { if (m.type() === "error") seen.errors.push(m.text()); });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  await page.goto(base);
  await page.fill("#query", "PREFIX tkg: <https://w3id.org/textkg/ontology#>\nSELECT ?founded WHERE { ?o tkg:inception ?founded }");
  await page.click("#run");
  await page.waitForSelector("#results table tr:nth-child(2)");
  seen.rows = await page.$$eval("#results table tr", (rows) => rows.length - 1);
  seen.cell = await page.textContent("#results table tr:nth-child(2) td");
  seen.status = await page.textContent("#status");
  if (screenshot) await page.screenshot({ path: screenshot });

  await page.goto(base + "entity/Hal_Draper");
  seen.entityEvidence = await page.$$eval("blockquote.evidence", (els) => els.length);

  await page.goto(base);
  await page.fill("#query", "PREFIX tkg: <https://w3id.org/textkg/ontology#>\nCONSTRUCT { ?s tkg:influencedBy ?o } WHERE { ?s tkg:influencedBy ?o }");
  await page.click("#run");
  const frame = await (await page.waitForSelector("#results iframe")).contentFrame();
  await frame.waitForFunction(() => window.cy && window.cy.nodes().length > 0);
  seen.graphNodes = await frame.evaluate(() => window.cy.nodes().length);
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
