// Scenarios that last: the list (create, rename, duplicate, delete + undo), persistence across
// reloads, export (JSON checked with the CLI, CSV), import, share links between browsers,
// damaged or newer storage, and two tabs editing at once.
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


async function newPage(context) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  return { page, errors };
}

/** Waits for the app and opens the scenarios panel (folded into the bar at each page load). */
async function ready(page) {
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  await unfoldScenarios(page);
}
const tco = (page) => page.getAttribute("[data-testid=headline-tco-value]", "data-value");
const names = (page) => page.locator("[data-testid=scenario-row-name]").allTextContents();
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), KEY);
// Polled from node: the page's Content-Security-Policy forbids `new Function` in the page.
async function waitSaved(page, pred, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const env = await stored(page).catch(() => null);
    if (env && pred(env)) return;
    if (Date.now() > end) throw new Error(`the saved library never satisfied ${pred}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test("create, rename, duplicate, delete with undo — and a reload keeps everything", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await newPage(context);
  assert.equal((await names(page)).length, 1);

  await page.selectOption("[data-testid=new-from-template]", "mid-size-on-premise");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  assert.equal(await page.inputValue("[data-testid=qs-users]"), "80", "the template is open");

  // rename the open scenario from the list
  await page.locator("[data-testid=scenario-row].open-row [data-testid=rename-scenario]").click();
  await page.fill("[data-testid=rename-input]", "Vendor B on-premise");
  await page.press("[data-testid=rename-input]", "Enter");
  await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=scenario-row-name]")].some((e) => e.textContent === "Vendor B on-premise"));
  assert.equal(await page.inputValue("[data-testid=scenario-name]"), "Vendor B on-premise");

  await page.locator("[data-testid=scenario-row].open-row [data-testid=duplicate-scenario]").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 3);
  assert.ok((await names(page)).some((n) => n.startsWith("Vendor B on-premise (copy")));

  // delete the copy (open now), then undo
  await page.locator("[data-testid=scenario-row].open-row [data-testid=delete-scenario]").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  await page.click("[data-testid=undo-delete]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 3);
  await waitSaved(page, (env) => env.scenarios.length === 3);

  const before = (await names(page)).sort();
  await page.reload();
  await ready(page);
  assert.deepEqual((await names(page)).sort(), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("edits autosave, and the last opened scenario is restored on load", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page } = await newPage(context);
  await page.click("[data-testid=new-scenario]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  await page.fill("[data-testid=qs-users]", "57");
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.organisation.users === 57));
  const shown = await tco(page);
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue("[data-testid=qs-users]"), "57");
  assert.equal(await tco(page), shown);
  await context.close();
});

test("exported JSON evaluates with the CLI to the TCO the page shows; CSV has one row per period", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", acceptDownloads: true });
  const { page } = await newPage(context);
  await page.fill("[data-testid=qs-users]", "23");
  await page.fill("[data-testid=qs-horizon]", "6");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=cost-bar]").length === 7);

  const [json] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-json]")]);
  assert.match(json.suggestedFilename(), /\.json$/);
  const jsonPath = await json.path();
  const results = JSON.parse(execFileSync(CLI, ["eval", jsonPath], { encoding: "utf8" }));
  assert.equal(results.totals.tco, await tco(page));

  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-csv]")]);
  const text = fs.readFileSync(await csv.path(), "utf8");
  assert.ok(text.startsWith("\uFEFF"), "UTF-8 BOM for spreadsheets");
  const rows = text.slice(1).trim().split(/\r\n/);
  assert.equal(rows.length, 1 + 7 + 1, "header, initial + 6 years, total");
  const firstYear = rows[1].split(",");
  assert.equal(Number(firstYear[1]), Number(results.years[0].costs));
  await context.close();
});

test("import: a valid file becomes a new scenario; a bad one says which field; a same-name import asks", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page } = await newPage(context);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "truecost-import-"));
  const good = JSON.parse(execFileSync(CLI, ["template", "small-team-saas"], { encoding: "utf8" }));
  good.name = "Imported vendor";
  fs.writeFileSync(path.join(dir, "good.json"), JSON.stringify(good));
  await page.setInputFiles("[data-testid=import-file]", path.join(dir, "good.json"));
  await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=scenario-row-name]")].some((e) => e.textContent === "Imported vendor"));
  assert.equal(await page.inputValue("[data-testid=scenario-name]"), "Imported vendor");

  const bad = { ...good, organisation: { ...good.organisation, users: -4 } };
  fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify(bad));
  await page.setInputFiles("[data-testid=import-file]", path.join(dir, "bad.json"));
  await page.waitForSelector("[data-testid=notice].error");
  assert.match(await page.textContent("[data-testid=notice]"), /organisation\.users/);

  // same name again: decline replacing → both kept
  page.once("dialog", (d) => d.dismiss());
  await page.setInputFiles("[data-testid=import-file]", path.join(dir, "good.json"));
  await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=scenario-row-name]")].filter((e) => e.textContent === "Imported vendor").length === 2);
  await context.close();
});

test("a share link opens read-only in another browser, and Save a copy never replaces a saved scenario", async () => {
  const a = await h.browser.newContext({ serviceWorkers: "block" });
  const { page } = await newPage(a);
  await page.fill("[data-testid=qs-users]", "33");
  await page.fill("[data-testid=scenario-name]", "Shared plan");
  await page.click("[data-testid=share]");
  const link = await page.inputValue("[data-testid=share-link]");
  assert.ok(link.includes(`${SUBPATH}#s=`), link);
  const expected = await tco(page);

  const b = await h.browser.newContext({ serviceWorkers: "block" });
  const other = await b.newPage();
  const errors = watchErrors(other);
  await other.goto(h.server.url(SUBPATH));
  await ready(other);
  await other.fill("[data-testid=qs-users]", "9");
  await waitSaved(other, (env) => env.scenarios[0].scenario.organisation.users === 9);
  const savedBefore = await stored(other);

  await other.goto(link);
  await other.waitForSelector("[data-testid=shared-banner]");
  await other.waitForFunction((v) => document.querySelector("[data-testid=headline-tco-value]")?.dataset.value === v, expected);
  assert.equal(await other.inputValue("[data-testid=scenario-name]"), "Shared plan");
  assert.ok(await other.isDisabled("[data-testid=qs-users]"), "read-only");
  assert.deepEqual(await stored(other), savedBefore, "opening a link changes nothing saved");

  await other.click("[data-testid=save-copy]");
  await waitSaved(other, (env) => env.scenarios.length === 2);
  const env = await stored(other);
  assert.deepEqual(env.scenarios.map((s) => s.scenario.name).sort(), ["15-user SaaS team", "Shared plan"].sort());
  assert.equal(env.scenarios.find((s) => s.scenario.name !== "Shared plan").scenario.organisation.users, 9);
  assert.equal(await other.isDisabled("[data-testid=qs-users]"), false);
  assert.deepEqual(errors, []);
  await a.close();
  await b.close();
});

