// "How sure is this number?" in a real browser: typical ranges make the panel simulate, and its
// percentiles equal `truecost simulate` on the page's own scenario for the same seed and trial
// count; another seed changes them and the first seed brings them back; a range with its high
// value below the field's value is refused at the field and never reaches the scenario; the
// tornado's order follows `truecost tornado`, by TCO and switched to NPV; trials and seed are
// part of the scenario (saved, exported, in share links). Run in Chinese too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const CLI = path.resolve(process.env.TRUECOST_CLI ?? "target/debug/truecost");
const h = useSite();
const PANEL = "[data-testid=uncertainty]";

async function openPlanner(options = {}) {
  const context = await h.browser.newContext({ serviceWorkers: "block", ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector(PANEL, { timeout: 20000 });
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  if (options.locale) {
    const want = { "zh-CN": "zh-Hans", "th-TH": "th" }[options.locale] ?? "en";
    await page.waitForFunction((l) => document.documentElement.lang === l, want, { timeout: 20000 });
  }
  return { context, page, errors };
}

/** The scenario the page holds, as its "Export JSON" button downloads it. */
async function pageScenario(page) {
  await unfoldScenarios(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-json]")]);
  return JSON.parse(fs.readFileSync(await download.path(), "utf8"));
}

/** Runs the CLI on a scenario; parsed JSON. */
function cli(scenario, ...args) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "truecost-")), "scenario.json");
  fs.writeFileSync(file, JSON.stringify(scenario));
  const [command, ...rest] = args;
  return JSON.parse(execFileSync(CLI, [command, file, ...rest], { encoding: "utf8" }));
}

/** Waits until the panel has finished a run with `seed`. */
async function simulated(page, seed) {
  try {
    await page.waitForSelector(`${PANEL}[data-state=done][data-seed="${seed}"]`, { timeout: 40000 });
  } catch (e) {
    const state = await page.getAttribute(PANEL, "data-state");
    const status = await page.textContent("[data-testid=sim-status]");
    throw new Error(`no finished run with seed ${seed}: state ${state}, status "${status}"`, { cause: e });
  }
}

const value = async (page, id) => Number(await page.getAttribute(`[data-testid=${id}]`, "data-value"));
const figures = async (page) => ({
  tcoP50: await value(page, "sim-tco-p50"),
  budget80: await value(page, "sim-budget80"),
  npvP50: await value(page, "sim-npv-p50"),
  npvP80: await value(page, "sim-npv-p80"),
});

/** Sets a simulation setting as typed (committed on change). */
async function setSetting(page, which, text) {
  await page.fill(`[data-testid=sim-${which}]`, text);
  await page.press(`[data-testid=sim-${which}]`, "Enter");
}

test("typical ranges: the panel's percentiles equal `truecost simulate`; seeds change and restore them (Chinese)", async () => {
  const { context, page, errors } = await openPlanner({ locale: "zh-CN" });
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  // Without ranges the panel says how to add them and runs nothing.
  assert.ok(await page.locator("[data-testid=sim-no-ranges]").isVisible());
  assert.equal(await page.getAttribute(PANEL, "data-state"), "idle");
  assert.match(await page.textContent("[data-testid=sim-no-ranges]"), /添加典型范围/);

  await page.click("[data-testid=add-typical-ranges]");
  // Each added range is listed with its source.
  assert.match(await page.textContent("[data-testid=typical-added]"), /\[B\]/);
  await simulated(page, 1);
  const scenario = await pageScenario(page);
  assert.ok(Object.keys(scenario.ranges ?? {}).length >= 3, "typical ranges are in the scenario");
  const expected = cli(scenario, "simulate", "--seed", "1", "--trials", "10000");
  const shown = await figures(page);
  const near = (a, b) => Math.abs(a - b) <= 0.006;
  assert.ok(near(shown.tcoP50, expected.tco.p50), `${shown.tcoP50} vs ${expected.tco.p50}`);
  assert.ok(near(shown.budget80, expected.tco.p80), `${shown.budget80} vs ${expected.tco.p80}`);
  assert.ok(near(shown.budget80, expected.budget_at_80));
  assert.ok(near(shown.npvP50, expected.npv.p50), `${shown.npvP50} vs ${expected.npv.p50}`);
  assert.ok(near(shown.npvP80, expected.npv.p80), `${shown.npvP80} vs ${expected.npv.p80}`);
  assert.ok(Math.abs((await value(page, "sim-p-npv")) - expected.probability_npv_positive) < 1e-4);
  // The figures are in Chinese, and the charts are drawn.
  assert.match(await page.textContent("[data-testid=sim-status]"), /10000 次试验，种子 1/);
  assert.notEqual(await page.getAttribute("[data-testid=chart-tco-spread] path.sim-bars", "d"), "");
  assert.notEqual(await page.getAttribute("[data-testid=chart-npv-spread] polyline.sim-curve", "points"), "");

  // Another seed: other figures, equal to the CLI's for that seed.
  await setSetting(page, "seed", "7");
  await simulated(page, 7);
  const seven = await figures(page);
  assert.notDeepEqual(seven, shown);
  const expected7 = cli(scenario, "simulate", "--seed", "7", "--trials", "10000");
  assert.ok(near(seven.tcoP50, expected7.tco.p50));
  // Back to seed 1: the same figures again.
  await setSetting(page, "seed", "1");
  await simulated(page, 1);
  assert.deepEqual(await figures(page), shown);

  // Trials out of range: a message at the field; the last run stays.
  await setSetting(page, "trials", "100001");
  assert.match(await page.textContent("[data-testid=sim-trials-error]"), /100,000/);
  assert.equal(await page.getAttribute(PANEL, "data-seed"), "1");
  assert.deepEqual(errors, []);
  await context.close();
});

