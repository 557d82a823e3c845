// A strict Content-Security-Policy and a panic that is never a dead page (issue 11, "What to
// build" 4 and 5): the built page has no inline script and a CSP meta; a full session raises no
// `securitypolicyviolation` and asks nothing of another origin; a deliberate panic shows the
// recovery panel, whose download works without the wasm; a wasm that cannot load does too.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { watchErrors, useSite, SUBPATH, DIST, unfoldScenarios } from "./harness.mjs";

const h = useSite();
const KEY = "crm-truecost";
const ready = (page) => page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });

/** Records CSP violations (in the page, from before its first script) and other-origin requests. */
async function watchSecurity(context, origin) {
  const violations = [];
  const foreign = [];
  await context.exposeBinding("__cspViolation", (_source, v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  context.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  return { violations, foreign };
}

test("the built page carries a strict CSP and no inline script", () => {
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, "a CSP meta tag");
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives["default-src"], ["'self'"]);
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives["object-src"], ["'none'"]);
  assert.deepEqual(directives["base-uri"], ["'none'"]);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/);
  // Every script is a file of this site: no inline code for the CSP to allow.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length >= 2, "the boot and recovery scripts");
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc="\.\/[^"]+\.js"/, `a script without src: ${attrs}`);
    assert.equal(body.trim(), "", "a script with inline code");
  }
  assert.doesNotMatch(html, /\son[a-z]+=/i, "no inline event handler");
});

test("a full session raises no CSP violation and asks nothing of another origin", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "allow", acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] });
  const origin = `http://127.0.0.1:${h.server.port}`;
  const { violations, foreign } = await watchSecurity(context, origin);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  await page.waitForFunction(() => document.documentElement.dataset.sw === "registered", null, { timeout: 20000 });

  // Edit, make a mistake, open every section, switch languages.
  await page.fill("[data-testid=qs-users]", "42");
  await page.fill("[data-testid=qs-price]", "1,5");
  await page.waitForFunction(() => document.querySelector("[data-testid=error-qs-price]")?.textContent.length > 0);
  await page.fill("[data-testid=qs-price]", "65");
  await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  await unfoldScenarios(page); // opened with the other <details>; its panel is built from a chunk
  for (const tag of ["zh-Hans", "th", "en"]) {
    await page.selectOption("[data-testid=language]", tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
  }
  // The charts' legend swatches are coloured through the CSSOM, which the CSP allows.
  assert.ok(await page.locator("[data-testid=legend-item]").count() > 0);
  // Share, then open the link.
  await page.click("[data-testid=share]");
  await page.waitForSelector("[data-testid=share-link]");
  const link = await page.inputValue("[data-testid=share-link]");
  // Export JSON and CSV, start a new scenario and a template, get the embed code.
  for (const id of ["export-json", "export-csv"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=${id}]`)]);
    assert.ok(fs.statSync(await download.path()).size > 0);
  }
  await page.click("[data-testid=new-scenario]");
  await page.selectOption("[data-testid=new-from-template]", "small-team-saas");
  // The embed code dialog, built from its chunk on the first click.
  await page.click("[data-testid=embed-code]");
  await page.waitForFunction(() => document.querySelector("[data-testid=embed-snippet]")?.value.includes("<iframe"));
  await page.click("[data-testid=embed-close]");
  await page.goto(link);
  await page.waitForSelector("[data-testid=shared-banner]");
  await page.click("[data-testid=save-copy]");
  await page.reload();
  await ready(page);

  assert.deepEqual(violations, [], "Content-Security-Policy violations");
  assert.deepEqual(foreign, [], "requests to other origins");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a panic shows the recovery panel in the page's language; its download works without the wasm", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", acceptDownloads: true });
  const origin = `http://127.0.0.1:${h.server.port}`;
  const { violations } = await watchSecurity(context, origin);
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  await page.fill("[data-testid=scenario-name]", "Plan to rescue — 方案 ไทย");
  await page.selectOption("[data-testid=language]", "zh-Hans");
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? "").includes("Plan to rescue"), KEY);
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);

  // The test-only switch: a localStorage key that no link can set.
  await page.evaluate(() => localStorage.setItem("truecost-test-panic", "1"));
  await page.reload();
  await page.waitForSelector("[data-testid=recovery]", { timeout: 20000 });
  assert.equal(await page.evaluate(() => localStorage.getItem("truecost-test-panic")), null, "the switch is used once");
  assert.match(await page.textContent("[data-testid=recovery] h2"), /出错了/);
  assert.ok(pageErrors.some((e) => /unreachable|RuntimeError/i.test(e)), `the wasm really stopped: ${pageErrors}`);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=recovery-download]")]);
  assert.match(download.suggestedFilename(), /^crm-truecost-scenarios-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  assert.equal(file.values[KEY], stored, "the stored value, exactly as stored");
  assert.ok(JSON.parse(file.values[KEY]).scenarios.some((s) => s.scenario.name === "Plan to rescue — 方案 ไทย"));

  await page.click("[data-testid=recovery-reload]");
  await ready(page);
  assert.equal(await page.locator("[data-testid=recovery]").count(), 0);
  assert.equal(await page.inputValue("[data-testid=scenario-name]"), "Plan to rescue — 方案 ไทย");
  assert.deepEqual(violations, []);
  await context.close();
});

test("when the wasm cannot load at all, the recovery panel still offers the data", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block", acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(h.server.url(SUBPATH));
  await ready(page);
  await page.fill("[data-testid=scenario-name]", "Offline rescue");
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? "").includes("Offline rescue"), KEY);
  await page.route("**/*.wasm", (route) => route.abort());
  await page.reload();
  await page.waitForSelector("[data-testid=recovery]", { timeout: 20000 });
  assert.match(await page.textContent("[data-testid=recovery] h2"), /Something went wrong/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=recovery-download]")]);
  const file = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  assert.match(file.values[KEY], /Offline rescue/);
  await context.close();
});

test("with nothing stored, the recovery download says so instead of saving an empty file", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("[data-testid=recovery]", { timeout: 20000 });
  let downloaded = false;
  page.on("download", () => { downloaded = true; });
  await page.click("[data-testid=recovery-download]");
  await page.waitForFunction(() => document.querySelector(".recovery-status")?.textContent.length > 0);
  assert.match(await page.textContent(".recovery-status"), /No saved scenarios/);
  assert.equal(downloaded, false);
  await context.close();
});
