// The parts loaded on demand: a first visit fetches none of them, each arrives when its part is
// opened, and a chunk that cannot be fetched leaves the app running with a notice in the page's
// language and a reload — never the recovery panel of a stopped app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors, useSite, SUBPATH } from "./harness.mjs";

const h = useSite();
const CHUNK = /\/(split|chunk)_[^/]*\.wasm$/;
const LAZY_CSS = /\/(compare|decide|uncertainty)-[0-9a-f]+\.css$/;

async function ready(page) {
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
}

test("a first visit fetches no chunk and no lazy style sheet; opening a section fetches its part", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const before = h.server.requests.length;
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  await page.waitForTimeout(500);
  const first = h.server.requests.slice(before);
  assert.ok(first.some((p) => p.endsWith("_bg.wasm")), "the main module");
  assert.deepEqual(first.filter((p) => CHUNK.test(p) || LAZY_CSS.test(p)), [], "nothing on demand yet");
  await page.click("[data-testid=section-deployment] > summary");
  await page.waitForSelector("[data-testid=section-deployment] select");
  const after = h.server.requests.slice(before);
  assert.ok(after.some((p) => /split_part_fields/.test(p)), `the sections' chunk: ${after.filter((p) => CHUNK.test(p))}`);
  assert.ok(after.some((p) => /\/decide-[0-9a-f]+\.css$/.test(p)), "their style sheet");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a chunk that cannot be fetched shows a notice in the page's language and the app keeps working", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", locale: "zh-CN" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route(/split_part_fields[^/]*\.wasm$/, (route) => route.abort("internetdisconnected"));
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  const tco = await page.getAttribute("[data-testid=headline-tco-value]", "data-value");
  await page.click("[data-testid=section-deployment] > summary");
  await page.waitForSelector("[data-testid=chunk-failed]:not([hidden])", { timeout: 15000 });
  const text = await page.evaluate(() => {
    const el = document.querySelector("[data-testid=chunk-failed] p");
    return [...el.querySelectorAll("span")].filter((s) => s.offsetParent !== null).map((s) => s.textContent).join("");
  });
  assert.match(text, /无法加载/, `the notice in Chinese: ${text}`);
  assert.equal(await page.locator("[data-testid=recovery]").count(), 0, "no recovery panel: the app runs");
  // The planner still works.
  await page.fill("[data-testid=qs-price]", "90");
  await page.waitForFunction(
    (before) => document.querySelector("[data-testid=headline-tco-value]").dataset.value !== before,
    tco,
  );
  // Back online: the reload offered builds the section.
  await page.unroute(/split_part_fields[^/]*\.wasm$/);
  await Promise.all([page.waitForNavigation(), page.click("[data-testid=chunk-reload]")]);
  await ready(page);
  await page.click("[data-testid=section-deployment] > summary");
  await page.waitForSelector("[data-testid=section-deployment] select");
  // Only the blocked requests themselves (three tries) may be reported.
  const blocked = (e) => /requestfailed: .*split_part_fields/.test(e) || /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e);
  assert.equal(errors.filter((e) => /Failed to load resource/.test(e)).length, 3, "three tries");
  assert.deepEqual(errors.filter((e) => !blocked(e)), []);
  await context.close();
});
