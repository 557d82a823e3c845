// The hidden-fee checklist and the requirements-fit scorecard in a real browser: answers change
// the totals to the CLI's figures and mark the numbers they set; Don't know is an open question
// on screen and on paper; scores give the CLI's fit and [B]'s 60 % warning; the question sheet
// prints alone on A4 in the chosen language; typed texts stay text; the requirements list is
// shared with the other candidates; every text is translated.
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
  // window.print() is counted, not shown (a headless browser has no print dialog).
  await context.addInitScript(() => {
    window.print = () => { window.__printed = (window.__printed ?? 0) + 1; };
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  return { context, page, errors };
}

/** Opens an editor section (built when first opened) and waits for `inside`. */
async function openSection(page, id, inside) {
  const details = page.locator(`[data-testid=section-${id}]`);
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
  await page.waitForSelector(`[data-testid="${inside}"]`);
}

/** The scenario the page holds, as its "Export JSON" button downloads it. */
async function pageScenario(page) {
  await unfoldScenarios(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-json]")]);
  return JSON.parse(fs.readFileSync(await download.path(), "utf8"));
}

function cliResults(scenario) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "truecost-")), "scenario.json");
  fs.writeFileSync(file, JSON.stringify(scenario));
  return JSON.parse(execFileSync(CLI, ["eval", file], { encoding: "utf8" }));
}

const shownTco = (page) => page.getAttribute("[data-testid=headline-tco-value]", "data-value");

async function startScorecard(page) {
  await openSection(page, "fit", "start-starter");
  await page.click("[data-testid=start-starter]");
  await page.waitForSelector("[data-testid=score-contact_management-0]");
}

test("answers change the totals to the CLI's figures, and the numbers they set are marked", async () => {
  const { context, page, errors } = await openPlanner();
  await openSection(page, "checklist", "q-renewal_uplift-yes");
  const before = await shownTco(page);
  await page.check("[data-testid=q-renewal_uplift-yes]");
  await page.fill("[data-testid=q-renewal_uplift-percent]", "12");
  await page.check("[data-testid=q-support_hourly-yes]");
  await page.fill("[data-testid=q-support_hourly-amount]", "120");
  await page.fill("[data-testid=q-support_hourly-hours]", "40");
  await page.waitForSelector("[data-testid=checklist-line][data-code=support_hourly]");

  const scenario = await pageScenario(page);
  const cli = cliResults(scenario);
  assert.equal(await shownTco(page), cli.totals.tco);
  assert.notEqual(cli.totals.tco, before);
  assert.deepEqual(cli.checklist.map((e) => e.question), ["renewal_uplift", "support_hourly"]);
  assert.match(await page.textContent("[data-testid=q-renewal_uplift-effect]"), /12%.*7%/);
  assert.match(await page.textContent("[data-testid=q-support_hourly-effect]"), /4,800/);
  // Each marked line is one of the engine's lines from that answer, with its total.
  const marked = await page.$$eval("[data-testid=checklist-line]", (rows) => rows.map((r) => r.dataset.code));
  const expected = cli.lines.filter((l) => cli.checklist.some((e) => e.line_ids.includes(l.id))).length;
  assert.equal(marked.length, expected);
  const tip = await page.getAttribute("[data-testid=category-mark]", "title");
  assert.match(tip, /From the checklist: .*\?/);
  // A bad value is refused at its field; the totals stay.
  await page.fill("[data-testid=q-renewal_uplift-percent]", "150");
  assert.notEqual(await page.textContent("[data-testid=error-q-renewal_uplift-percent]"), "");
  assert.equal(await shownTco(page), cli.totals.tco);
  assert.deepEqual(errors, []);
  await context.close();
});

