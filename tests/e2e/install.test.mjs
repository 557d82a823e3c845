// Installable: the web app manifest (relative start URL, SVG + 192 + 512 px PNG icons, theme
// colour) works under a sub-path, Chromium finds no installability error, the service worker
// caches manifest and icons, and a new deploy cached in the background offers "Reload for the
// new version" (and a deploy that changes nothing the page runs does not).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { makeSite, serve, watchErrors, useSite, SUBPATH } from "./harness.mjs";

const h = useSite();

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("the manifest names the app, its icons and colour, relative to the sub-path", async () => {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  const href = await page.evaluate(() => document.querySelector("link[rel=manifest]").href);
  assert.ok(href.startsWith(h.server.url(SUBPATH)), href);
  const res = await page.request.get(href);
  assert.equal(res.status(), 200);
  const m = await res.json();
  assert.ok(m.name.includes("CRM TrueCost") && m.short_name === "CRM TrueCost");
  assert.equal(m.start_url, "./");
  assert.equal(m.scope, "./");
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/i);
  assert.equal(m.display, "standalone");
  const sizes = {};
  for (const icon of m.icons) {
    const url = new URL(icon.src, href).href;
    assert.ok(url.startsWith(h.server.url(SUBPATH)), url);
    const r = await page.request.get(url);
    assert.equal(r.status(), 200, url);
    assert.equal(r.headers()["content-type"], icon.type);
    if (icon.type === "image/png") {
      const [w, hgt] = pngSize(await r.body());
      assert.equal(`${w}x${hgt}`, icon.sizes);
    }
    sizes[icon.type + " " + icon.sizes] = true;
  }
  assert.deepEqual(Object.keys(sizes).sort(), ["image/png 192x192", "image/png 512x512", "image/svg+xml any"]);

  // Chromium's own installability check, once the worker controls the page
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // "in-incognito": test contexts are incognito profiles, which Chromium never offers to install
  // from; it says nothing about the app.
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito"), []);
  // the worker cached the manifest and the icons
  const cached = await page.evaluate(async (list) => {
    const out = {};
    for (const u of list) out[u] = !!(await caches.match(new URL(u, location.href).href));
    return out;
  }, ["./manifest.webmanifest", "./icon.svg", "./icon-192.png", "./icon-512.png"]);
  assert.deepEqual(Object.values(cached), [true, true, true, true], JSON.stringify(cached));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a new deploy cached in the background offers 'Reload for the new version'", async () => {
  const site = makeSite();
  const own = await serve(site);
  const context = await h.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(own.url());
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  const prompt = page.locator("[data-testid=update-prompt]");
  assert.equal(await prompt.isVisible(), false, "deploy A: no prompt");

  const dir = path.join(site, SUBPATH);
  const sw = path.join(dir, "sw.js");
  const deploy = async (edit) => {
    fs.writeFileSync(sw, edit(fs.readFileSync(sw, "utf8")));
    await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      const changed = new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
      await r.update();
      await changed;
    });
    await page.waitForTimeout(300);
  };
  // A deploy whose files the page already runs (only the worker changed): no prompt.
  await deploy((t) => t.replace(/crm-truecost-[0-9a-f]{16}/, "crm-truecost-00000000000000aa"));
  assert.equal(await prompt.isVisible(), false, "same code: no prompt");

  // Deploy B: new code (the app's js under a new hashed name).
  const js = fs.readdirSync(dir).find((f) => /^crm-truecost-.*\.js$/.test(f));
  const next = js.replace(/-([0-9a-f]+)\.js$/, "-0000000000000bb.js");
  fs.copyFileSync(path.join(dir, js), path.join(dir, next));
  await deploy((t) => t.replace("crm-truecost-00000000000000aa", "crm-truecost-00000000000000bb").replace(`./${js}`, `./${next}`));
  await prompt.waitFor({ state: "visible", timeout: 10000 });
  assert.match(await prompt.textContent(), /Reload for the new version/);
  await Promise.all([page.waitForEvent("load"), page.click("[data-testid=update-reload]")]);
  await page.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  assert.equal(await prompt.isVisible(), false, "after the reload");
  assert.deepEqual(errors, []);
  await context.close();
  await own.close();
  fs.rmSync(site, { recursive: true, force: true });
});
