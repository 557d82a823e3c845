// Benchmark of the requirements-fit scorecard at its largest (not a test: timing targets live in
// benchmarks, never in timed tests). Run: make perf  (or DIST=dist node tests/e2e/perf_fit.mjs)
//
// A scenario with 200 requirements and 4 reviewers is imported; then, in Chromium against the
// release build, it measures
// 1. building the grid: from opening the scorecard section to the frame after its 200 rows are
//    there;
// 2. keystroke to paint for 50 scores typed into different cells (each moves the row's average
//    and the fit badge), and for 30 edits of a requirement's text: from dispatching the input
//    event to the next animation frame after the page updated, median, p95 and max; and the DOM
//    writes per score (MutationObserver records), median and max — one score should touch its
//    cell, its row's average and the fit, not the grid;
// 3. for comparison, 30 edits of the quick-start users field in the same scenario (what every
//    edit costs the rest of the page).
import { makeSite, serve, launch, unfoldScenarios, SUBPATH } from "./harness.mjs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const REQUIREMENTS = 200;
const REVIEWERS = 4;
const GROUPS = ["features", "business", "non_functional", "functional", "system_design"];

/** The scenario to import: the default one with a full scorecard (scores "0"-"2", some "-"). */
function bigScenario() {
  const requirements = Array.from({ length: REQUIREMENTS }, (_, i) => ({
    id: `r${i + 1}`,
    text: `Requirement number ${i + 1}: the CRM does thing ${i + 1} well`,
    group: GROUPS[i % GROUPS.length],
    must_have: i % 7 === 0,
    weight: 1 + (i % 5),
    scores: Array.from({ length: REVIEWERS }, (_, r) => ((i + r) % 9 === 0 ? "-" : String((i * 3 + r) % 3))).join(""),
  }));
  return {
    name: "Scorecard benchmark (200 × 4)",
    fit: { requirements, reviewers: ["Ana", "Bo", "Chen", "Dara"], last_id: REQUIREMENTS },
  };
}

const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${quantile(s, 0.5).toFixed(1)} ms, p95 ${quantile(s, 0.95).toFixed(1)} ms, max ${s.at(-1).toFixed(1)} ms`;
};

const site = makeSite();
const server = await serve(site);
const browser = await launch();
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "truecost-perf-")), "big.json");
fs.writeFileSync(file, JSON.stringify(bigScenario()));
try {
  const page = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
  page.on("dialog", (d) => d.accept());
  await page.goto(server.url(SUBPATH));
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  await unfoldScenarios(page);
  await page.setInputFiles("[data-testid=import-file]", file);
  await page.waitForFunction((name) => document.querySelector("[data-testid=scenario-name]")?.value === name,
    bigScenario().name, { timeout: 10000 });

  const build = await page.evaluate(async (n) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    document.querySelector("[data-testid=section-fit] > summary").click();
    while (document.querySelectorAll("[data-testid=requirement-row]").length < n) await frame();
    await frame();
    return performance.now() - t0;
  }, REQUIREMENTS);
  const rows = await page.locator("[data-testid=requirement-row]").count();
  if (rows !== REQUIREMENTS) throw new Error(`the grid has ${rows} rows, not ${REQUIREMENTS}`);

  const scores = await page.evaluate(async ({ n, reviewers }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const badge = document.querySelector("[data-testid=fit-summary-editor] [data-testid=fit-badge]");
    let records = 0;
    const observer = new MutationObserver((list) => {
      for (const m of list) records += m.type === "childList" ? m.addedNodes.length + m.removedNodes.length : 1;
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const times = [];
    const writes = [];
    await frame();
    for (let i = 0; i < n; i++) {
      const row = 1 + ((i * 37) % 200);
      const cell = document.querySelector(`[data-testid=score-r${row}-${i % reviewers}]`);
      const average = document.querySelector(`[data-testid=req-average-r${row}]`);
      const before = `${average.textContent} ${badge.dataset.fit}`;
      cell.value = cell.value === "2" ? "0" : "2";
      records = 0;
      const t0 = performance.now();
      cell.dispatchEvent(new Event("input", { bubbles: true }));
      await frame();
      times.push(performance.now() - t0);
      observer.takeRecords().forEach((m) => { records += m.type === "childList" ? m.addedNodes.length + m.removedNodes.length : 1; });
      writes.push(records);
      if (`${average.textContent} ${badge.dataset.fit}` === before) throw new Error(`score ${i} changed nothing by the next frame`);
    }
    observer.disconnect();
    return { times, writes };
  }, { n: 50, reviewers: REVIEWERS });

  const texts = await page.evaluate(async (n) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const input = document.querySelector("[data-testid=req-text-r100]");
    const times = [];
    await frame();
    for (let i = 0; i < n; i++) {
      input.value += String.fromCharCode(97 + (i % 26));
      const t0 = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await frame();
      times.push(performance.now() - t0);
    }
    return times;
  }, 30);

  // For comparison: an edit outside the scorecard (quick-start users) in the same scenario.
  const users = await page.evaluate(async (n) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const input = document.querySelector("[data-testid=qs-users]");
    const times = [];
    await frame();
    for (let i = 0; i < n; i++) {
      input.value = String(11 + (i % 2 === 0 ? i : 60 - i));
      const t0 = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await frame();
      times.push(performance.now() - t0);
    }
    return times;
  }, 30);

  const w = [...scores.writes].sort((a, b) => a - b);
  console.log(`scorecard ${REQUIREMENTS} requirements × ${REVIEWERS} reviewers:`);
  console.log(`  building the grid: ${build.toFixed(0)} ms`);
  console.log(`  score keystroke-to-paint over 50 edits: ${summary(scores.times)}`);
  console.log(`  DOM writes per score: median ${quantile(w, 0.5)}, max ${w.at(-1)}`);
  console.log(`  requirement-text keystroke-to-paint over 30 edits: ${summary(texts)}`);
  console.log(`  for comparison, quick-start users in the same scenario, 30 edits: ${summary(users)}`);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(site, { recursive: true, force: true });
}