test("trials and seed belong to the scenario: saved, exported, read by the CLI and carried by a share link", async () => {
  const { context, page, errors } = await openPlanner();
  await page.click("[data-testid=add-typical-ranges]");
  await simulated(page, 1);
  await setSetting(page, "trials", "2000");
  await setSetting(page, "seed", "7");
  await page.waitForSelector(`${PANEL}[data-state=done][data-seed="7"]`, { timeout: 40000 });
  await page.waitForFunction(() => /2000/.test(document.querySelector("[data-testid=sim-status]")?.textContent ?? ""));
  const shown = await figures(page);
  // Exported with the scenario; the CLI, given no flags, runs the scenario's own settings.
  const scenario = await pageScenario(page);
  assert.deepEqual(scenario.simulation, { trials: 2000, seed: 7 });
  const expected = cli(scenario, "simulate");
  assert.equal(expected.trials, 2000);
  assert.ok(Math.abs(shown.tcoP50 - expected.tco.p50) <= 0.006, `${shown.tcoP50} vs ${expected.tco.p50}`);
  // Saved: a reload runs the same settings.
  await page.waitForTimeout(1200); // the autosave's pause
  await page.reload();
  await page.waitForSelector(`${PANEL}[data-state=done][data-seed="7"]`, { timeout: 40000 });
  assert.equal(await page.inputValue("[data-testid=sim-trials]"), "2000");
  assert.deepEqual(await figures(page), shown);
  // A share link carries them: the recipient sees the same figures, read-only.
  await unfoldScenarios(page);
  await page.click("[data-testid=share]");
  await page.waitForSelector("[data-testid=share-link]");
  const link = await page.inputValue("[data-testid=share-link]");
  const other = await h.browser.newContext({ serviceWorkers: "block" });
  const recipient = await other.newPage();
  await recipient.goto(link);
  await recipient.waitForSelector(`${PANEL}[data-state=done][data-seed="7"]`, { timeout: 40000 });
  assert.deepEqual(await figures(recipient), shown);
  assert.equal(await recipient.inputValue("[data-testid=sim-seed]"), "7");
  assert.ok(await recipient.isDisabled("[data-testid=sim-seed]"), "a shared link is read-only");
  assert.deepEqual(errors, []);
  await other.close();
  await context.close();
});

test("a range with its high value below the field's value is refused at the field", async () => {
  const { context, page, errors } = await openPlanner({ locale: "en-US" });
  const section = page.locator("[data-testid=section-deployment]");
  if (!(await section.evaluate((d) => d.open))) await section.locator("summary").click();
  const key = "pricing.renewal_uplift";
  await page.click(`[data-testid="range-toggle-${key}"]`);
  await page.fill(`[data-testid="range-low-${key}"]`, "4");
  await page.fill(`[data-testid="range-high-${key}"]`, "8");
  // Shown compactly in the field itself, in typed units.
  await page.waitForFunction((k) => document.querySelector(`[data-testid="range-${k}"]`)?.textContent === "(4–8)", key);
  await page.fill(`[data-testid="range-high-${key}"]`, "1");
  assert.match(await page.textContent(`[data-testid="range-error-${key}"]`), /must not be below the value \(7\)/);
  assert.equal(await page.textContent(`[data-testid="range-${key}"]`), "(4–8)");
  const scenario = await pageScenario(page);
  assert.equal(Number(scenario.ranges[key].high), 0.08, "the refused range never reached the scenario");
  // The panel ran on the one range.
  await simulated(page, 1);
  // Removing the range: nothing left to simulate.
  await page.click(`[data-testid="range-remove-${key}"]`);
  await page.waitForSelector(`${PANEL}[data-state=idle]`);
  assert.equal(await page.textContent(`[data-testid="range-${key}"]`), "");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the tornado lists the inputs in `truecost tornado`'s order, by TCO and switched to NPV (Thai)", async () => {
  const { context, page, errors } = await openPlanner({ locale: "th-TH" });
  await page.click("[data-testid=add-typical-ranges]");
  await page.waitForSelector("[data-testid=typical-added]");
  await simulated(page, 1);
  const scenario = await pageScenario(page);
  const order = () => page.$$eval("[data-testid=tornado-row]", (rows) => rows.map((r) => r.dataset.field));
  const byTco = cli(scenario, "tornado").bars.map((b) => b.field);
  assert.ok(byTco.length >= 3);
  assert.deepEqual(await order(), byTco);
  await page.selectOption("[data-testid=tornado-sort]", "npv");
  const byNpv = cli(scenario, "tornado", "--sort", "npv").bars.map((b) => b.field);
  await page.waitForFunction((first) => document.querySelector("[data-testid=tornado-row]")?.dataset.field === first, byNpv[0]);
  assert.deepEqual(await order(), byNpv);
  // Labels are the fields' translated names, not paths.
  const label = await page.textContent("[data-testid=tornado-row] th");
  assert.doesNotMatch(label, /pricing\.|project\./);
  assert.deepEqual(errors, []);
  await context.close();
});
