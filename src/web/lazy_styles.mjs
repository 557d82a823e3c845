// Part of the Trunk post_build hook (src/web/post_build.mjs): the style sheets of the parts
// loaded on demand. Trunk copies them unchanged (rel="copy-file"); here each gets a
// content-hashed name, written into <meta name="truecost-styles"> in index.html, from which
// src/ui/lazy_style.rs adds it to the document when its part is first shown.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("lazy_styles: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const index = path.join(staging, "index.html");
let html = fs.readFileSync(index, "utf8");
const meta = html.match(/<meta name="truecost-styles"[^>]*>/);
if (!meta) {
  throw new Error("lazy_styles: index.html has no <meta name=\"truecost-styles\">");
}
let tag = meta[0];
const named = [...tag.matchAll(/data-([a-z]+)="\.\/([a-z]+\.css)"/g)];
for (const [, name, file] of named) {
  const from = path.join(staging, file);
  if (!fs.existsSync(from)) {
    throw new Error(`lazy_styles: ${file} (data-${name}) was not copied by Trunk`);
  }
  const body = fs.readFileSync(from);
  const hashed = `${file.slice(0, -4)}-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.css`;
  fs.renameSync(from, path.join(staging, hashed));
  tag = tag.replace(`data-${name}="./${file}"`, `data-${name}="./${hashed}"`);
}
html = html.replace(meta[0], tag);
fs.writeFileSync(index, html);
console.log(`lazy_styles: ${named.length} style sheets loaded on demand`);
