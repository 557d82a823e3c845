// The planner screen in a real browser: the quick start drives the engine (checked against the
// CLI on the same scenario JSON), bad input is refused without losing the last result, every
// visible string is translated, and the charts follow the horizon.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const CLI = path.resolve(process.env.TRUECOST_CLI ?? "target/debug/truecost");
const h = useSite();


async function openPlanner(options = {}) {
  const context = await h.browser.newContext({ serviceWorkers: "block", ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  return { context, page, errors };
}

/** The scenario the page holds, as its "Export JSON" button downloads it. */
async function pageScenario(page) {
  await unfoldScenarios(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-json]")]);
  return JSON.parse(fs.readFileSync(await download.path(), "utf8"));
}

/** The open scenario as autosaved in localStorage (v2 envelope), or null. */
function savedScenario(page) {
  return page.evaluate(() => {
    const env = JSON.parse(localStorage.getItem("crm-truecost") ?? "null");
    if (!env) return null;
    const open = env.scenarios.find((s) => s.id === env.settings?.last_open) ?? env.scenarios[0];
    return open?.scenario ?? null;
  });
}

/** Evaluates a scenario with the native CLI (the same engine, an independent process). */
function cliResults(scenario) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "truecost-")), "scenario.json");
  fs.writeFileSync(file, JSON.stringify(scenario));
  return JSON.parse(execFileSync(CLI, ["eval", file], { encoding: "utf8" }));
}

const shownTco = (page) => page.getAttribute("[data-testid=headline-tco-value]", "data-value");

async function typeInto(page, testid, text) {
  await page.fill(`[data-testid="${testid}"]`, text);
}

test("quick start edits change the headline TCO to the engine's figure", async () => {
  const { context, page, errors } = await openPlanner();
  const before = await shownTco(page);
  assert.equal(before, cliResults(await pageScenario(page)).totals.tco);

  await typeInto(page, "qs-users", "42");
  await typeInto(page, "qs-price", "1,234.5");
  await typeInto(page, "qs-horizon", "7");
  await page.waitForFunction((old) =>
    document.querySelector("[data-testid=headline-tco-value]")?.dataset.value !== old, before);

  const scenario = await pageScenario(page);
  assert.equal(scenario.organisation.users, 42);
  assert.equal(Number(scenario.pricing.seat_price_per_month), 1234.5);
  assert.equal(Number(scenario.horizon), 7);
  const expected = cliResults(scenario).totals.tco;
  assert.equal(await shownTco(page), expected);
  assert.notEqual(expected, before);
  // the formatted headline is the same amount, rounded to whole units
  const shown = (await page.textContent("[data-testid=headline-tco-value]")).replace(/[^0-9]/g, "");
  assert.equal(shown, String(Math.round(Number(expected))));
  assert.deepEqual(errors, []);
  await context.close();
});

test("bad input shows a message next to the field and keeps the last valid result", async () => {
  const { context, page, errors } = await openPlanner();
  await typeInto(page, "qs-users", "30");
  await page.waitForFunction(() => document.querySelector("[data-testid=error-qs-users]")?.textContent === "");
  const valid = await shownTco(page);
  // wait for the (debounced) autosave of the valid value
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem("crm-truecost") ?? "null")?.scenarios ?? [])
    .some((s) => s.scenario.organisation.users === 30));

  for (const bad of ["thirty", "-5", "12.5", "1e9", ""]) {
    await typeInto(page, "qs-users", bad);
    await page.waitForFunction(() => document.querySelector("[data-testid=error-qs-users]")?.textContent.length > 0);
    assert.equal(await shownTco(page), valid, `result changed on ${JSON.stringify(bad)}`);
    assert.equal(await page.inputValue("[data-testid=qs-users]"), bad, "the typed text stays for correction");
    assert.equal((await pageScenario(page)).organisation.users, 30, "the bad value never reached the scenario");
    assert.equal((await savedScenario(page))?.organisation.users, 30, "nor the saved copy");
  }
  await page.click("[data-testid=section-finance] > summary");
  await typeInto(page, "finance.discount_rate", "250");
  await page.waitForFunction(() => document.querySelector('[data-testid="error-finance.discount_rate"]')?.textContent.length > 0);
  assert.equal(await shownTco(page), valid);

  await typeInto(page, "qs-users", "31");
  await page.waitForFunction((v) => document.querySelector("[data-testid=headline-tco-value]")?.dataset.value !== v, valid);
  assert.equal(await page.textContent("[data-testid=error-qs-users]"), "");
  assert.deepEqual(errors, []);
  await context.close();
});