test("Don't know is listed as an open question in the results and the printed report", async () => {
  const { context, page, errors } = await openPlanner();
  await openSection(page, "checklist", "q-exit_export-dont_know");
  const before = await shownTco(page);
  await page.check("[data-testid=q-exit_export-dont_know]");
  await page.check("[data-testid=q-api_limit-dont_know]");
  await page.waitForSelector("[data-testid=open-questions] li[data-code=api_limit]");
  assert.equal(await shownTco(page), before, "Don't know changes no number");
  const items = await page.$$eval("[data-testid=open-questions] li", (li) => li.map((l) => l.dataset.code));
  assert.deepEqual(items, ["api_limit", "exit_export"]);
  assert.deepEqual(cliResults(await pageScenario(page)).open_questions, ["api_limit", "exit_export"]);
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator("[data-testid=open-questions]").isVisible(), "printed with the report");
  assert.equal(await page.locator("[data-testid=q-exit_export-dont_know]").isVisible(), false);
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("scorecard edits give the CLI's fit %, must-have failure and [B]'s 60 % warning", async () => {
  const { context, page, errors } = await openPlanner();
  await startScorecard(page);
  await page.click("[data-testid=add-reviewer]");
  await page.waitForSelector("[data-testid=score-contact_management-1]");
  await page.fill("[data-testid=score-contact_management-0]", "2");
  await page.fill("[data-testid=score-contact_management-1]", "0");
  await page.fill("[data-testid=score-sales_pipeline-0]", "0");
  await page.fill("[data-testid=req-weight-sales_pipeline]", "9");
  assert.match(await page.textContent("[data-testid=error-req-weight-sales_pipeline]"), /1 to 5/);
  await page.fill("[data-testid=score-email_integration-1]", "5");
  assert.match(await page.textContent("[data-testid=error-score-email_integration-1]"), /0 \(none\)/);

  const fit = cliResults(await pageScenario(page)).fit;
  const badge = page.locator("[data-testid=fit-summary-editor] [data-testid=fit-badge]");
  assert.equal(await badge.getAttribute("data-fit"), fit.fit);
  assert.ok(fit.below_threshold && fit.fails_must_have);
  assert.match(await badge.innerText(), /fails a must-have/);
  assert.match(await page.textContent("[data-testid=fit-warning]"), /below 60 %/);
  // Reviewers 2 points apart are highlighted, and named in the results.
  assert.equal(await page.locator("[data-testid=requirement-row][data-id=contact_management].disagree").count(), 1);
  assert.match(await page.textContent("[data-testid=disagreements]"), /Reviewer 1 ↔ Reviewer 2|Reviewer 2 ↔ Reviewer 1/);
  // Full marks: the warning goes.
  await page.fill("[data-testid=score-sales_pipeline-0]", "2");
  await page.fill("[data-testid=score-contact_management-1]", "2");
  await page.waitForSelector("[data-testid=fit-warning]", { state: "hidden" });
  assert.equal(await badge.locator(".fails").isVisible(), false);
  assert.equal(await badge.getAttribute("data-fit"), "1");
  assert.deepEqual(errors, []);
  await context.close();
});

/** Counts the pages of a PDF. */
const pdfPages = (buffer) => (buffer.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test("the question sheet prints alone, on A4, in the chosen language", async () => {
  const { context, page, errors } = await openPlanner({ locale: "en-US" });
  await openSection(page, "checklist", "print-sheet");
  await unfoldScenarios(page); // so that "not printed" below is about a panel that is there
  await page.click("[data-testid=print-sheet]");
  await page.waitForSelector("[data-testid=question-sheet]");
  await page.waitForFunction(() => window.__printed === 1);
  const sheetMode = () => page.evaluate(() => document.documentElement.classList.contains("sheet-mode"));
  assert.ok(await sheetMode());

  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("[data-testid=sheet-question]").count(), 18);
  assert.ok(await page.locator("[data-testid=sheet-question]").last().isVisible());
  for (const hidden of ["[data-testid=headline-tco]", "[data-testid=scenarios]", "[data-testid=sheet-print]", "[data-testid=q-renewal_uplift-yes]"]) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is printed`);
  }
  const english = await page.locator("[data-testid=question-sheet]").innerText();
  assert.match(english, /Questions for the CRM vendor/);
  assert.match(english, /Is the price raised at renewal\? By what percentage\?/);
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  assert.ok(pdfPages(pdf) >= 2 && pdfPages(pdf) <= 4, `the sheet is ${pdfPages(pdf)} A4 pages`);

  // In Thai, chosen on the sheet.
  await page.emulateMedia({ media: "screen" });
  await page.selectOption("[data-testid=sheet-language]", "th");
  // Thai texts are fetched on first use; the sheet switches once they are there.
  await page.waitForSelector("[data-testid=question-sheet][lang=th]");
  await page.emulateMedia({ media: "print" });
  const thai = await page.locator("[data-testid=question-sheet]").innerText();
  assert.match(thai, /คำถามถึงผู้ขาย CRM/);
  assert.match(thai, /มีการขึ้นราคาเมื่อต่ออายุหรือไม่/);
  assert.doesNotMatch(thai, /renewal/);
  assert.ok(pdfPages(await page.pdf({ format: "A4" })) >= 2);

  // Back to the planner: the page prints its report again.
  await page.emulateMedia({ media: "screen" });
  await page.click("[data-testid=sheet-close]");
  await page.waitForSelector("[data-testid=question-sheet]", { state: "detached" });
  assert.equal(await sheetMode(), false);
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator("[data-testid=headline-tco]").isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test("the sheet opens in the page's language (中文)", async () => {
  const { context, page } = await openPlanner({ locale: "zh-CN" });
  await openSection(page, "checklist", "print-sheet");
  await page.click("[data-testid=print-sheet]");
  await page.waitForSelector("[data-testid=question-sheet]");
  const text = await page.locator("[data-testid=question-sheet]").innerText();
  assert.match(text, /致 CRM 供应商的问题/);
  assert.match(text, /续约时是否涨价/);
  await context.close();
});

test("requirement texts and reviewer names are shown as text, never as HTML", async () => {
  const { context, page, errors } = await openPlanner();
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs += 1; d.dismiss(); });
  await startScorecard(page);
  const evil = `<img src=x onerror="window.__xss=1;alert(1)">`;
  await page.fill("[data-testid=req-text-contact_management]", evil);
  await page.fill("[data-testid=reviewer-name-0]", evil);
  await page.fill("[data-testid=score-contact_management-0]", "0");
  await page.waitForFunction(() => document.querySelector("[data-testid=warnings]")?.textContent.includes("<img"));
  assert.equal(await page.locator("img").count(), 0);
  assert.equal(await page.textContent(".reviewer-col"), evil);
  assert.equal(await page.inputValue("[data-testid=req-text-contact_management]"), evil);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(dialogs, 0);
  // Kept as typed, in storage too.
  assert.equal((await pageScenario(page)).fit.reviewers[0], evil);
  assert.deepEqual(errors.filter((e) => !e.includes("/x")), []);
  await context.close();
});

test("the requirements list is offered to the other saved candidates, which keep their scores", async () => {
  const { context, page, errors } = await openPlanner();
  // Candidate A with the starter list and a score; then candidate B.
  await startScorecard(page);
  await page.fill("[data-testid=score-mobile_app-0]", "1");
  await page.waitForTimeout(500);
  await unfoldScenarios(page);
  await page.click("[data-testid=new-scenario]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=scenario-row]").length === 2);
  await openSection(page, "fit", "take-list");
  await page.click("[data-testid=take-list]");
  await page.waitForSelector("[data-testid=list-shared]");
  // B edits the list: A is now different, until the list is shared.
  await page.fill("[data-testid=req-weight-mobile_app]", "5");
  await page.waitForSelector("[data-testid=list-differs]");
  await page.click("[data-testid=share-list]");
  await page.waitForSelector("[data-testid=list-shared]");
  assert.match(await page.textContent("[data-testid=list-copied]"), /1 candidate/);
  await page.waitForTimeout(500); // B's own edit is autosaved
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("crm-truecost")).scenarios);
  assert.equal(stored.length, 2);
  const weights = stored.map((s) => s.scenario.fit.requirements.find((r) => r.id === "mobile_app"));
  assert.deepEqual(weights.map((r) => r.weight), [5, 5]);
  assert.ok(weights.some((r) => r.scores === "1"), "A kept its score");
  // Both candidates side by side.
  await openSection(page, "candidates", "candidate-row");
  assert.equal(await page.locator("[data-testid=candidate-row]").count(), 2);
  assert.equal(await page.locator("[data-testid=candidate-row] [data-testid=fit-badge]").count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

// Latin words allowed in Chinese and Thai: codes, abbreviations and [B].
const ALLOWED = new Set(["US", "CRM", "IT", "ISO", "CSV", "USD", "TCO", "NPV", "English"]);

async function latinWords(page, selectors) {
  const text = await page.evaluate((sels) => sels
    .flatMap((s) => [...document.querySelectorAll(s)])
    .map((e) => e.innerText + " " + [...e.querySelectorAll("input[type=text]")].map((i) => i.value).join(" ")
      + " " + [...e.querySelectorAll("[title]")].map((t) => t.title).join(" "))
    .join("\n"), selectors);
  return [...new Set((text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w)))];
}

test("checklist, scorecard, candidates, results and the sheet have no missing text in 中文 and ไทย", async () => {
  const { context, page, errors } = await openPlanner({ locale: "en-US" });
  // The scenario's name is the person's own text: not English here.
  await page.fill("[data-testid=scenario-name]", "供应商甲");
  await openSection(page, "checklist", "q-renewal_uplift-yes");
  await page.check("[data-testid=q-renewal_uplift-yes]");
  await page.fill("[data-testid=q-renewal_uplift-percent]", "9");
  await page.check("[data-testid=q-migration_included-no]");
  await page.check("[data-testid=q-api_limit-dont_know]");
  await page.check("[data-testid=q-premium_add_ons-yes]");
  await page.fill("[data-testid=q-premium_add_ons-amount]", "1,2,3");
  await startScorecard(page);
  await page.click("[data-testid=add-reviewer]");
  await page.fill("[data-testid=score-contact_management-0]", "0");
  await page.fill("[data-testid=score-contact_management-1]", "2");
  await page.fill("[data-testid=req-weight-mobile_app]", "7");
  await openSection(page, "candidates", "candidate-row");
  const mine = ["[data-testid=section-checklist]", "[data-testid=section-fit]", "[data-testid=section-candidates]",
    "[data-testid=fit-summary]", "[data-testid=open-questions]", "[data-testid=from-checklist]", "[data-testid=warnings]",
    "[data-testid=category-table]"];
  // The reviewers' names are the person's own text; rename them so they are not English.
  await page.fill("[data-testid=reviewer-name-0]", "王");
  await page.fill("[data-testid=reviewer-name-1]", "สมชาย");
  const english = await latinWords(page, mine);
  assert.ok(english.length > 40, `English page: ${english.length} words`);
  for (const [tag, sample] of [["zh-Hans", "隐性费用核查清单"], ["th", "รายการตรวจสอบค่าใช้จ่ายแฝง"]]) {
    await page.selectOption("[data-testid=language]", tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    assert.match(await page.textContent("[data-testid=section-checklist]"), new RegExp(sample));
    assert.deepEqual(await latinWords(page, mine), [], `English left in ${tag}`);
    await page.click("[data-testid=print-sheet]");
    await page.waitForSelector("[data-testid=question-sheet]");
    assert.deepEqual(await latinWords(page, ["[data-testid=question-sheet]"]), [], `English left on the ${tag} sheet`);
    await page.click("[data-testid=sheet-close]");
  }
  assert.deepEqual(errors, []);
  await context.close();
});
