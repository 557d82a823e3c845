// Layout and look in a real browser: the sticky summary stays in view while the editor scrolls
// (desktop and phone), the scenarios panel is folded into a bar that names the open scenario and
// opens in place, the activities table stacks at 375 px, the static masthead is replaced without
// a layout shift, dark mode follows the system and a remembered toggle, print stays light, and
// reduced motion is respected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors, useSite, SUBPATH } from "./harness.mjs";

const h = useSite();

async function openPlanner(options = {}) {
  const context = await h.browser.newContext({ serviceWorkers: "block", ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  return { context, page, errors };
}

for (const [name, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 375, height: 740 }]]) {
  test(`the summary (TCO, per user-month, NPV, payback) stays in view while the editor scrolls: ${name}`, async () => {
    const { context, page, errors } = await openPlanner({ viewport });
    await page.evaluate(() => { for (const d of document.querySelectorAll("details.section")) d.open = true; });
    await page.locator("[data-testid=section-custom]").scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
    const bar = page.locator("[data-testid=summary-bar]");
    const box = await bar.boundingBox();
    assert.ok(box && box.y >= -1 && box.y < 5, `summary bar at y=${box?.y}`);
    const tco = await page.textContent("[data-testid=headline-tco-value]");
    assert.equal((await page.textContent("[data-testid=summary-tco] .summary-value")).trim(), tco.trim());
    for (const id of ["summary-per-user-month", "summary-npv", "summary-payback"]) {
      assert.notEqual((await page.textContent(`[data-testid=${id}] .summary-value`)).trim(), "", id);
    }
    // it follows edits
    await page.fill("[data-testid=qs-users]", "77");
    await page.waitForFunction((old) => document.querySelector("[data-testid=summary-tco] .summary-value").textContent !== old, tco);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the scenarios panel leaves the first screen: it is folded into a bar that names the open scenario and opens in place", async () => {
  const { context, page, errors } = await openPlanner({ viewport: { width: 1280, height: 800 } });
  const bar = page.locator("[data-testid=scenarios-bar]");
  const box = await bar.boundingBox();
  assert.ok(box.height < 80, `a bar, not a panel (height ${box.height})`);
  assert.ok(box.y >= 0 && box.y + box.height <= 800, `the bar is on the first screen (y=${box.y})`);
  assert.equal(await page.locator("[data-testid=scenarios]").count(), 0, "the panel is absent until the bar is opened");
  const name = await page.inputValue("[data-testid=scenario-name]");
  assert.equal((await page.textContent("[data-testid=scenarios-bar-name]")).trim(), name);
  await page.fill("[data-testid=scenario-name]", "Vendor B");
  await page.waitForFunction(() => document.querySelector("[data-testid=scenarios-bar-name]").textContent === "Vendor B");
  assert.equal(await page.locator("[data-testid=scenarios]").count(), 0, "a rename does not open the panel");
  await page.click("[data-testid=scenarios-bar-link]");
  await page.waitForSelector("[data-testid=scenarios-bar] [data-testid=scenarios]");
  assert.notEqual(await bar.getAttribute("open"), null, "the bar is open");
  await page.waitForFunction(() => {
    const r = document.querySelector("[data-testid=scenarios]").getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight - 100;
  });
  assert.deepEqual(await page.locator("[data-testid=scenario-row-name]").allTextContents(), ["Vendor B"], "the panel lists the open scenario");
  assert.deepEqual(errors, []);
  await context.close();
});

test("at 375 px the activities table stacks its rows instead of scrolling sideways", async () => {
  const { context, page, errors } = await openPlanner({ viewport: { width: 375, height: 740 } });
  await page.click("[data-testid=section-project] > summary");
  await page.waitForSelector("[data-testid=activities] input");
  const m = await page.evaluate(() => {
    const table = document.querySelector("[data-testid=activities]");
    const scroller = table.closest(".table-scroll");
    const row = table.querySelector("tbody tr");
    const cells = [...row.querySelectorAll("td")];
    const labels = cells.map((td) => td.querySelector("label")?.getBoundingClientRect().width ?? 0);
    return {
      overflow: scroller.scrollWidth - scroller.clientWidth,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      rowWidth: row.getBoundingClientRect().width,
      tops: new Set(cells.map((td) => Math.round(td.getBoundingClientRect().top))).size,
      labelsShown: labels.filter((w) => w > 10).length,
      cells: cells.length,
    };
  });
  assert.ok(m.overflow <= 1, `the table scrolls sideways by ${m.overflow}px`);
  assert.ok(m.pageOverflow <= 1, `the page scrolls sideways by ${m.pageOverflow}px`);
  assert.ok(m.tops >= 3, `cells stacked on ${m.tops} lines`);
  assert.equal(m.labelsShown, m.cells, "every stacked input shows its label");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the static masthead paints first and the app replaces it without a layout shift", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  // the static page alone (no wasm): masthead and headline are there
  await page.route("**/*.wasm", (r) => r.abort());
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("#boot h1.promise");
  const staticBox = await page.locator("#boot h1.promise").boundingBox();
  assert.ok(staticBox.height > 20, "the headline paints without the wasm");
  await page.unroute("**/*.wasm");
  await page.reload();
  await page.waitForSelector("html[data-mounted=all]", { timeout: 20000 });
  const appBox = await page.locator("h1.promise").boundingBox();
  assert.deepEqual([appBox.x, appBox.y, appBox.width, appBox.height].map(Math.round),
    [staticBox.x, staticBox.y, staticBox.width, staticBox.height].map(Math.round));
  await context.close();
});

// Every start-up stage adds its part below what is already drawn (or in its own column): nothing
// that was painted moves, on a phone, a tablet and a desktop, in a left-to-right language and in
// Chinese (whose texts are fetched before the mount).
for (const [name, viewport, locale] of [
  ["phone 375", { width: 375, height: 740 }, "en-US"],
  ["phone 412", { width: 412, height: 823 }, "en-US"],
  ["tablet 800", { width: 800, height: 1000 }, "zh-CN"],
  ["desktop 1280", { width: 1280, height: 800 }, "en-US"],
  ["desktop 1350", { width: 1350, height: 940 }, "th-TH"],
]) {
  test(`start-up in stages shifts nothing that was painted: ${name}, ${locale}`, async () => {
    const context = await h.browser.newContext({ serviceWorkers: "block", viewport, locale });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) {
          if (!e.hadRecentInput) window.__shifts.push([e.value, e.sources.map((s) => s.node?.className ?? "?").join(" / ")]);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(h.server.url(SUBPATH));
    await page.waitForSelector("html[data-mounted=all]", { timeout: 20000 });
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.reduce((a, [v]) => a + v, 0);
    assert.ok(cls < 0.01, `cumulative layout shift ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`);
    await context.close();
  });
}

test("dark mode follows the system, the toggle is remembered, print stays light", async () => {
  const { context, page, errors } = await openPlanner({ colorScheme: "dark" });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  assert.equal(await page.getAttribute("[data-testid=theme-toggle]", "aria-pressed"), "true");
  const darkBg = await bg();
  // chart series read the dark palette
  const fill = () => page.evaluate(() => getComputedStyle(document.querySelector(".chart-quadrants rect.series")).fill);
  const darkFill = await fill();
  await page.click("[data-testid=theme-toggle]");
  assert.equal(await page.getAttribute("html", "data-theme"), "light");
  assert.equal(await page.getAttribute("[data-testid=theme-toggle]", "aria-pressed"), "false");
  assert.notEqual(await bg(), darkBg);
  assert.notEqual(await fill(), darkFill);
  assert.equal(await page.evaluate(() => localStorage.getItem("crm-truecost.theme")), "light");
  await page.reload();
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]");
  assert.equal(await page.getAttribute("html", "data-theme"), "light", "remembered over the system's dark");
  await page.click("[data-testid=theme-toggle]");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  await page.emulateMedia({ media: "print" });
  assert.equal(await bg(), "rgb(255, 255, 255)", "print is light");
  await page.emulateMedia({ media: "screen" });
  assert.equal(await bg(), darkBg);
  assert.deepEqual(errors, []);
  await context.close();
});

test("reduced motion turns transitions and animations off", async () => {
  const { context, page } = await openPlanner({ reducedMotion: "reduce" });
  const t = await page.evaluate(() => {
    const b = document.querySelector("[data-testid=theme-toggle]");
    b.style.transition = "opacity 2s";
    return getComputedStyle(b).transitionDuration;
  });
  assert.ok(["0s", "1e-05s"].includes(t) || parseFloat(t) < 0.01, t);
  await context.close();
});