// Words allowed to stay in Latin letters in Chinese and Thai: names, codes and abbreviations.
// "US" comes from Intl's "US$" currency symbol in zh-Hans; JSON and CSV are file formats.
const ALLOWED = new Set(["US", "JSON", "CSV", "CRM", "TrueCost", "USD", "TCO", "NPV", "ROI", "IRR", "TEI", "SaaS", "FTE", "ISO", "English", "IT"]);

/** Latin-letter words of 2+ letters in the visible text that are not names or codes. */
async function untranslatedWords(page) {
  // Sections build their fields when first opened (on the toggle event): open, then wait.
  await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("details.section")].every((d) => d.querySelector(".section-body")?.children.length > 0));
  await unfoldScenarios(page); // the scenarios bar opened too: its panel is built from a chunk
  // Product and vendor names (marked translate="no") and quoted English sources (lang="en") are
  // names, not interface text: take them out, longest first.
  const text = await page.evaluate(() => {
    let t = document.body.innerText + "\n" + document.title;
    const marked = [...document.querySelectorAll("body [translate=no], body [translate=no] *, body [lang=en], body [lang=en] *")]
      .map((e) => e.textContent.trim()).filter((x) => x).sort((a, b) => b.length - a.length);
    for (const m of marked) t = t.split(m).join(" ");
    return t;
  });
  const scenarioName = (await pageScenario(page)).name;
  const words = text.split(scenarioName).join(" ").match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w)))];
}

test("switching to 中文 and ไทย translates every visible string, and is remembered", async () => {
  const { context, page, errors } = await openPlanner({ locale: "en-US" });
  assert.equal(await page.getAttribute("html", "lang"), "en");
  const english = await untranslatedWords(page);
  assert.ok(english.length > 50, "the English page should be full of English words");

  for (const [tag, sample] of [["zh-Hans", "总拥有成本"], ["th", "ต้นทุน"]]) {
    await page.selectOption("[data-testid=language]", tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    assert.match(await page.textContent("[data-testid=headline-tco]"), new RegExp(sample));
    assert.deepEqual(await untranslatedWords(page), [], `English left in ${tag}`);
  }
  await page.reload();
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]");
  assert.equal(await page.getAttribute("html", "lang"), "th");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the language is picked from the browser on a first visit", async () => {
  const { context, page } = await openPlanner({ locale: "zh-CN" });
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  assert.match(await page.textContent("h1"), /CRM/);
  await context.close();
});

test("the cost chart has one bar per period and follows the horizon", async () => {
  const { context, page, errors } = await openPlanner();
  const horizon = Number((await pageScenario(page)).horizon);
  assert.equal(await page.locator("[data-testid=cost-bar]").count(), horizon + 1);
  await typeInto(page, "qs-horizon", "10");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=cost-bar]").length === 11);
  await typeInto(page, "qs-horizon", "2");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=cost-bar]").length === 3);
  assert.equal(await page.locator("[data-testid=year-row]").count(), 3);
  assert.equal(await page.locator("[data-testid=chart-cumulative]").count(), 1);
  assert.equal(await page.locator("[data-testid=chart-quadrants]").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the hidden-cost insight states the engine's hidden share", async () => {
  const { context, page } = await openPlanner();
  const r = cliResults(await pageScenario(page));
  const pct = Math.round(Number(r.totals.hidden_share) * 100);
  assert.match(await page.textContent("[data-testid=hidden-sentence]"), new RegExp(`${pct}\\s?%`));
  await context.close();
});

test("printing shows the inputs summary, results and charts, without the controls", async () => {
  const { context, page } = await openPlanner();
  await unfoldScenarios(page); // so that "not printed" below is about a panel that is there
  await page.emulateMedia({ media: "print" });
  const visible = (sel) => page.locator(sel).first().isVisible();
  assert.ok(await visible(".print-summary"), "inputs summary");
  assert.ok(await visible("[data-testid=headline-tco]"), "results");
  assert.ok(await visible("[data-testid=chart-cost-bars]"), "charts");
  for (const hidden of ["[data-testid=qs-users]", "[data-testid=language]", "[data-testid=scenarios]", "button"]) {
    assert.equal(await visible(hidden), false, `${hidden} is printed`);
  }
  const summary = await page.textContent(".print-summary");
  assert.match(summary, /Users at start/);
  assert.match(summary, /15/);
  await page.emulateMedia({ media: "screen" });
  assert.ok(await visible("[data-testid=qs-users]"));
  await context.close();
});
