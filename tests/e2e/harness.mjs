// Shared end-to-end harness: serves a built dist/ (at / and under a sub-path, like a blog embed)
// from a small static server on 127.0.0.1, and launches Debian's Chromium through playwright-core.
// Env: DIST (default ./dist), CHROMIUM (default /usr/bin/chromium).
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { before, after } from "node:test";

export const DIST = path.resolve(process.env.DIST ?? "dist");
export const SUBPATH = "/tools/crm-cost/";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".webmanifest": "application/manifest+json",
};

/** A copy of dist/ laid out as a web site: at / and at SUBPATH. */
export function makeSite(dist = DIST) {
  assert.ok(fs.existsSync(path.join(dist, "index.html")), `no build at ${dist} (run trunk build --release)`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "truecost-site-"));
  fs.cpSync(dist, root, { recursive: true });
  fs.mkdirSync(path.join(root, SUBPATH), { recursive: true });
  fs.cpSync(dist, path.join(root, SUBPATH), { recursive: true });
  return root;
}

/** Starts a static server over `root`; resolves to { url(p), requests, close() }. */
export function serve(root) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push(url.pathname);
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) { res.writeHead(404).end("not found"); return; }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        port,
        requests,
        url: (p = SUBPATH) => `http://127.0.0.1:${port}${p}`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** Collects page errors and console errors; `errors` must stay empty in a healthy page. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e}`));
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  page.on("requestfailed", (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  return errors;
}

/** Waits until the app has mounted (the boot placeholder is gone, the header is there). */
export async function appReady(page) {
  await page.waitForSelector("[data-testid=scenario-name]", { timeout: 20000 });
  await page.waitForFunction(() => !document.getElementById("boot"));
}

/**
 * Registers before/after hooks that serve a copy of dist/ and launch Chromium for the calling
 * test file; the returned object's `browser`, `server` and `site` are set once `before` ran.
 */
export function useSite() {
  const env = {};
  before(async () => {
    env.site = makeSite();
    env.server = await serve(env.site);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    if (env.site) fs.rmSync(env.site, { recursive: true, force: true });
  });
  return env;
}

/**
 * Opens the scenarios panel: it is folded into the bar at the top of the page
 * (`[data-testid=scenarios-bar]`, a <details>) and built, from a lazily loaded chunk, the first
 * time the bar is opened; every page load starts folded. Clicks the bar's summary unless the
 * panel is there (or the bar is already open and the panel on its way), then waits for the panel.
 */
export async function unfoldScenarios(page) {
  const bar = page.locator("[data-testid=scenarios-bar]");
  await bar.waitFor({ timeout: 20000 });
  if (!(await page.locator("[data-testid=scenarios]").count()) && (await bar.getAttribute("open")) === null) {
    await bar.locator(":scope > summary").click();
  }
  await page.waitForSelector("[data-testid=scenarios]", { timeout: 20000 });
}
