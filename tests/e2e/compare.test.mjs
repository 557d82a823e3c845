// The comparison in a real browser: quick compare from vendor presets (the page's figures equal
// `truecost compare` on the same scenarios), a compare link opened read-only in a fresh browser
// and saved as copies, a damaged part named, the A4 print view, the CSV, presets applied and
// undone in the pricing section, currencies that are not compared, and the compare view in
// Chinese with nothing left in English but names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const CLI = path.resolve(process.env.TRUECOST_CLI ?? "target/debug/truecost");
const KEY = "crm-truecost";
const h = useSite();

const ready = (page) => page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), KEY);
/** Polls the saved library until `pred(env)` holds (the page's CSP forbids evaluating code). */
async function waitSaved(page, pred, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const env = await stored(page).catch(() => null);
    if (env && pred(env)) return env;
    if (Date.now() > end) throw new Error(`timed out waiting for the saved library: ${pred}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function newPage(context, url = h.server.url(SUBPATH)) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await ready(page);
  return { page, errors };
}

/** Sets users and horizon in the quick start, waits for the autosave. */
async function usersAndYears(page, users, years) {
  await page.fill("[data-testid=qs-users]", String(users));
  await page.fill("[data-testid=qs-horizon]", String(years));
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.organisation.users === users && s.scenario.horizon === years));
}

/** Opens the compare view from the scenarios panel. */
async function openCompare(page) {
  await unfoldScenarios(page);
  await page.click("[data-testid=open-compare]");
  await page.waitForSelector("[data-testid=compare-view]:not([hidden])");
}

/** Quick compare of these presets; resolves once the comparison shows them all. */
async function quickCompare(page, ids) {
  await page.click("[data-testid=quick-compare] > summary");
  for (const id of ids) await page.check(`[data-testid=quick-pick][value="${id}"]`);
  await page.click("[data-testid=quick-go]");
  await page.waitForFunction((n) => document.querySelectorAll("[data-testid=compare-figures] tr[data-row='Head(Tco)'] td").length === n, ids.length);
}

/** The raw value of a cell of a comparison table. */
const cell = (page, table, row, option) =>
  page.getAttribute(`[data-testid=${table}] tr[data-row='${row}'] td[data-option='${option}']`, "data-value");

/** `truecost compare` on these scenarios (JSON objects). */
function cliCompare(scenarios, baseline = 1) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "truecost-compare-"));
  const files = scenarios.map((s, i) => {
    const file = path.join(dir, `option-${i}.json`);
    fs.writeFileSync(file, JSON.stringify(s));
    return file;
  });
  return JSON.parse(execFileSync(CLI, ["compare", ...files, "--baseline", String(baseline)], { encoding: "utf8" }));
}

const PRESETS = ["hubspot-sales-professional", "salesforce-pro-suite", "zoho-crm-standard"];

test("quick compare: HubSpot vs Salesforce vs Zoho for 25 users over 5 years, the figures equal `truecost compare`", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await newPage(context);
  await usersAndYears(page, 25, 5);
  await openCompare(page);
  assert.equal(await page.isVisible("main.layout"), false, "the planner is hidden while comparing");
  await quickCompare(page, PRESETS);

  // Three new saved scenarios, priced by the presets, the rest of the open scenario unchanged.
  const env = await stored(page);
  const made = env.scenarios.slice(-3).map((s) => s.scenario);
  assert.deepEqual(made.map((s) => s.name), ["HubSpot Sales Hub Professional", "Salesforce Sales Cloud Pro Suite", "Zoho CRM Standard"]);
  assert.ok(made.every((s) => s.organisation.users === 25 && s.horizon === 5 && s.currency === "USD"));

  const cli = cliCompare(made, 1);
  for (const [i, option] of cli.options.entries()) {
    const h = option.headline;
    for (const [row, value] of [["Head(Tco)", h.tco], ["Head(PerUserMonth)", h.tco_per_user_month], ["Head(Npv)", h.npv],
      ["Head(Roi)", h.roi_simple], ["Head(RoiRisk)", h.roi_risk_adjusted], ["Head(Payback)", h.payback_months],
      ["Head(Irr)", h.irr], ["Head(HiddenShare)", h.hidden_share], ["Head(OpenQuestions)", String(option.open_questions)]]) {
      const shown = await cell(page, "compare-figures", row, i);
      if (value === null) assert.equal(shown, "", `${row} of option ${i}`);
      else assert.equal(Number(shown), Number(value), `${row} of option ${i}`);
    }
    const cat = await cell(page, "compare-categories", "Category(SubscriptionLicence)", i);
    assert.equal(Number(cat), Number(option.by_category.subscription_licence));
  }
  // The baseline is the first option (quick compare); its column says so.
  assert.match(await page.textContent("[data-testid=compare-figures] thead .baseline-col"), /HubSpot/);
  // One line per option on one chart, one sentence per pair, with the engine's months.
  assert.equal(await page.locator("[data-testid=chart-options] polyline.opt-line").count(), 3);
  const pairs = await page.locator("[data-testid=break-even] li").evaluateAll((els) => els.map((e) => e.dataset.months));
  assert.deepEqual(pairs, cli.break_even.map((b) => b.months ?? ""));
  // Nothing scored: no option can be placed on the cost-vs-fit chart, and the notes say so.
  assert.equal(await page.locator("[data-testid=chart-cost-fit] .fit-point").count(), 0);
  assert.equal(await page.locator("[data-testid=cost-fit-notes] li").count(), 3);

  // Changing the baseline changes the differences, as the CLI's --baseline does.
  await page.selectOption("[data-testid=compare-baseline]", "2");
  const vs = cliCompare(made, 3);
  await page.waitForFunction(() => document.querySelector("[data-testid=compare-figures] thead th:nth-child(4)")?.classList.contains("baseline-col"));
  const delta = await page.textContent("[data-testid=compare-figures] tr[data-row='Head(Tco)'] td[data-option='0'] .cmp-delta");
  assert.ok(delta.length > 0 && Number(vs.options[0].vs_baseline.tco.amount) !== 0, delta);

  // In Chinese, nothing visible is left in English but names, codes and scenario names.
  await page.selectOption("[data-testid=language]", "zh-Hans");
  await page.waitForFunction(() => document.documentElement.lang === "zh-Hans");
  const words = await page.evaluate((names) => {
    const view = document.querySelector("[data-testid=compare-view]").cloneNode(true);
    for (const e of view.querySelectorAll("[lang=en], [translate=no], option")) e.remove();
    let text = view.textContent;
    for (const n of names) text = text.split(n).join(" ");
    return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])];
  }, env.scenarios.map((s) => s.scenario.name));
  const allowed = new Set(["US", "USD", "TCO", "NPV", "ROI", "IRR", "TEI", "SaaS", "CSV", "CRM", "Yankee", "Group", "pts"]);
  assert.deepEqual(words.filter((w) => !allowed.has(w)), [], "English left in zh-Hans");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a compare link opens read-only in a fresh browser; Save copies saves every option; a damaged part is named", async () => {
  const a = await h.browser.newContext({ serviceWorkers: "block" });
  const { page } = await newPage(a);
  await usersAndYears(page, 25, 5);
  await openCompare(page);
  await quickCompare(page, PRESETS);
  await page.click("[data-testid=compare-link]");
  await page.waitForSelector("[data-testid=compare-link-field]", { state: "visible" });
  const link = await page.inputValue("[data-testid=compare-link-field]");
  assert.ok(link.includes(`${SUBPATH}#c=0~`), link);
  const tcos = [];
  for (const i of [0, 1, 2]) tcos.push(await cell(page, "compare-figures", "Head(Tco)", i));

  // A fresh browser with a saved scenario of its own.
  const b = await h.browser.newContext({ serviceWorkers: "block" });
  const { page: other, errors } = await newPage(b);
  await other.fill("[data-testid=qs-users]", "9");
  await waitSaved(other, (env) => env.scenarios[0].scenario.organisation.users === 9);
  const before = await stored(other);
  await other.goto(link);
  await other.waitForSelector("[data-testid=compare-shared]");
  await other.waitForFunction(() => document.querySelectorAll("[data-testid=compare-figures] tr[data-row='Head(Tco)'] td").length === 3);
  for (const i of [0, 1, 2]) assert.equal(await cell(other, "compare-figures", "Head(Tco)", i), tcos[i]);
  assert.equal(await other.locator("[data-testid=compare-pick]").count(), 0, "read-only: no picking");
  assert.deepEqual(await stored(other), before, "opening a compare link saves nothing");

  await other.click("[data-testid=save-copies]");
  await waitSaved(other, (env) => env.scenarios.length === 4);
  const names = (await stored(other)).scenarios.map((s) => s.scenario.name);
  assert.deepEqual(names.slice(1), ["HubSpot Sales Hub Professional", "Salesforce Sales Cloud Pro Suite", "Zoho CRM Standard"]);
  await other.waitForSelector("[data-testid=copies-saved]");
  assert.equal(await other.isVisible("[data-testid=compare-shared]"), false, "no longer read-only");
  assert.equal(await other.evaluate(() => location.hash), "", "the link is cleared from the address");
  assert.deepEqual(errors, []);

  // One part damaged (cut short): the other two open, and part 2 is named.
  const [head, ...parts] = link.split("~");
  parts[1] = parts[1].slice(0, parts[1].length / 2);
  const c = await h.browser.newContext({ serviceWorkers: "block" });
  const third = await c.newPage();
  await third.goto([head, ...parts].join("~"));
  await third.waitForSelector("[data-testid=compare-broken] li[data-part='2']");
  assert.match(await third.textContent("[data-testid=compare-broken]"), /2/);
  await third.waitForFunction(() => document.querySelectorAll("[data-testid=compare-figures] tr[data-row='Head(Tco)'] td").length === 2);
  assert.equal(await cell(third, "compare-figures", "Head(Tco)", 1), tcos[2]);
  // An oversized part is named the same way.
  await third.goto(h.server.url(SUBPATH) + "#compare");
  await third.goto([head, parts[0], "2." + "A".repeat(70000), parts[2]].join("~"));
  await third.waitForSelector("[data-testid=compare-broken] li[data-part='2']");
  assert.match(await third.textContent("[data-testid=compare-broken] li[data-part='2']"), /too long/i);
  await a.close();
  await b.close();
  await c.close();
});

