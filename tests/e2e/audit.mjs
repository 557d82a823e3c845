// `make audit`: Lighthouse (npm `lighthouse`, mobile preset: simulated slow 4G and 4x CPU) against
// the release build in dist/, served gzip-compressed from loopback under a sub-path as a static
// host serves it, with Debian's Chromium (chrome-launcher, CHROME_PATH). Prints the category
// scores and the timings (`make audit` then prints `make size`: gzip and Brotli of every file,
// first visit and on demand). Benchmark figures:
// printed, never asserted. Env: AUDIT_DETAILS=1 also prints each run's long tasks, main-thread
// breakdown and script boot-up. DIST (default dist), AUDIT_RUNS (default 3: the median run is
// reported), CHROME_PATH (default /usr/bin/chromium).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const DIST = path.resolve(process.env.DIST ?? "dist");
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const SUBPATH = "/tools/crm-cost/";
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".css", ".json", ".svg", ".webmanifest"]);

/** A static server of dist/ under SUBPATH that gzips what a host would (precomputed). */
function serveGzip() {
  const gz = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (!url.pathname.startsWith(SUBPATH)) { res.writeHead(404).end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(SUBPATH.length)) || "index.html";
    const file = path.join(DIST, rel);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const ext = path.extname(file);
    const headers = { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-cache" };
    let body = fs.readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      if (!gz.has(file)) gz.set(file, zlib.gzipSync(body, { level: 9 }));
      body = gz.get(file);
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
    }
    headers["content-length"] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}


const server = await serveGzip();
const url = `http://127.0.0.1:${server.address().port}${SUBPATH}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const results = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const a = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const longest = (lhr.audits["long-tasks"]?.details?.items ?? []).reduce((m, t) => Math.max(m, t.duration), 0);
    results.push({
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories["best-practices"].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      fcp: a("first-contentful-paint"), lcp: a("largest-contentful-paint"), tbt: a("total-blocking-time"),
      si: a("speed-index"), cls: a("cumulative-layout-shift"), tti: a("interactive"), longest,
      lcpElement: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? "",
      version: lhr.lighthouseVersion, chrome: lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0],
    });
    process.stdout.write(`run ${i + 1}/${RUNS}: performance ${results.at(-1).performance}\n`);
    if (process.env.AUDIT_DETAILS) {
      for (const t of lhr.audits["long-tasks"]?.details?.items ?? []) console.log(`  long task ${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms: ${t.url}`);
      for (const g of lhr.audits["mainthread-work-breakdown"]?.details?.items ?? []) console.log(`  main thread: ${g.groupLabel} ${Math.round(g.duration)} ms`);
      for (const b of (lhr.audits["bootup-time"]?.details?.items ?? []).slice(0, 6)) console.log(`  boot-up: ${b.url} total ${Math.round(b.total)} ms, script ${Math.round(b.scripting)} ms, parse/compile ${Math.round(b.scriptParseCompile)} ms`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
results.sort((x, y) => x.performance - y.performance);
const r = results[Math.floor(results.length / 2)];
const ms = (v) => `${Math.round(v)} ms`;
console.log(`\nLighthouse ${r.version} (${r.chrome}), mobile preset (simulated slow 4G, 4x CPU), ${url}, median of ${RUNS}:`);
console.log(`  scores: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}`);
console.log(`  FCP ${ms(r.fcp)}, LCP ${ms(r.lcp)}, TBT ${ms(r.tbt)}, Speed Index ${ms(r.si)}, CLS ${r.cls.toFixed(3)}, TTI ${ms(r.tti)}, longest task ${ms(r.longest)}`);
console.log(`  LCP element: ${r.lcpElement.slice(0, 100)}`);
console.log(`  performance over the runs: ${results.map((x) => x.performance).join(", ")}`);
console.log(`  TBT over the runs: ${results.map((x) => ms(x.tbt)).join(", ")}; longest task over the runs: ${results.map((x) => ms(x.longest)).join(", ")}`);
