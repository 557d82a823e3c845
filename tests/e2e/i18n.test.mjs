// Languages loaded at run time, in a real browser: the wasm carries English only, Chinese and
// Thai come from dist/i18n/*.json. A page that opens in Chinese shows no English first; a
// language is fetched only when it is needed; offline after the first visit Chinese still
// works (the service worker stores both catalogs with the app); a catalog that cannot be fetched leaves the page
// in English with a notice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, watchErrors, appReady, useSite } from "./harness.mjs";

const h = useSite();

/** Records the first text the app's results heading had, and <html lang> at that moment. */
function recordFirstHeading() {
  const seen = () => {
    const el = document.getElementById("results-title");
    if (el && el.textContent && !window.__firstHeading) {
      window.__firstHeading = { text: el.textContent, lang: document.documentElement.lang };
    }
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true });
}

const catalogRequests = (server, from) => server.requests.slice(from).filter((p) => p.includes("/i18n/"));

test("a page that opens in Chinese shows Chinese from its first paint, never English", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", locale: "zh-CN" });
  await context.addInitScript(recordFirstHeading);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url());
  await appReady(page);
  const first = await page.evaluate(() => window.__firstHeading);
  assert.equal(first.text, "结果", `the first results heading was ${JSON.stringify(first)}`);
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  assert.equal(await page.textContent("[data-testid=language-status]"), "");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an English page fetches no catalog; switching fetches the language once, then switches", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", locale: "en-US" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const from = h.server.requests.length;
  await page.goto(h.server.url());
  await appReady(page);
  assert.deepEqual(catalogRequests(h.server, from), [], "English needs no catalog");

  await page.selectOption("[data-testid=language]", "th");
  await page.waitForFunction(() => document.documentElement.lang === "th");
  assert.equal(await page.textContent("#results-title"), "ผลลัพธ์");
  await page.selectOption("[data-testid=language]", "zh-Hans");
  await page.waitForFunction(() => document.documentElement.lang === "zh-Hans");
  assert.equal(await page.textContent("#results-title"), "结果");
  await page.selectOption("[data-testid=language]", "th");
  await page.waitForFunction(() => document.documentElement.lang === "th");
  const fetched = catalogRequests(h.server, from).map((p) => p.replace(/^.*\//, ""));
  assert.deepEqual(fetched.sort(), ["th.json", "zh-Hans.json"], "each catalog is fetched once");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a catalog that cannot be fetched leaves the page in English and says so", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", locale: "th-TH" });
  await context.route("**/i18n/**", (route) => route.abort());
  const page = await context.newPage();
  await page.goto(h.server.url());
  await appReady(page);
  await page.waitForFunction(() => /ไทย/.test(document.querySelector("[data-testid=language-status]")?.textContent ?? ""));
  assert.match(await page.textContent("[data-testid=language-status]"), /could not be loaded/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.textContent("#results-title"), "Results");
  assert.equal(await page.inputValue("[data-testid=language]"), "en");
  // The planner works in English meanwhile.
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]");
  // Once the network is back, choosing Thai loads it.
  await context.unroute("**/i18n/**");
  await page.selectOption("[data-testid=language]", "th");
  await page.waitForFunction(() => document.documentElement.lang === "th");
  assert.equal(await page.textContent("[data-testid=language-status]"), "");
  await context.close();
});

test("offline after the first visit, a Chinese page still opens in Chinese", async () => {
  // its own server, so that stopping it does not affect other tests
  const own = await serve(h.site);
  const context = await h.browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(own.url());
  await appReady(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  // Chosen while online: remembered.
  await page.selectOption("[data-testid=language]", "zh-Hans");
  await page.waitForFunction(() => document.documentElement.lang === "zh-Hans");
  await page.waitForFunction(() =>
    JSON.parse(localStorage.getItem("crm-truecost") ?? "{}").settings?.locale === "zh-Hans");

  await own.close();
  await context.setOffline(true);
  const resp = await page.reload();
  assert.ok(resp === null || resp.fromServiceWorker(), "the reload was not served by the service worker");
  await appReady(page);
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  assert.equal(await page.textContent("#results-title"), "结果");
  assert.equal(await page.textContent("[data-testid=language-status]"), "");
  // Thai was never fetched by the page, but the service worker stored it with the app.
  await page.selectOption("[data-testid=language]", "th");
  await page.waitForFunction(() => document.documentElement.lang === "th");
  assert.equal(await page.textContent("#results-title"), "ผลลัพธ์");
  assert.deepEqual(errors, []);
  await context.close();
});