test("the comparison prints on A4 without controls, and its CSV holds the table", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", acceptDownloads: true });
  const { page } = await newPage(context);
  await openCompare(page);
  await quickCompare(page, ["pipedrive-growth", "freshsales-growth"]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=compare-csv]")]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const text = fs.readFileSync(await download.path(), "utf8");
  assert.ok(text.startsWith("\uFEFF"), "UTF-8 BOM for spreadsheets");
  const rows = text.slice(1).trim().split("\r\n").map((r) => r.split(","));
  assert.equal(rows.length, 1 + 11 + 10 + 4 + 7, "header, 11 figures, 10 categories, 4 quadrants, 7 phases");
  assert.equal(rows[0].length, 1 + 2 * 3);
  assert.equal(Number(rows[1][1]), Number(await cell(page, "compare-figures", "Head(Tco)", 0)));
  assert.equal(Number(rows[1][4]), Number(await cell(page, "compare-figures", "Head(Tco)", 1)));
  assert.equal(rows[1][2], "0.00", "the baseline against itself");

  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible("[data-testid=compare-figures]"), true);
  assert.equal(await page.isVisible("[data-testid=chart-options]"), true);
  assert.equal(await page.isVisible("[data-testid=break-even]"), true);
  assert.equal(await page.isVisible("[data-testid=compare-csv]"), false, "no buttons on paper");
  assert.equal(await page.isVisible("[data-testid=quick-compare]"), false, "no picking on paper");
  assert.equal(await page.isVisible("main.layout"), false, "only the comparison is printed");
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10000, "an A4 PDF is printed");
  await context.close();
});

