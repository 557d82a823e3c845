// Share links that always open (issue 11, findings 6–8): a scenario at the documented limits makes
// a packed link that opens in another browser; one that cannot fit is refused when sharing, not
// when opening; without a clipboard, or when copying fails, the link is shown selected and the
// page never claims "Link copied"; old plain links still open; a link whose amounts overflow
// shows no "last valid" results.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const CLI = path.resolve(process.env.TRUECOST_CLI ?? "target/debug/truecost");
const MAX_FRAGMENT = 64 * 1024;
const h = useSite();

const ready = (page) => page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
const tco = (page) => page.getAttribute("[data-testid=headline-tco-value]", "data-value");

async function open(context, url = h.server.url(SUBPATH)) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await page.waitForSelector("[data-testid=scenario-name]", { timeout: 20000 });
  return { page, errors };
}

function cli(args, input) {
  return execFileSync(CLI, args, { encoding: "utf8", input });
}

/** A deterministic name of `n` characters of words in three scripts, as people write names. */
function wordyName(seed, n = 200) {
  const words = ["licence", "renewal", "audit", "integration", "data", "migration", "training",
    "support", "premium", "hosting", "backup", "security", "review", "consulting", "Vendor", "Q3",
    "2027", "phase", "云服务", "年度", "维护费", "数据迁移", "培训", "ค่าบริการ", "รายปี", "การย้ายข้อมูล",
    "ที่ปรึกษา", "—", "(EU)", "#12"];
  let state = (seed * 2654435761 + 12345) >>> 0;
  let out = "";
  while ([...out].length < n) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += words[(state >>> 8) % words.length] + " ";
  }
  return [...out].slice(0, n).join("");
}

/** Pseudo-random CJK letters: names that do not compress. */
function noiseName(seed, n = 200) {
  let state = (seed * 2654435761 + 7) >>> 0;
  let out = "";
  for (let i = 0; i < n; i++) {
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    out += String.fromCodePoint(0x4e00 + (state % 20000));
  }
  return out;
}

/** The documented limits at once: 100 custom lines and 50 add-ons with 200-character names,
 * 50 contact tiers, 100 project activities, a 200-character scenario name. */
function scenarioAtTheLimits(name) {
  const s = JSON.parse(cli(["template", "mid-size-on-premise"]));
  s.name = name(0);
  s.horizon = 10;
  const categories = ["subscription_licence", "implementation", "maintenance_support",
    "data_migration_integration", "custom_development", "ongoing_training_user_admin",
    "upgrades_expansion", "security_compliance", "external_consultants", "internal_time"];
  s.custom_lines = Array.from({ length: 100 }, (_, i) => ({
    name: name(i + 1),
    kind: i % 3 === 0 ? "benefit" : "cost",
    category: categories[i % categories.length],
    quadrant: "hidden_money",
    phase: "operation",
    amounts: Array.from({ length: 11 }, (_, p) => ((i * 7919 + p * 104729) / 100).toFixed(2)),
    risk: ((i % 100) / 100).toFixed(2),
  }));
  s.pricing.add_ons = Array.from({ length: 50 }, (_, i) => ({
    name: name(1000 + i),
    basis: i % 2 === 0 ? "per_seat" : "flat",
    price_per_month: ((i * 313 + 99) / 100).toFixed(2),
    hidden: i % 2 === 1,
  }));
  s.pricing.contact_tiers = Array.from({ length: 50 }, (_, i) => ({
    up_to: 1000 * (i + 1),
    price_per_month: ((i * 1250 + 50) / 10).toFixed(1),
  }));
  const activities = s.project.activities;
  s.project.activities = Array.from({ length: 100 }, (_, i) => ({ ...activities[i % activities.length], fee: String(i * 1000 + 7) }));
  return s;
}

async function importScenario(page, scenario) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "truecost-share-"));
  const file = path.join(dir, "scenario.json");
  fs.writeFileSync(file, JSON.stringify(scenario));
  await unfoldScenarios(page);
  await page.setInputFiles("[data-testid=import-file]", file);
  await page.waitForFunction((n) => document.querySelector("[data-testid=scenario-name]")?.value === n, scenario.name, { timeout: 30000 });
}

test("a scenario at the documented limits makes a link that opens in another browser", async () => {
  const scenario = scenarioAtTheLimits(wordyName);
  const expected = JSON.parse(cli(["eval", "-"], JSON.stringify(scenario))).totals.tco;

  const a = await h.browser.newContext({ serviceWorkers: "block", permissions: ["clipboard-read", "clipboard-write"] });
  const { page, errors } = await open(a);
  await importScenario(page, scenario);
  await page.waitForFunction((v) => document.querySelector("[data-testid=headline-tco-value]")?.dataset.value === v, expected);
  await page.click("[data-testid=share]");
  await page.waitForSelector("[data-testid=share-link]");
  const link = await page.inputValue("[data-testid=share-link]");
  const fragment = link.slice(link.indexOf("#") + 1);
  assert.ok(fragment.startsWith("s=2."), `a packed link: ${fragment.slice(0, 12)}`);
  assert.ok(fragment.length <= MAX_FRAGMENT, `${fragment.length} characters`);
  console.log(`# scenario at the limits: ${JSON.stringify(scenario).length} bytes of JSON, link ${link.length} characters`);
  await page.waitForSelector("[data-testid=share-status]");
  assert.match(await page.textContent("[data-testid=share-status]"), /Link copied/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, "the clipboard holds the link");

  const b = await h.browser.newContext({ serviceWorkers: "block" });
  const { page: other, errors: otherErrors } = await open(b, link);
  await other.waitForSelector("[data-testid=shared-banner]");
  await other.waitForFunction((v) => document.querySelector("[data-testid=headline-tco-value]")?.dataset.value === v, expected);
  assert.equal(await other.inputValue("[data-testid=scenario-name]"), scenario.name);
  assert.equal(await other.locator("[data-testid=notice].error").count(), 0, "no error notice");
  assert.deepEqual(errors, []);
  assert.deepEqual(otherErrors, []);
  await a.close();
  await b.close();
});

