// Keystroke-to-paint benchmark (not a test: timing targets live in benchmarks). For 50 edits
// of the quick-start users field it measures, with performance.now(), from dispatching the
// input event to the next animation frame after the page updated (engine + render), and
// prints the median and p95. Run: make perf  (or DIST=dist node tests/e2e/perf.mjs)
import { makeSite, serve, launch, SUBPATH } from "./harness.mjs";
import fs from "node:fs";

const EDITS = 50;
const site = makeSite();
const server = await serve(site);
const browser = await launch();
try {
  const page = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
  await page.goto(server.url(SUBPATH));
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  const times = await page.evaluate(async (n) => {
    const input = document.querySelector("[data-testid=qs-users]");
    const tco = document.querySelector("[data-testid=headline-tco-value]");
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = [];
    await frame();
    for (let i = 0; i < n; i++) {
      const before = tco.dataset.value;
      const t0 = performance.now();
      input.value = String(11 + (i % 2 === 0 ? i : 60 - i));
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await frame();
      out.push(performance.now() - t0);
      if (tco.dataset.value === before) throw new Error(`edit ${i} did not change the TCO by the next frame`);
    }
    return out;
  }, EDITS);
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  console.log(`keystroke-to-paint over ${EDITS} edits: median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(site, { recursive: true, force: true });
}
