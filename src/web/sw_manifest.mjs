// Trunk post_build hook: writes sw.js into the staging dir from the template src/web/sw.js,
// filling in the precache list (every file Trunk emitted, hashed names included) and a cache
// version that is a hash of those files' contents. A new deploy therefore gets a new cache name,
// and the worker's activate step deletes the old one.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error("sw_manifest: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const files = walk(staging)
  .map((p) => path.relative(staging, p).split(path.sep).join("/"))
  .filter((f) => f !== "sw.js")
  .sort();
const hash = createHash("sha256");
for (const f of files) {
  hash.update(f);
  hash.update(fs.readFileSync(path.join(staging, f)));
}
const version = hash.digest("hex").slice(0, 16);
const precache = ["./", ...files.filter((f) => f !== "index.html").map((f) => `./${f}`)];
const template = fs.readFileSync(path.join(source, "src/web/sw.js"), "utf8");
const out = template
  .replace("__CACHE_VERSION__", version)
  .replace("[/*__PRECACHE__*/]", JSON.stringify(precache));
if (out === template) {
  console.error("sw_manifest: placeholders not found in src/web/sw.js");
  process.exit(1);
}
fs.writeFileSync(path.join(staging, "sw.js"), out);
console.log(`sw_manifest: ${precache.length} files precached, cache version ${version}`);
