// `make size`: the size gate. Prints every wasm, js and css file of dist/ raw, gzip -9 and
// Brotli 11, and fails when what a first visit downloads goes over the budget (kB of gzip,
// 1 kB = 1000 bytes; first argument). A first visit downloads the main module, every js file
// (the chunk loader included) and the css that index.html links; the lazily loaded chunks (the
// other .wasm files) and the style sheets named in <meta name="truecost-styles"> are fetched
// only when a part of the page that needs them is opened, so they are listed and summed apart,
// not counted against the budget.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = path.resolve(process.env.DIST ?? "dist");
const budgetKb = Number(process.argv[2]);
if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
  console.error("usage: node tests/e2e/size.mjs <budget kB>");
  process.exit(2);
}
const files = fs
  .readdirSync(dist)
  .filter((f) => /\.(wasm|js|css)$/.test(f))
  .sort();
if (!files.some((f) => f.endsWith("_bg.wasm"))) {
  console.error(`size: no main module (*_bg.wasm) in ${dist}; run make build`);
  process.exit(1);
}
const styles = fs.readFileSync(path.join(dist, "index.html"), "utf8").match(/<meta name="truecost-styles"[^>]*>/)?.[0] ?? "";
const lazyStyles = new Set([...styles.matchAll(/data-[a-z]+="\.\/([^"]+\.css)"/g)].map((m) => m[1]));
const measure = (f) => {
  const body = fs.readFileSync(path.join(dist, f));
  return {
    f,
    lazy: (f.endsWith(".wasm") && !f.endsWith("_bg.wasm")) || lazyStyles.has(f),
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const rows = files.map(measure);
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
const kb = (n) => (n / 1000).toFixed(1);
for (const r of rows) {
  console.log(`   ${(r.lazy ? "(lazy) " : "") + r.f}`.padEnd(74) + `${String(r.raw).padStart(9)} raw ${String(r.gzip).padStart(8)} gzip ${String(r.br).padStart(8)} brotli`);
}
const first = sum(rows.filter((r) => !r.lazy));
const lazy = sum(rows.filter((r) => r.lazy));
const chunks = rows.filter((r) => r.lazy && r.f.endsWith(".wasm")).length;
console.log(`== size: first visit ${kb(first.gzip)} kB gzip -9 (${kb(first.br)} kB brotli), budget ${budgetKb} kB; ` +
  `loaded on demand: ${chunks} chunks and ${lazyStyles.size} style sheets, ${kb(lazy.gzip)} kB gzip (${kb(lazy.br)} kB brotli)`);
if (first.gzip > budgetKb * 1000) {
  console.log("size budget exceeded");
  process.exit(1);
}