test("a broken share link gives a clear message and the page still works", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(h.server.url(SUBPATH) + "#s=1.eyJvcmdhbmlz");
  await ready(page);
  await page.waitForSelector("[data-testid=notice].error");
  assert.match(await page.textContent("[data-testid=notice]"), /share link/i);
  assert.equal(await page.isDisabled("[data-testid=qs-users]"), false);
  // an absurdly long link is refused before decoding, also when pasted into an open page
  await page.click("[data-testid=notice] .dismiss");
  await page.goto(h.server.url(SUBPATH) + "#s=1." + "A".repeat(100000));
  await page.waitForSelector("[data-testid=notice].error");
  assert.match(await page.textContent("[data-testid=notice]"), /too long/i);
  assert.equal(await page.evaluate(() => location.hash), "", "the broken link is cleared from the address");
  await context.close();
});

test("a corrupted saved value is kept as a backup and the page still opens", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  await page.evaluate((k) => localStorage.setItem(k, '{"schema_version":2,"scenarios":[{"broken'), KEY);
  await page.reload();
  await ready(page);
  await page.waitForSelector("[data-testid=load-problem]");
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("backup")).map((k) => localStorage.getItem(k)));
  assert.ok(backups.includes('{"schema_version":2,"scenarios":[{"broken'), "the corrupted value is kept");
  await page.fill("[data-testid=qs-users]", "12");
  await waitSaved(page, (env) => env.scenarios[0].scenario.organisation.users === 12);
  await context.close();
});

test("data written by a newer version is never overwritten", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  const newer = JSON.stringify({ schema_version: 99, scenarios: [], future: "data" });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);
  await page.reload();
  await ready(page);
  await page.waitForSelector("[data-testid=load-problem]");
  await page.fill("[data-testid=qs-users]", "44");
  await page.click("[data-testid=new-scenario]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer);
  await context.close();
});

test("two tabs see each other's edits", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page: one } = await newPage(context);
  const { page: two } = await newPage(context);
  await one.fill("[data-testid=qs-users]", "71");
  await two.waitForFunction(() => document.querySelector("[data-testid=qs-users]")?.value === "71");
  await two.selectOption("[data-testid=new-from-template]", "small-team-saas");
  await one.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  await context.close();
});
