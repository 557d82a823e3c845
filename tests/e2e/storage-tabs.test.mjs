// Two tabs on one library (two pages of one browser context, same origin): randomized races on
// one scenario never lose an edit; a delete in one tab is never undone by the other; an Undo
// never overwrites newer work from the other tab.
// RACE_SEED=<n> repeats a run of the randomized test (the seed is printed when it fails).
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const KEY = "crm-truecost";
const h = useSite();

/** Waits for the app and opens the scenarios panel (folded into the bar at each page load). */
async function ready(page) {
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  await unfoldScenarios(page);
}
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), KEY);
/** Polls the stored library (from Node: the page's CSP allows no eval) until `pred(env, arg)`. */
async function waitSaved(page, pred, what, arg = null, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const env = await stored(page).catch(() => null);
    if (env && pred(env, arg)) return env;
    if (Date.now() > end) assert.fail(`${what}; stored: ${JSON.stringify(summary(env))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
/** True when a scenario of `env` holds `edit` ({field: "users" | "price", value}). */
const holds = (env, edit) =>
  env.scenarios.some((s) =>
    edit.field === "users"
      ? s.scenario.organisation.users === edit.value
      : Number(s.scenario.pricing.seat_price_per_month) === edit.value);
const summary = (env) =>
  (env?.scenarios ?? []).map((s) => [s.scenario.name, s.scenario.organisation.users, s.scenario.pricing.seat_price_per_month]);
const row = (page, name) =>
  page.locator("[data-testid=scenario-row]", {
    has: page.locator("[data-testid=scenario-row-name]", { hasText: new RegExp(`^${name}$`) }),
  });

async function openPage(context) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  return { page, errors };
}

/** Both pages show the scenario named `name`, open. */
async function bothOn(pages, name) {
  for (const page of pages) {
    if ((await page.inputValue("[data-testid=scenario-name]")) !== name) {
      // (dispatched: a real click waits for the list to stop moving, ~1.5 s, for nothing here)
      await row(page, name).locator("[data-testid=open-scenario]").dispatchEvent("click");
    }
    await page.waitForFunction((n) => document.querySelector("[data-testid=scenario-name]")?.value === n, name);
  }
}

/** A small seeded generator (mulberry32), so a failing run can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("two tabs typing into one scenario: 50 random races, no edit ever lost", async () => {
  const seed = Number(process.env.RACE_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const rnd = random(seed);
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page: a, errors: errorsA } = await openPage(context);
  const { page: b, errors: errorsB } = await openPage(context);
  await a.fill("[data-testid=scenario-name]", "Race");
  await waitSaved(a, (env) => env.scenarios.some((s) => s.scenario.name === "Race"), "the scenario saved");
  await b.waitForFunction(() => document.querySelector("[data-testid=scenario-name]")?.value === "Race");
  const counts = { merged: 0, copied: 0 };

  for (let i = 0; i < 50; i++) {
    const delay = Math.floor(rnd() * 81);
    const [first, second] = rnd() < 0.5 ? [a, b] : [b, a];
    const sameField = rnd() < 0.3;
    const one = { page: first, field: "users", value: 1000 + i };
    const two = sameField
      ? { page: second, field: "users", value: 5000 + i }
      : { page: second, field: "price", value: 300 + i };
    const where = `race ${i} (seed ${seed}, delay ${delay} ms, ${sameField ? "same field" : "two fields"})`;
    for (const p of [a, b]) {
      const dismiss = p.locator("[data-testid=notice] .dismiss");
      if (await dismiss.count()) await dismiss.dispatchEvent("click");
    }

    await one.page.fill(`[data-testid=qs-${one.field}]`, String(one.value));
    if (delay) await new Promise((r) => setTimeout(r, delay));
    await two.page.fill(`[data-testid=qs-${two.field}]`, String(two.value));

    await waitSaved(a, holds, `${where}: users=${one.value} lost`, one);
    await waitSaved(a, holds, `${where}: ${two.field}=${two.value} lost`, two);

    // An edit that is not in "Race" was kept as a copy — and the tab that typed it says so.
    const env = await stored(a);
    const race = env.scenarios.find((s) => s.scenario.name === "Race");
    for (const edit of [one, two]) {
      const inRace = holds({ scenarios: [race] }, edit);
      if (!inRace) {
        const copy = env.scenarios.find((s) => holds({ scenarios: [s] }, edit));
        assert.match(copy.scenario.name, /^Race \(edited in another tab\)/, where);
        await edit.page.locator("[data-testid=notice]", { hasText: copy.scenario.name }).waitFor({ timeout: 2000 })
          .catch(() => assert.fail(`${where}: ${edit.field}=${edit.value} kept as a copy without a notice`));
        counts.copied += 1;
      }
    }
    if (!sameField) {
      assert.ok(holds({ scenarios: [race] }, one) || holds({ scenarios: [race] }, two), where);
    }
    if (holds({ scenarios: [race] }, one) && holds({ scenarios: [race] }, two)) counts.merged += 1;

    // Next race: both tabs on "Race", showing what is stored.
    await bothOn([a, b], "Race");
    const expected = String(race.scenario.organisation.users);
    for (const p of [a, b]) {
      // (shown with grouping, "1,000", when the field is not focused)
      await p.waitForFunction((v) => document.querySelector("[data-testid=qs-users]")?.value.replace(/\D/g, "") === v, expected)
        .catch(() => assert.fail(`${where}: a tab does not show the stored users ${expected}`));
    }
  }
  assert.ok(counts.merged + counts.copied >= 50, JSON.stringify(counts));
  assert.deepEqual([...errorsA, ...errorsB], []);
  await context.close();
});

test("a delete stands: the other tab, with the scenario open and no edits, never brings it back", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page: a } = await openPage(context);
  const { page: b } = await openPage(context);
  await a.click("[data-testid=new-scenario]");
  await a.fill("[data-testid=scenario-name]", "Doomed");
  await waitSaved(a, (env) => env.scenarios.some((s) => s.scenario.name === "Doomed"), "saved");
  await row(b, "Doomed").waitFor();
  await bothOn([b], "Doomed");
  await b.waitForTimeout(400); // any autosave of b is done

  await row(a, "Doomed").locator("[data-testid=delete-scenario]").click();
  await waitSaved(a, (env) => !env.scenarios.some((s) => s.scenario.name === "Doomed"), "deleted");
  await row(b, "Doomed").waitFor({ state: "detached" });
  await b.waitForTimeout(400);
  const shownInB = await b.inputValue("[data-testid=scenario-name]");
  // Leaving b (it saves pending edits on pagehide) must not bring it back.
  await b.goto("about:blank");
  await a.waitForTimeout(600);
  const env = await stored(a);
  assert.deepEqual(env.scenarios.filter((s) => s.scenario.name.startsWith("Doomed")), [], "still deleted");
  assert.notEqual(shownInB, "Doomed", "closed in b");
  await context.close();
});

test("Undo in one tab never overwrites newer work from the other tab", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const { page: a } = await openPage(context);
  const { page: b } = await openPage(context);
  await a.click("[data-testid=new-scenario]");
  await a.fill("[data-testid=scenario-name]", "Shared X");
  await a.fill("[data-testid=qs-users]", "7");
  await waitSaved(a, (env) => env.scenarios.some((s) => s.scenario.name === "Shared X" && s.scenario.organisation.users === 7), "saved");
  await row(b, "Shared X").waitFor();
  await a.waitForTimeout(400);

  // A types (not saved yet) while B deletes X: A's newer work must survive B's Undo.
  await a.fill("[data-testid=qs-users]", "41");
  await row(b, "Shared X").locator("[data-testid=delete-scenario]").click();
  await waitSaved(a, (env) => env.scenarios.some((s) => s.scenario.organisation.users === 41), "A's edit saved somewhere");
  await b.click("[data-testid=undo-delete]");
  await waitSaved(a, (env) => env.scenarios.some((s) => s.scenario.name === "Shared X" && s.scenario.organisation.users === 7), "X restored as it was deleted");
  await a.waitForTimeout(600);
  const env = await stored(a);
  assert.ok(env.scenarios.some((s) => s.scenario.organisation.users === 41), `A's newer work kept: ${JSON.stringify(summary(env))}`);
  await a.waitForSelector("[data-testid=notice][data-kind=copied]");
  assert.match(await a.textContent("[data-testid=notice]"), /deleted in another tab.*kept as/);
  await context.close();
});