test("a scenario that cannot fit in a link is refused when sharing, with its size", async () => {
  const scenario = scenarioAtTheLimits(noiseName);
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await open(context);
  await importScenario(page, scenario);
  await page.click("[data-testid=share]");
  await page.waitForSelector("[data-testid=share-status].field-error");
  const text = await page.textContent("[data-testid=share-status]");
  assert.match(text, /too large for a link \(\d+ kB packed; a link holds at most 64 kB\)/);
  assert.match(text, /Export JSON/);
  assert.equal(await page.locator("[data-testid=share-link]").count(), 0, "no link that would not open");
  assert.deepEqual(errors, []);
  await context.close();
});

test("without navigator.clipboard (plain-HTTP hosts) Share shows the link selected, and no error", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
  });
  const { page, errors } = await open(context);
  assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
  await page.fill("[data-testid=qs-users]", "33");
  await unfoldScenarios(page);
  await page.click("[data-testid=share]");
  await page.waitForSelector("[data-testid=share-status]");
  const link = await page.inputValue("[data-testid=share-link]");
  assert.match(link, /#s=2\./);
  const status = await page.textContent("[data-testid=share-status]");
  assert.doesNotMatch(status, /Link copied/);
  assert.match(status, /could not be copied/);
  // The whole link is selected, so Ctrl+C copies it. The page focuses and selects it in the
  // animation frame after the link is shown, which can come after the status text: wait for it.
  const selected = await page
    .waitForFunction(() => {
      const el = document.querySelector("[data-testid=share-link]");
      return document.activeElement === el && el.selectionEnd > el.selectionStart && el.value.slice(el.selectionStart, el.selectionEnd);
    }, null, { timeout: 5000 })
    .then((found) => found.jsonValue())
    .catch(() => false);
  assert.equal(selected, link);
  assert.deepEqual(errors, [], "clicking Share threw nothing");
  await context.close();
});

test("when the clipboard refuses the write, the page does not say Link copied", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  const { page, errors } = await open(context);
  await unfoldScenarios(page);
  await page.click("[data-testid=share]");
  // "Making the link…" first (the link is deflated asynchronously), then the outcome.
  await page.waitForFunction(() => {
    const status = document.querySelector("[data-testid=share-status]")?.textContent ?? "";
    return status !== "" && !status.includes("Making the link");
  });
  assert.doesNotMatch(await page.textContent("[data-testid=share-status]"), /Link copied/);
  assert.match(await page.textContent("[data-testid=share-status]"), /could not be copied/);
  assert.match(await page.inputValue("[data-testid=share-link]"), /#s=2\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a plain link of the previous version (1.) still opens", async () => {
  const json = JSON.stringify({ name: "Old link", organisation: { users: 33 } });
  const fragment = "s=1." + Buffer.from(json).toString("base64url");
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await open(context, h.server.url(SUBPATH) + "#" + fragment);
  await page.waitForSelector("[data-testid=shared-banner]");
  await page.waitForFunction(() => document.querySelector("[data-testid=qs-users]")?.value === "33");
  assert.equal(await page.inputValue("[data-testid=scenario-name]"), "Old link");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link that unpacks to gigabytes is refused without hanging the page", async () => {
  // 20 MB of blanks, raw-deflated: a small link that would unpack far past any scenario.
  const zlib = await import("node:zlib");
  const packed = zlib.deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 0x20), { level: 9 });
  const fragment = "s=2." + packed.toString("base64url");
  assert.ok(fragment.length < MAX_FRAGMENT);
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page } = await open(context, h.server.url(SUBPATH) + "#" + fragment);
  await page.waitForSelector("[data-testid=notice].error");
  assert.match(await page.textContent("[data-testid=notice]"), /too long/);
  assert.equal(await page.isDisabled("[data-testid=qs-users]"), false, "the page works");
  await context.close();
});

test("a shared scenario whose amounts overflow shows no results and does not claim to", async () => {
  // Valid values whose products do not fit: the engine reports "too large".
  const s = JSON.parse(cli(["template", "small-team-saas"]));
  s.name = "Overflow";
  s.organisation.users = 1000000;
  s.organisation.user_growth = "1";
  s.pricing.seat_price_per_month = "1000000000000";
  s.horizon = 10;
  const evaluated = (() => {
    try { cli(["eval", "-"], JSON.stringify(s)); return "ok"; } catch (e) { return String(e.stderr); }
  })();
  assert.match(evaluated, /too large/, "the scenario must overflow for this test");
  const fragment = "s=1." + Buffer.from(JSON.stringify(s)).toString("base64url");

  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page, errors } = await open(context);
  await ready(page); // the saved scenario's results are on screen first
  await page.goto(h.server.url(SUBPATH) + "#" + fragment);
  await page.waitForSelector("[data-testid=shared-banner]");
  await page.waitForSelector("[data-testid=results-error]");
  const note = await page.textContent("[data-testid=results-error-note]");
  assert.doesNotMatch(note, /last valid/);
  assert.match(note, /No results can be shown/);
  assert.equal(await page.locator("[data-testid=headline-tco]").count(), 0, "no other scenario's results");
  assert.deepEqual(errors, []);
  await context.close();
});
