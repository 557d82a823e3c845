// Storage that cannot lose data, in one tab: a full quota (delete, undo, new scenario, edits),
// an unreadable value too large to back up (never overwritten; downloadable; replaced only when
// the person says so), a backup written once, unavailable storage (said at open, work goes on
// in memory, nothing claims a save), an empty stored library, and duplicate ids.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const KEY = "crm-truecost";
const h = useSite();

/** Waits for the app and opens the scenarios panel (folded into the bar at each page load). */
async function ready(page) {
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  await unfoldScenarios(page);
}
const rows = (page) => page.locator("[data-testid=scenario-row]").count();
const raw = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const stored = async (page) => JSON.parse((await raw(page)) ?? "null");
const users = (env) => (env?.scenarios ?? []).map((s) => s.scenario.organisation.users);
/** Polls the stored library (from Node: the page's CSP allows no eval) until `pred(env)`. */
async function waitSaved(page, pred, what, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    let env = null;
    try { env = JSON.parse((await raw(page)) ?? "null"); } catch { env = null; }
    if (env && pred(env)) return env;
    if (Date.now() > end) assert.fail(`${what}; stored: ${(await raw(page))?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function openPage(context, url = h.server.url(SUBPATH)) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await ready(page);
  return { page, errors };
}

/** Fills localStorage with a filler key until about `spare` characters of quota are left. */
async function fillQuota(page, spare) {
  return page.evaluate((spare) => {
    let size = 0;
    for (let step = 8 * 1024 * 1024; step >= 1; step = Math.floor(step / 2)) {
      try {
        localStorage.setItem("filler", "x".repeat(size + step));
        size += step;
      } catch {
        // too big: try a smaller step
      }
    }
    localStorage.setItem("filler", "x".repeat(Math.max(0, size - spare)));
    return size;
  }, spare);
}

test("a full storage: nothing is lost, Undo stays, every message is true, and saving resumes", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await openPage(context);
  const banner = () => page.textContent("[data-testid=not-saved]");
  await page.fill("[data-testid=qs-users]", "12");
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.organisation.users === 12), "first save");
  await fillQuota(page, 0);

  // Deleting the only scenario while full: done, with a tombstone, Undo offered, a draft open —
  // never a wiped library without Undo (issue 11, finding 3).
  await page.click("[data-testid=delete-scenario]");
  await page.waitForSelector("[data-testid=undo-delete]", { timeout: 10000 });
  const afterDelete = await stored(page);
  assert.deepEqual(afterDelete.scenarios, [], "deleted");
  assert.equal(afterDelete.deleted.length, 1, "with a tombstone");
  assert.equal(await rows(page), 1, "a new draft is open");
  assert.equal(await page.locator("[data-testid=not-saved]").count(), 0, "nothing failed");

  // Full again (the delete freed space). A new scenario does not fit: not done, nothing changed.
  await fillQuota(page, 1500);
  const saved = await raw(page);
  await page.click("[data-testid=new-scenario]");
  await page.waitForSelector("[data-testid=not-saved]");
  assert.match(await banner(), /Not done: .*full.*Nothing stored was changed/);
  assert.equal(await rows(page), 1);
  assert.equal(await raw(page), saved, "nothing stored changed");

  // Typing in the draft cannot be saved: said so, no false claim, Undo stays.
  await page.fill("[data-testid=qs-users]", "13");
  await page.waitForFunction(() => /Not saved/.test(document.querySelector("[data-testid=not-saved]")?.textContent ?? ""));
  assert.match(await banner(), /Not saved: .*full.*only on this page/);
  assert.doesNotMatch(await banner(), /intact/);
  assert.equal(await page.locator("[data-testid=undo-delete]").count(), 1, "Undo still offered");
  assert.deepEqual(users(await stored(page)), [], "nothing written");
  // Undo does not fit either: said so, and still offered.
  await page.click("[data-testid=undo-delete]");
  await page.waitForTimeout(300);
  assert.match(await banner(), /Not done/);
  assert.equal(await page.locator("[data-testid=undo-delete]").count(), 1, "Undo still offered");

  // Space freed: Undo restores, and the edits that did not fit are saved too.
  await page.evaluate(() => localStorage.removeItem("filler"));
  await page.click("[data-testid=undo-delete]");
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.organisation.users === 12), "restored");
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.organisation.users === 13), "the draft saved");
  await page.waitForSelector("[data-testid=notice]:has-text('stored again')");
  assert.equal(await page.locator("[data-testid=not-saved]").count(), 0);

  await page.reload();
  await ready(page);
  assert.equal(await rows(page), 2);
  await page.fill("[data-testid=qs-users]", "15");
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.organisation.users === 15), "saves after a reload");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an empty stored library opens a new scenario and typing saves it", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await openPage(context);
  await page.evaluate((k) => localStorage.setItem(k, '{"schema_version":2,"scenarios":[],"settings":{}}'), KEY);
  await page.reload();
  await ready(page);
  assert.equal(await rows(page), 1);
  await page.fill("[data-testid=qs-users]", "31");
  await waitSaved(page, (env) => env.schema_version === 3 && env.scenarios.some((s) => s.scenario.organisation.users === 31), "typing saves");
  assert.equal(await page.locator("[data-testid=notice]").count(), 0, "no error");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 4 MB unreadable value is never written over: download it, then replace it on request", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", acceptDownloads: true });
  const { page } = await openPage(context);
  const big = await page.evaluate((k) => {
    localStorage.clear();
    const value = "not json " + "x".repeat(4 * 1024 * 1024);
    localStorage.setItem(k, value);
    return value.length;
  }, KEY);
  await page.reload();
  await ready(page);
  // Work goes on in memory; nothing is written over the value (issue 11, finding 2).
  await page.fill("[data-testid=qs-users]", "41");
  await page.click("[data-testid=new-scenario]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  await page.waitForTimeout(500);
  const kept = await raw(page);
  assert.equal(kept.length, big, "never written over");
  assert.ok(kept.startsWith("not json xxx"));
  // The page says the truth: no copy could be kept, and offers the download.
  await page.waitForSelector("[data-testid=load-problem][data-kind=not-kept]");
  assert.match(await page.textContent("[data-testid=load-problem]"), /no room to keep a copy/);
  const backups = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("backup")));
  assert.deepEqual(await backups(), [], "the backup did not fit");

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-unreadable]")]);
  const file = fs.readFileSync(await download.path(), "utf8");
  assert.equal(file.length, big, "the download is the stored value");
  assert.equal(file, kept);

  page.once("dialog", (d) => d.accept());
  await page.click("[data-testid=replace-unreadable]");
  await waitSaved(page, (env) => env.scenarios.length === 2 && env.scenarios.some((s) => s.scenario.organisation.users === 41), "replaced with the page's library");
  assert.equal(await page.locator("[data-testid=load-problem]").count(), 0);
  await page.fill("[data-testid=qs-users]", "42");
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.organisation.users === 42), "saving again");
  await context.close();
});

test("an unreadable value is backed up once, next to an older backup it never replaces", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", acceptDownloads: true });
  const { page } = await openPage(context);
  const broken = '{"schema_version":2,"scenarios":[{"broken';
  await page.evaluate(([k, v]) => {
    localStorage.clear();
    localStorage.setItem(`${k}.backup`, "an older backup");
    localStorage.setItem(k, v);
  }, [KEY, broken]);
  await page.reload();
  await ready(page);
  await page.fill("[data-testid=qs-users]", "51");
  await waitSaved(page, (env) => env.scenarios.some((s) => s.scenario.organisation.users === 51), "saved over the backed-up value");
  await page.click("[data-testid=new-scenario]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes("backup")).map((k) => localStorage.getItem(k)).sort());
  assert.deepEqual(backups, [broken, "an older backup"].sort(), "one backup of it, the older one kept");
  await page.waitForSelector("[data-testid=load-problem][data-kind=unreadable]");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-unreadable]")]);
  assert.equal(fs.readFileSync(await download.path(), "utf8"), broken);
  await context.close();
});

test("unavailable storage: said at open, work goes on in memory, nothing claims a save", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() { throw new DOMException("The user denied storage", "SecurityError"); },
    });
  });
  const { page, errors } = await openPage(context);
  await page.waitForSelector("[data-testid=load-problem][data-kind=unavailable]");
  assert.match(await page.textContent("[data-testid=load-problem]"), /nothing is saved/);
  await page.fill("[data-testid=qs-users]", "61");
  await page.click("[data-testid=new-scenario]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  await page.locator("[data-testid=scenario-row]").first().locator("[data-testid=open-scenario]").click();
  assert.equal(await page.inputValue("[data-testid=qs-users]"), "61", "kept in memory");
  await page.waitForTimeout(400);
  const notices = await page.locator("[data-testid=notice]").allTextContents();
  for (const n of notices) assert.doesNotMatch(n, /intact|saved/i, n);
  assert.deepEqual(errors, []);
  await context.close();
});

test("two stored scenarios with the same id are both reachable, and keep their new ids", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page } = await openPage(context);
  const scenario = (name, n) => ({ name, organisation: { users: n } });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify({
    schema_version: 2,
    scenarios: [
      { id: "dup", scenario: scenario("First", 71), created_ms: 1, updated_ms: 1 },
      { id: "dup", scenario: scenario("Second", 72), created_ms: 2, updated_ms: 2 },
    ],
    settings: { last_open: "dup" },
  })]);
  await page.reload();
  await ready(page);
  assert.equal(await rows(page), 2);
  await page.locator("[data-testid=scenario-row]", { hasText: "Second" }).locator("[data-testid=open-scenario]").click();
  assert.equal(await page.inputValue("[data-testid=scenario-name]"), "Second");
  assert.equal(await page.inputValue("[data-testid=qs-users]"), "72");
  const ids = (await stored(page)).scenarios.map((s) => s.id);
  assert.deepEqual(ids, ["dup", "dup-2"], "written back at once");
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue("[data-testid=scenario-name]"), "Second", "the last opened one");
  await context.close();
});