test("a preset fills the pricing section, says what it changed and is undone in one click", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await newPage(context);
  const tco = () => page.getAttribute("[data-testid=headline-tco-value]", "data-value");
  const before = await tco();
  await page.click("[data-testid=section-deployment] > summary");
  await page.click("[data-testid=presets] > summary");
  await page.waitForSelector("[data-testid=preset-select]");
  const price = await page.inputValue("[data-testid='pricing.seat_price_per_month']");
  // Alphabetical, no vendor first by favour.
  const vendors = await page.locator("[data-testid=preset-select] option").evaluateAll((os) => os.slice(1).map((o) => o.textContent));
  assert.equal(vendors.length, 30);
  assert.deepEqual([...vendors].sort((x, y) => x.localeCompare(y)).map((v) => v.split(" ")[0]), vendors.map((v) => v.split(" ")[0]));

  await page.selectOption("[data-testid=preset-select]", "zoho-crm-standard");
  const figures = await page.textContent("[data-testid=preset-figures]");
  assert.match(figures, /list price as of 20\d\d-\d\d(-\d\d)? — verify with the vendor/);
  assert.match(figures, /Source:/);
  await page.click("[data-testid=preset-apply]");
  await page.waitForSelector("[data-testid=preset-applied]");
  const applied = await page.textContent("[data-testid=preset-applied]");
  assert.match(applied, /Zoho CRM Standard applied: \d+ pricing fields changed/);
  assert.ok(await page.locator("[data-testid=preset-applied] li[data-field='pricing.seat_price_per_month']").count() === 1);
  await page.waitForFunction((b) => document.querySelector("[data-testid=headline-tco-value]").dataset.value !== b, before);
  assert.notEqual(await page.inputValue("[data-testid='pricing.seat_price_per_month']"), price);

  await page.click("[data-testid=preset-undo]");
  await page.waitForFunction((b) => document.querySelector("[data-testid=headline-tco-value]").dataset.value === b, before);
  assert.equal(await page.inputValue("[data-testid='pricing.seat_price_per_month']"), price);
  await page.waitForSelector("[data-testid=preset-undone]");
  assert.deepEqual(errors, []);
  await context.close();
});

