// The app shell in a real browser: loads cleanly, remembers, works offline, works under a
// sub-path, and a new deploy replaces the old offline cache.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { makeSite, serve, watchErrors, appReady, useSite, SUBPATH } from "./harness.mjs";

const h = useSite();


test("the page loads under a sub-path with no console errors and shows the product", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const before = h.server.requests.length;
  await page.goto(h.server.url(SUBPATH));
  await appReady(page);
  assert.match(await page.locator("h1").textContent(), /really cost you/);
  assert.match(await page.locator("footer").textContent(), /Nothing you type is sent anywhere/);
  // every file the page asked for came from inside the sub-path
  const asked = h.server.requests.slice(before);
  assert.ok(asked.some((p) => p.endsWith(".wasm")), `no wasm requested: ${asked}`);
  for (const p of asked) assert.ok(p.startsWith(SUBPATH), `request outside the sub-path: ${p}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the same build also works at the site root", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url("/"));
  await appReady(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the scenario name persists across a reload", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url());
  await appReady(page);
  await page.fill("[data-testid=scenario-name]", "Vendor A — 15 seats");
  await page.waitForFunction(() =>
    (JSON.parse(localStorage.getItem("crm-truecost") ?? "{}").scenarios ?? []).some((s) => s.scenario.name === "Vendor A — 15 seats"));
  await page.reload();
  await appReady(page);
  assert.equal(await page.inputValue("[data-testid=scenario-name]"), "Vendor A — 15 seats");
  assert.deepEqual(errors, []);
  await context.close();
});

test("after the first load the page reloads and works with the network cut", async () => {
  // its own server, so that stopping it does not affect other tests
  const own = await serve(h.site);
  const context = await h.browser.newContext();
  const page = await context.newPage();
  await page.goto(own.url());
  await appReady(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.fill("[data-testid=scenario-name]", "Offline plan");

  await own.close();
  await context.setOffline(true);
  const resp = await page.reload();
  assert.ok(resp === null || resp.fromServiceWorker(), "the reload was not served by the service worker");
  await appReady(page);
  assert.equal(await page.inputValue("[data-testid=scenario-name]"), "Offline plan");
  const before = await page.getAttribute("[data-testid=headline-tco-value]", "data-value");
  await page.fill("[data-testid=qs-users]", "99");
  await page.waitForFunction((b) => document.querySelector("[data-testid=headline-tco-value]")?.dataset.value !== b, before);
  // the network really is gone: a page from no cache fails
  const other = await context.newPage();
  await assert.rejects(other.goto(`http://127.0.0.1:${own.port}/nowhere/`));
  await context.close();
});

test("a new deploy replaces the old offline cache", async () => {
  const deploySite = makeSite();
  const own = await serve(deploySite);
  const context = await h.browser.newContext();
  const page = await context.newPage();
  await page.goto(own.url());
  await appReady(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const first = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("crm-truecost-")));
  assert.equal(first.length, 1, `one cache after the first visit: ${first}`);

  // "deploy" a new build: the worker's cache version changes (as it does when any file changes)
  const sw = path.join(deploySite, SUBPATH, "sw.js");
  const text = fs.readFileSync(sw, "utf8");
  const version = text.match(/crm-truecost-([0-9a-f]+)/)[1];
  fs.writeFileSync(sw, text.replace(`crm-truecost-${version}`, "crm-truecost-0000newdeploy0000"));
  await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); });
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.includes("crm-truecost-0000newdeploy0000") && !keys.some((k) => k.startsWith("crm-truecost-") && k !== "crm-truecost-0000newdeploy0000");
  }, null, { timeout: 20000 });
  await page.reload();
  await appReady(page);
  await context.close();
  await own.close();
  fs.rmSync(deploySite, { recursive: true, force: true });
});
