// Benchmark of "How sure is this number?" in Chromium against the release build (printed, not
// asserted; targets in README). Run: make perf  (or DIST=dist node tests/e2e/perf_simulation.mjs)
//
// 1. 10,000 trials of the default scenario with its typical ranges: the time the page spent
//    computing them (the slices of Simulation::run_chunk plus finish, as the panel measures it
//    with performance.now() into data-compute-ms; target ≤ 150 ms) and from start to finish,
//    yields between slices included (data-elapsed-ms).
// 2. The longest main-thread task (Long Tasks API) while typing into a field every 60 ms with
//    simulations running in between (target ≤ 50 ms).
// 3. Memory before and after 100 repeated simulations (seeds 2…101, then seed 1 again), after a
//    forced garbage collection: the JS heap (CDP Runtime.getHeapUsage) and the wasm memory.
import { makeSite, serve, launch, SUBPATH } from "./harness.mjs";
import fs from "node:fs";

const PANEL = "[data-testid=uncertainty]";
const site = makeSite();
const server = await serve(site);
const browser = await launch();
try {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
      .observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url(SUBPATH));
  await page.waitForSelector(`html[data-mounted=all] ${PANEL}`, { timeout: 30000 });
  const done = (seed) => page.waitForSelector(`${PANEL}[data-state=done][data-seed="${seed}"]`, { timeout: 60000 });
  const setSeed = async (seed) => {
    await page.fill("[data-testid=sim-seed]", String(seed));
    await page.press("[data-testid=sim-seed]", "Enter");
    await done(seed);
  };
  const timing = async () => ({
    compute: Number(await page.getAttribute(PANEL, "data-compute-ms")),
    elapsed: Number(await page.getAttribute(PANEL, "data-elapsed-ms")),
  });

  // 1. 10,000 trials: the first run after adding the typical ranges, then five more (median).
  await page.click("[data-testid=add-typical-ranges]");
  await done(1);
  const runs = [await timing()];
  for (let seed = 2; seed <= 6; seed++) {
    await setSeed(seed);
    runs.push(await timing());
  }
  const ranged = await page.$$eval("[data-testid=tornado-row]", (r) => r.length);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`simulation, 10,000 trials of the default scenario with its typical ranges (${ranged} inputs in the tornado):`);
  console.log(`  computing: first ${runs[0].compute.toFixed(1)} ms, median of ${runs.length} ${median(runs.map((r) => r.compute)).toFixed(1)} ms (target <= 150 ms)`);
  console.log(`  start to finish incl. yields between slices: median ${median(runs.map((r) => r.elapsed)).toFixed(1)} ms`);

  // 2. Typing with simulations in between: longest main-thread task.
  await page.evaluate(() => { window.__long.length = 0; });
  const input = "[data-testid=qs-users]";
  for (let i = 0; i < 40; i++) {
    await page.fill(input, String(20 + (i % 17)));
    // Now and then a pause long enough for a simulation to start and run alongside typing.
    await page.waitForTimeout(i % 10 === 9 ? 500 : 60);
  }
  await page.waitForSelector(`${PANEL}[data-state=done]`, { timeout: 60000 });
  const long = await page.evaluate(() => window.__long.slice());
  const longest = long.reduce((m, d) => Math.max(m, d), 0);
  console.log(`typing 40 keystrokes with simulations running: ${long.length} tasks over 50 ms, longest ${longest.toFixed(0)} ms (target <= 50 ms)`);

  // 3. Memory over 100 repeated simulations.
  const memory = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    // The app's own module (already loaded, so init returns its exports, memory included).
    const wasm = await page.evaluate(async () => {
      const app = document.getElementById("truecost-app");
      const { default: init } = await import(app.dataset.js);
      return (await init({ module_or_path: app.dataset.wasm }))?.memory?.buffer?.byteLength ?? null;
    });
    return { js: usedSize, wasm };
  };
  await setSeed(1);
  const before = await memory();
  for (let i = 0; i < 100; i++) await setSeed(i + 2);
  await setSeed(1);
  const after = await memory();
  const kb = (n) => (n == null ? "n/a" : `${(n / 1024).toFixed(0)} kB`);
  console.log(`memory over 100 simulations: JS heap ${kb(before.js)} -> ${kb(after.js)} (${after.js - before.js >= 0 ? "+" : ""}${((after.js - before.js) / 1024).toFixed(0)} kB), wasm memory ${kb(before.wasm)} -> ${kb(after.wasm)}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(site, { recursive: true, force: true });
}