test("options in different currencies are not compared, and a EUR scenario refuses a preset", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await newPage(context);
  // A second scenario, in euros.
  await unfoldScenarios(page);
  await page.click("[data-testid=new-scenario]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  await page.click("[data-testid=section-finance] > summary");
  await page.fill("[data-testid=currency]", "EUR");
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.currency === "EUR"));

  await page.click("[data-testid=section-deployment] > summary");
  await page.click("[data-testid=presets] > summary");
  await page.selectOption("[data-testid=preset-select]", "hubspot-sales-starter");
  await page.click("[data-testid=preset-apply]");
  await page.waitForSelector("[data-testid=preset-error]");
  assert.match(await page.textContent("[data-testid=preset-error]"), /USD.*EUR.*nothing is converted/);

  await page.click("[data-testid=open-compare]");
  await page.waitForSelector("[data-testid=compare-view]:not([hidden])");
  const picks = page.locator("[data-testid=compare-pick]");
  for (let i = 0; i < 2; i++) if (!(await picks.nth(i).isChecked())) await picks.nth(i).check();
  await page.waitForSelector("[data-testid=compare-problem]");
  assert.match(await page.textContent("[data-testid=compare-problem]"), /different currencies \((USD, EUR|EUR, USD)\)/);
  assert.equal(await page.locator("[data-testid=compare-figures]").count(), 0, "no figures");

  // Back to the planner.
  await page.click("[data-testid=compare-back]");
  await page.waitForSelector("[data-testid=compare-view][hidden]", { state: "attached" });
  assert.equal(await page.isVisible("main.layout"), true);
  assert.deepEqual(errors, []);
  await context.close();
});
