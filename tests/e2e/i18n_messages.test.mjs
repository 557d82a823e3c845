// All text in the reader's language (issue 11, "What to build" 7): in 中文 and ไทย, the page shows
// no English — also where the engine speaks: a scenario that cannot be evaluated, a field that
// conflicts with another, a separator in the wrong place, a file that is not a scenario, a
// broken or invalid share link. The engine's messages are translated by their code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const CLI = path.resolve(process.env.TRUECOST_CLI ?? "target/debug/truecost");
const h = useSite();

// Words that may stay in Latin letters in Chinese and Thai: names, codes and abbreviations
// (the same list as planner.test.mjs), plus the file format and ISO code in the import texts.
const ALLOWED = new Set(["US", "JSON", "CSV", "CRM", "TrueCost", "USD", "TCO", "NPV", "ROI", "IRR", "TEI",
  "SaaS", "FTE", "ISO", "English", "IT", "kB", "Ctrl", "THB", "CNY", "EUR"]);

/** Latin-letter words of 2+ letters in the visible text (every section open), minus the names of
 * scenarios (the user's own words) and the allowed names and codes. */
async function englishWords(page) {
  await unfoldScenarios(page); // the scenarios panel (folded into the bar) is checked too
  const text = await page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    const names = [document.querySelector("[data-testid=scenario-name]")?.value ?? "",
      ...[...document.querySelectorAll("[data-testid=scenario-row-name]")].map((e) => e.textContent)];
    let text = document.body.innerText + "\n" + document.title;
    for (const name of names.filter((n) => n.trim())) text = text.split(name).join(" ");
    // Product and vendor names (marked translate="no") and quoted English sources (lang="en")
    // are names, not interface text: take them out, longest first.
    const marked = [...document.querySelectorAll("body [translate=no], body [translate=no] *, body [lang=en], body [lang=en] *")]
      .map((e) => e.textContent.trim()).filter((x) => x).sort((a, b) => b.length - a.length);
    for (const m of marked) text = text.split(m).join(" ");
    return text;
  });
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w)))];
}

function cli(args, input) {
  return execFileSync(CLI, args, { encoding: "utf8", input });
}

/** A scenario whose amounts overflow: it validates, and the engine reports "too large". */
function overflowing() {
  const s = JSON.parse(cli(["template", "small-team-saas"]));
  s.name = "溢出 ล้น";
  s.horizon = 10;
  s.organisation.users = 1000000;
  s.organisation.user_growth = "1";
  s.pricing.seat_price_per_month = "1000000000000";
  s.pricing.contacts = 10000000000;
  s.pricing.contact_growth = "1";
  s.pricing.contact_tiers = [{ up_to: 10000000000, price_per_month: "1000000000000" }];
  return s;
}

for (const [tag, sample] of [["zh-Hans", "无法计算"], ["th", "คำนวณ"]]) {
  test(`in ${tag}, the engine's problems, field errors, import and share messages are not English`, async () => {
    const context = await h.browser.newContext({ serviceWorkers: "block", locale: tag === "th" ? "th-TH" : "zh-CN" });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(h.server.url(SUBPATH));
    await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
    // The browser's language is picked on a first visit (its texts may arrive after the start).
    await page.waitForFunction((t) => document.documentElement.lang === t, tag, { timeout: 20000 });

    // A separator in the wrong place, and a contact tier that conflicts with the one before it.
    await page.fill("[data-testid=qs-price]", "1,5");
    await page.waitForFunction(() => document.querySelector("[data-testid=error-qs-price]")?.textContent.length > 0);
    await page.click("[data-testid=section-deployment] > summary");
    await page.fill('[data-testid="pricing.contact_tiers[1].up_to"]', "1");
    await page.waitForFunction(() => document.querySelector('[data-testid="error-pricing.contact_tiers[1].up_to"]')?.textContent.length > 0);
    const conflict = await page.textContent('[data-testid="error-pricing.contact_tiers[1].up_to"]');
    assert.doesNotMatch(conflict, /must|tier/, conflict);
    assert.deepEqual(await englishWords(page), [], `English in the field errors (${tag})`);

    // A file that is not a scenario, then one with a bad value.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "truecost-i18n-"));
    fs.writeFileSync(path.join(dir, "array.json"), "[]");
    await unfoldScenarios(page);
    await page.setInputFiles("[data-testid=import-file]", path.join(dir, "array.json"));
    await page.waitForSelector("[data-testid=notice].error");
    assert.deepEqual(await englishWords(page), [], `English in the import notice (${tag})`);
    fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ organisation: { users: -4 }, pricing: { minimum_term_years: 0 } }));
    await page.setInputFiles("[data-testid=import-file]", path.join(dir, "bad.json"));
    await page.waitForFunction(() => /[^\x00-\x7f]/.test(document.querySelector("[data-testid=notice]")?.textContent ?? ""));
    assert.deepEqual(await englishWords(page), [], `English in the import notice (${tag})`);

    // An invalid share link, then one whose scenario cannot be evaluated.
    const invalid = "s=1." + Buffer.from(JSON.stringify({ pricing: { minimum_term_years: 0 } })).toString("base64url");
    await page.goto(h.server.url(SUBPATH) + "#" + invalid);
    await page.waitForSelector("[data-testid=notice].error");
    assert.deepEqual(await englishWords(page), [], `English in the share notice (${tag})`);
    const fragment = "s=1." + Buffer.from(JSON.stringify(overflowing())).toString("base64url");
    await page.goto(h.server.url(SUBPATH) + "#" + fragment);
    await page.waitForSelector("[data-testid=results-error]");
    assert.match(await page.textContent("[data-testid=results-error]"), new RegExp(sample));
    assert.deepEqual(await englishWords(page), [], `English in the results banner (${tag})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the check finds English: the same walk in English is full of it", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", locale: "en-US" });
  const page = await context.newPage();
  const fragment = "s=1." + Buffer.from(JSON.stringify(overflowing())).toString("base64url");
  await page.goto(h.server.url(SUBPATH) + "#" + fragment);
  await page.waitForSelector("[data-testid=results-error]");
  const words = await englishWords(page);
  assert.ok(words.includes("amounts") && words.includes("large"), `the engine's English message: ${words.slice(0, 20)}`);
  await context.close();
});
