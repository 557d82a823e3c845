// Accessibility in a real browser: axe-core (from node_modules, evaluated in the page — no CDN)
// finds no serious or critical violation in English, Chinese and Thai, light and dark, with every
// section open; every control is reachable by keyboard with a visible focus; the "i"
// explanations open and close with the keyboard and Escape; charts have a title and point to
// their data tables; a polite live region speaks the new TCO once typing pauses.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { watchErrors, useSite, SUBPATH, unfoldScenarios } from "./harness.mjs";

const AXE = fs.readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");
const h = useSite();

async function openPlanner(options = {}) {
  const context = await h.browser.newContext({ serviceWorkers: "block", ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  return { context, page, errors };
}

/** Opens every section, and waits until their fields are built (and the scenarios panel is). */
async function openEverything(page) {
  await unfoldScenarios(page);
  await page.waitForSelector("[data-testid=scenario-list]");
  await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("details.section")].every((d) => d.querySelector(".section-body")?.children.length > 0));
}

async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(" | ")}`);
  });
}

for (const [lang, scheme] of [["en", "light"], ["zh-Hans", "light"], ["th", "light"], ["en", "dark"], ["th", "dark"]]) {
  test(`axe: no serious or critical violation in ${lang}, ${scheme}, every section open`, async () => {
    const { context, page, errors } = await openPlanner({ colorScheme: scheme });
    await page.selectOption("[data-testid=language]", lang);
    await page.waitForFunction((t) => document.documentElement.lang === t, lang);
    assert.equal(await page.getAttribute("html", "data-theme"), scheme);
    await openEverything(page);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("every control is reachable with Tab and shows where the focus is", async () => {
  const { context, page, errors } = await openPlanner();
  await page.evaluate(() => { document.querySelector("[data-testid=section-team]").open = true; });
  await page.waitForSelector("[data-testid=section-team] input");
  await unfoldScenarios(page); // the scenarios panel's controls (Import's hidden input too) count
  await page.evaluate(() => document.activeElement?.blur());
  // The controls a keyboard must reach: everything interactive and visible in the page.
  const wanted = await page.evaluate(() => {
    const all = [...document.querySelectorAll("a[href], button, input, select, textarea, summary")];
    return all
      .filter((el) => !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
      .filter((el) => !el.closest("dialog:not([open])"))
      .map((el, i) => { el.dataset.a11yIndex = String(i); return String(i); });
  });
  assert.ok(wanted.length > 30, `too few controls found: ${wanted.length}`);
  const reached = new Set();
  const unfocusedLook = [];
  for (let i = 0; i < wanted.length + 40 && reached.size < wanted.length; i++) {
    await page.keyboard.press("Tab");
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // The ring is on the control, or on the frame that stands for it (an input's field frame,
      // the label of a visually hidden file input).
      const ring = (node) => {
        const st = node && getComputedStyle(node);
        return !!st && ((st.outlineStyle !== "none" && parseFloat(st.outlineWidth) >= 2) || st.boxShadow !== "none");
      };
      const visible = ring(el) || ring(el.closest(".input-wrap")) || ring(el.closest(".button-like"));
      return { index: el.dataset.a11yIndex ?? null, visible, what: el.outerHTML.slice(0, 80) };
    });
    if (!seen) continue;
    if (seen.index !== null) reached.add(seen.index);
    if (!seen.visible) unfocusedLook.push(seen.what);
  }
  const missed = wanted.filter((i) => !reached.has(i));
  const missedHtml = await page.evaluate((ids) =>
    ids.slice(0, 5).map((i) => document.querySelector(`[data-a11y-index="${i}"]`)?.outerHTML.slice(0, 100)), missed);
  assert.deepEqual(missedHtml, [], "controls Tab never reaches");
  assert.deepEqual(unfocusedLook, [], "focused controls without a visible focus indicator");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an explanation (i) opens with Enter or Space and closes with Escape, focus kept", async () => {
  const { context, page, errors } = await openPlanner();
  const info = page.locator("[data-testid=quick-start] button.info").first();
  const field = info.locator("xpath=ancestor::div[contains(@class,'field')][1]");
  await info.focus();
  await page.keyboard.press("Enter");
  assert.equal(await info.getAttribute("aria-expanded"), "true");
  assert.equal(await field.locator(".assumption").count(), 1);
  await page.keyboard.press("Escape");
  assert.equal(await info.getAttribute("aria-expanded"), "false");
  assert.equal(await field.locator(".assumption").count(), 0);
  assert.ok(await info.evaluate((b) => b === document.activeElement), "focus stays on the button");
  await page.keyboard.press(" ");
  assert.equal(await info.getAttribute("aria-expanded"), "true");
  // Escape from the field's input closes it too
  await field.locator("input").first().focus();
  await page.keyboard.press("Escape");
  assert.equal(await info.getAttribute("aria-expanded"), "false");
  assert.deepEqual(errors, []);
  await context.close();
});

test("charts have a title and a text alternative: the tables that hold their data", async () => {
  const { context, page, errors } = await openPlanner();
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll("figure.chart svg")].map((svg) => ({
      id: svg.closest("figure").dataset.testid,
      role: svg.getAttribute("role"),
      title: svg.querySelector(":scope > title")?.textContent ?? "",
      caption: svg.closest("figure").querySelector("figcaption")?.textContent ?? "",
      described: (svg.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean)
        .map((id) => document.getElementById(id)?.tagName ?? `missing #${id}`),
    })));
  const ids = charts.map((c) => c.id);
  for (const id of ["chart-cost-bars", "chart-cumulative", "chart-quadrants"]) assert.ok(ids.includes(id), `${id} in ${ids}`);
  for (const c of charts) {
    assert.equal(c.role, "img", c.id);
    assert.ok(c.title.length > 3 && c.title === c.caption, `${c.id}: title ${c.title} / caption ${c.caption}`);
    assert.ok(c.described.length > 0 && c.described.every((t) => t === "TABLE"), `${c.id}: ${JSON.stringify(c.described)}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a polite live region speaks the new TCO once typing pauses, not at start-up", async () => {
  const { context, page, errors } = await openPlanner();
  const region = page.locator("[data-testid=tco-announcement]");
  assert.equal(await region.getAttribute("aria-live"), "polite");
  await page.waitForTimeout(1500);
  assert.equal(await region.textContent(), "", "nothing is announced at start-up");
  for (const v of ["2", "24", "240"]) await page.fill("[data-testid=qs-users]", v);
  const shown = await page.textContent("[data-testid=headline-tco-value]");
  await page.waitForTimeout(300);
  assert.equal(await region.textContent(), "", "not while typing");
  await page.waitForFunction(() => document.querySelector("[data-testid=tco-announcement]").textContent !== "", null, { timeout: 5000 });
  const said = await region.textContent();
  assert.ok(said.includes(shown.trim()), `${said} should name ${shown}`);
  assert.deepEqual(errors, []);
  await context.close();
});
