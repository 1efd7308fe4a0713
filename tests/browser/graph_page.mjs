// Loads a textkg graph page in Debian's chromium (headless, through playwright-core), checks that
// it runs without console errors, that it draws every node of the data, that search and filters
// work, and that clicking a node shows the evidence sentences. Prints one JSON line of findings;
// the Rust test decides. Usage: node graph_page.mjs PAGE.html SCREENSHOT.png
import { chromium } from "playwright-core";

const [page_path, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const findings = { errors: [], requests: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  page.on("console", (m) => { if (m.type() === "error") findings.errors.push(m.text()); });
  page.on("pageerror", (e) => findings.errors.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) findings.requests.push(r.url()); });
  await page.goto("file://" + page_path);
  await page.waitForFunction(() => window.cy && window.cy.nodes().length >= 0);
  findings.dataNodes = await page.evaluate(() => JSON.parse(document.getElementById("graph-data").textContent).nodes.length);
  findings.drawnNodes = await page.evaluate(() => window.cy.nodes().filter((n) => n.visible()).length);
  findings.stats = await page.textContent("#stats");

  // Click the best-connected node where it is drawn on the screen, as a person would.
  const target = await page.evaluate(() => {
    const n = window.cy.nodes().max((x) => x.degree()).ele;
    const box = document.getElementById("cy").getBoundingClientRect();
    const p = n.renderedPosition();
    return { label: n.data("label"), x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForSelector("#details h3");
  findings.clicked = target.label;
  findings.detailsTitle = await page.textContent("#details h3");
  findings.evidence = await page.$$eval("#details blockquote.evidence", (els) => els.map((e) => e.textContent));

  // Search fades what does not match.
  await page.fill("#search", findings.clicked.slice(0, 6));
  findings.fadedAfterSearch = await page.evaluate(() => window.cy.elements(".faded").length);
  await page.fill("#search", "");

  // Unticking a type hides its nodes.
  const family = await page.evaluate(() => window.cy.nodes()[0].data("family"));
  await page.uncheck(`#types input[value="${family}"]`);
  // The page restyles on its next frame: give it a moment before counting (the count is what is checked).
  await page.waitForFunction((f) => window.cy.nodes().filter((n) => n.data("family") === f).every((n) => !n.visible()), family, { timeout: 5000 }).catch(() => {});
  findings.hiddenAfterFilter = await page.evaluate((f) => window.cy.nodes().filter((n) => n.data("family") === f && !n.visible()).length, family);
  findings.ofFamily = await page.evaluate((f) => window.cy.nodes().filter((n) => n.data("family") === f).length, family);
  await page.check(`#types input[value="${family}"]`);

  // Another layout runs without errors.
  await page.selectOption("#layout", "concentric");
  await page.mouse.click(target.x, target.y);
  if (screenshot) await page.screenshot({ path: screenshot });
} finally {
  await browser.close();
}
console.log(JSON.stringify(findings));
