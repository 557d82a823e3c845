// The embed in a real browser: a host page on a second loopback origin (127.0.0.2, another
// site), with a strict Content-Security-Policy, embeds the app under a sub-path with the code
// the app's "Get embed code" dialog writes; the iframe takes the content's height, the planner
// works there, links back to the full planner with the same scenario, keeps nothing in storage,
// ignores messages from the host, and a malformed ?embed value still gives the embed.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { watchErrors, useSite, SUBPATH } from "./harness.mjs";

const h = useSite();

/** The embed code the full planner's dialog writes for its open scenario, in `lang`. */
async function embedCode(lang) {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  // A page without a clipboard (as on plain-HTTP hosts): the dialog must fall back.
  await context.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  const page = await context.newPage();
  await page.goto(h.server.url(SUBPATH));
  await page.waitForSelector("html[data-mounted=all] [data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  await page.selectOption("[data-testid=language]", lang);
  await page.fill("[data-testid=qs-users]", "37");
  await page.click("[data-testid=embed-code]");
  await page.waitForFunction(() => document.querySelector("[data-testid=embed-snippet]")?.value.includes("<iframe"));
  const code = await page.inputValue("[data-testid=embed-snippet]");
  // no clipboard permission here: Copy says to copy by hand and selects the code
  await page.click("[data-testid=embed-copy]");
  await page.waitForFunction(() => document.querySelector("[data-testid=embed-copied]")?.textContent !== "");
  const selected = await page.evaluate(() => {
    const t = document.querySelector("[data-testid=embed-snippet]");
    return t.value.slice(t.selectionStart, t.selectionEnd);
  });
  const tco = await page.getAttribute("[data-testid=headline-tco-value]", "data-value");
  await page.click("[data-testid=embed-close]");
  assert.equal(await page.locator("[data-testid=embed-dialog]").isVisible(), false);
  await context.close();
  return { code, selected, tco };
}

/** A host site on 127.0.0.2 whose page embeds `iframe` and runs `script` from a file. */
function hostSite(iframe, script, appOrigin) {
  // No inline script, no inline style (the snippet's style attribute is refused; its sizing
  // goes through the CSSOM, which a CSP allows), frames only from the app's origin.
  const csp = `default-src 'none'; script-src 'self'; style-src 'self'; frame-src ${appOrigin}`;
  const pages = {
    "/": `<!DOCTYPE html><html><head><meta charset="utf-8"><title>A blog</title>
      <script src="/host.js" defer></script></head>
      <body><h1>My article</h1>${iframe}<p id="after">After the planner.</p></body></html>`,
    "/host.js": script,
  };
  const server = http.createServer((req, res) => {
    if (req.url === "/favicon.ico") { res.writeHead(204).end(); return; }
    const body = pages[new URL(req.url, "http://x").pathname];
    if (body === undefined) { res.writeHead(404).end(); return; }
    res.writeHead(200, {
      "content-type": req.url.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8",
      "content-security-policy": csp,
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.2", () => resolve({
    url: `http://127.0.0.2:${server.address().port}/`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  })));
}

test("the embed code sizes the iframe on a strict-CSP host of another site, and the planner works there", async () => {
  const { code, selected, tco } = await embedCode("th");
  assert.equal(selected, code, "without a clipboard the code is selected for copying by hand");
  assert.ok(code.split("\n").length <= 12, `the snippet is short:\n${code}`);
  const iframe = code.match(/<iframe[\s\S]*?<\/iframe>/)[0];
  const script = code.match(/<script>([\s\S]*?)<\/script>/)[1];
  const src = iframe.match(/src="([^"]+)"/)[1].replace(/&amp;/g, "&");
  assert.match(src, /\?embed&lang=th#s=/);
  assert.ok(src.startsWith(h.server.url(SUBPATH)), src);

  const host = await hostSite(iframe, script, `http://127.0.0.1:${h.server.port}`);
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(host.url);
  const frameEl = page.locator("iframe#crm-truecost");
  const frame = await (await frameEl.elementHandle()).contentFrame();
  await frame.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  // the embed opened the shared scenario in the shared language, compact
  await frame.waitForFunction((t) => document.querySelector("[data-testid=headline-tco-value]").dataset.value === t, tco);
  assert.equal(await frame.getAttribute("html", "lang"), "th");
  assert.equal(await frame.inputValue("[data-testid=qs-users]"), "37");
  for (const absent of [".masthead", "[data-testid=scenarios-bar]", "[data-testid=section-team]", "[data-testid=year-table]"]) {
    assert.equal(await frame.locator(absent).filter({ visible: true }).count(), 0, `${absent} in the embed`);
  }
  assert.equal(await frame.locator("[data-testid=chart-quadrants]").count(), 1);

  // the iframe takes the content's height
  const fits = () => page.waitForFunction(() => {
    const f = document.getElementById("crm-truecost");
    const body = f.contentDocument?.body; // null: other origin — compare with the posted height instead
    return !body && Math.abs(f.clientHeight - Number(f.dataset.expected ?? -1)) <= 1;
  });
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  let want = await contentHeight();
  await frameEl.evaluate((f, w) => { f.dataset.expected = String(w); }, want);
  await fits();
  assert.notEqual(want, 900, "the snippet's initial 900 px was replaced");

  // it works there: edits change the TCO; a longer page (an error message) grows the iframe
  const before = await frame.getAttribute("[data-testid=headline-tco-value]", "data-value");
  await frame.fill("[data-testid=qs-users]", "120");
  await frame.waitForFunction((b) => document.querySelector("[data-testid=headline-tco-value]").dataset.value !== b, before);
  await frame.fill("[data-testid=qs-users]", "not a number");
  await frame.waitForSelector("[data-testid=error-qs-users]:not(:empty)");
  const grown = await contentHeight();
  assert.ok(grown > want, `content grew (${grown} > ${want})`);
  await frameEl.evaluate((f, w) => { f.dataset.expected = String(w); }, grown);
  await fits();
  await frame.fill("[data-testid=qs-users]", "120");

  // host messages are ignored: junk, and a fake height message sent *to* the embed
  await page.evaluate(() => {
    const w = document.getElementById("crm-truecost").contentWindow;
    for (const m of [null, "height", { type: "crm-truecost:height", height: 5 }, { toString: 1 }, [1, 2, 3]]) w.postMessage(m, "*");
  });
  await page.waitForTimeout(200);
  assert.equal(await frame.inputValue("[data-testid=qs-users]"), "120");

  // "Open the full planner": same scenario through its share link, in a new tab
  const link = frame.locator("[data-testid=open-full-planner]");
  await frame.waitForFunction(() => document.querySelector("[data-testid=open-full-planner]").href.includes("#s="));
  assert.equal(await link.getAttribute("target"), "_blank");
  const href = await link.getAttribute("href");
  assert.ok(!href.includes("embed"), href);
  const [tab] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await tab.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
  await tab.waitForFunction(() => document.querySelector("[data-testid=qs-users]")?.value === "120");
  assert.equal(await tab.locator(".masthead").count(), 1);

  // the embed kept nothing
  assert.equal(await frame.evaluate(() => { try { return localStorage.length; } catch { return 0; } }), 0);
  assert.deepEqual(errors, []);
  await context.close();
  await host.close();
});

test("a malformed ?embed value and #embed both give the normal embed", async () => {
  const context = await h.browser.newContext({ serviceWorkers: "block" });
  for (const suffix of ["?embed=%E0%A4%A", "?embed=<script>", "#embed", "#embed&lang=zh-Hans"]) {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(h.server.url(SUBPATH) + suffix);
    await page.waitForSelector("[data-testid=headline-tco-value][data-value]", { timeout: 20000 });
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains("embed")), suffix);
    assert.equal(await page.locator(".masthead").filter({ visible: true }).count(), 0, suffix);
    assert.equal(await page.locator("[data-testid=open-full-planner]").count(), 1, suffix);
    if (suffix.includes("zh-Hans")) assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
    assert.deepEqual(errors, []);
    await page.close();
  }
  await context.close();
});
