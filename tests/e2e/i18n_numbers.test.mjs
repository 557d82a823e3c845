// Numbers typed as people type them (issue 11, finding 9 and the smaller findings): a separator in
// an impossible place is an error at the field with the likely value, never a silent ×10; each
// language's own characters are read; the largest price is shown in full in the narrow
// quick-start field; every stored decimal is shown or the extra precision refused; a blank
// horizon says what it accepts.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const h = useSite();

async function openPlanner(options = {}) {
  const context = await h.browser.newContext({ serviceWorkers: "block", acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  return { context, page, errors };
}

async function pageScenario(page) {
  await unfoldScenarios(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-json]")]);
  return JSON.parse(fs.readFileSync(await download.path(), "utf8"));
}

const errorOf = (page, id) => page.textContent(`[data-testid="error-${id}"]`);
async function typeAndWaitError(page, id, text) {
  await page.fill(`[data-testid="${id}"]`, text);
  await page.waitForFunction((i) => document.querySelector(`[data-testid="error-${i}"]`)?.textContent.length > 0, id);
  return errorOf(page, id);
}
async function typeAndWaitValid(page, id, text) {
  await page.fill(`[data-testid="${id}"]`, text);
  await page.waitForFunction((i) => document.querySelector(`[data-testid="error-${i}"]`)?.textContent === "", id);
}

test("a decimal comma is an error that suggests the likely value, never ten times the number", async () => {
  const { context, page, errors } = await openPlanner();
  const before = await pageScenario(page);
  await page.click("[data-testid=section-finance] > summary");
  for (const [id, typed, likely] of [
    ["qs-users", "1,5", null], // a count: 1.5 is not a whole number either
    ["qs-price", "1,5", "1.5"],
    ["qs-price", "12,50", "12.5"],
    ["qs-price", "1.000,5", "1,000.5"],
    ["finance.discount_rate", "1,5", "1.5"],
  ]) {
    const message = await typeAndWaitError(page, id, typed);
    if (likely) assert.match(message, new RegExp(`did you mean ${likely.replace(".", "\\.")}\\?`), `${id} ${typed}: ${message}`);
    else assert.match(message, /separator/i, `${id} ${typed}: ${message}`);
    assert.equal(await page.inputValue(`[data-testid="${id}"]`), typed, "the text stays for correction");
  }
  const message = await typeAndWaitError(page, "qs-price", "1,2,3");
  assert.match(message, /commas group thousands/);
  const after = await pageScenario(page);
  assert.equal(after.organisation.users, before.organisation.users, "users unchanged");
  assert.equal(after.pricing.seat_price_per_month, before.pricing.seat_price_per_month, "price unchanged");
  assert.equal(after.finance.discount_rate, before.finance.discount_rate, "rate unchanged");
  // A grouping comma where it belongs is still read.
  await typeAndWaitValid(page, "qs-price", "1,234.5");
  assert.equal(Number((await pageScenario(page)).pricing.seat_price_per_month), 1234.5);
  assert.deepEqual(errors, []);
  await context.close();
});

test("Chinese input-method characters and Thai digits are read in their languages", async () => {
  const { context, page, errors } = await openPlanner();
  await page.selectOption("[data-testid=language]", "zh-Hans");
  await page.waitForFunction(() => document.documentElement.lang === "zh-Hans");
  await typeAndWaitValid(page, "qs-price", "１，２３４。５");
  assert.equal(Number((await pageScenario(page)).pricing.seat_price_per_month), 1234.5);
  const zh = await typeAndWaitError(page, "qs-price", "1，5");
  assert.match(zh, /1\.5/);
  await page.selectOption("[data-testid=language]", "th");
  await page.waitForFunction(() => document.documentElement.lang === "th");
  await typeAndWaitValid(page, "qs-users", "๔๒");
  assert.equal((await pageScenario(page)).organisation.users, 42);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the largest price is shown in full in the quick-start field, on a phone and a desktop", async () => {
  for (const viewport of [{ width: 375, height: 800 }, { width: 1280, height: 900 }]) {
    const { context, page } = await openPlanner({ viewport });
    await page.fill("[data-testid=qs-price]", "1000000000000");
    await page.press("[data-testid=qs-price]", "Tab");
    await page.waitForFunction(() => document.querySelector("[data-testid=qs-price]").value === "1,000,000,000,000");
    const fits = await page.evaluate(() => {
      const el = document.querySelector("[data-testid=qs-price]");
      return { scroll: el.scrollWidth, client: el.clientWidth };
    });
    assert.ok(fits.scroll <= fits.client, `cut at ${viewport.width}px: ${JSON.stringify(fits)}`);
    await context.close();
  }
});

test("every stored decimal is shown, and more than are kept is refused at the field", async () => {
  const { context, page, errors } = await openPlanner();
  await typeAndWaitValid(page, "qs-price", "0.0000000001");
  await page.press("[data-testid=qs-price]", "Tab");
  assert.equal(await page.inputValue("[data-testid=qs-price]"), "0.0000000001", "shown as stored, not as 0");
  assert.equal((await pageScenario(page)).pricing.seat_price_per_month, "0.0000000001");
  const message = await typeAndWaitError(page, "qs-price", "0.0000000000001");
  assert.match(message, /At most 12 decimals/);
  await page.click("[data-testid=section-finance] > summary");
  assert.match(await typeAndWaitError(page, "finance.discount_rate", "1.00000000001"), /At most 10 decimals/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a blank horizon says which values it accepts", async () => {
  const { context, page } = await openPlanner();
  const message = await typeAndWaitError(page, "qs-horizon", "");
  assert.match(message, /from 1 to 10/);
  assert.doesNotMatch(message, /0 if none/);
  assert.match(await typeAndWaitError(page, "qs-users", ""), /0 if none/, "a count may be 0");
  await context.close();
});
