// Part of the Trunk post_build hook (src/web/post_build.mjs, before sw_manifest.mjs): brings the lazily loaded chunks of the app into
// the staging dir. src/web/split_link.sh cut the linked wasm at its `#[lazy]` points and left
// the chunks and their loader (__wasm_split.js) in <target>/wasm32-unknown-unknown/<profile>/
// wasm-split/. Here each chunk is optimized like the main module (wasm-opt -Oz) and given a
// content-hashed name; the loader is pointed at those names and at this build's main js, and
// gets a hashed name too, which the main js is pointed at. A build without split points
// (no `split` feature) has nothing to do.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error("split_chunks: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const LOADER = "./__wasm_split.js";
const mainJs = fs
  .readdirSync(staging)
  .filter((f) => /^crm-truecost-[0-9a-f]+\.js$/.test(f))
  .find((f) => fs.readFileSync(path.join(staging, f), "utf8").includes(LOADER));
if (mainJs) {
  bringChunks(mainJs);
} else {
  console.log("split_chunks: no lazily loaded chunks in this build");
}

function bringChunks(mainJs) {
  const profile = process.env.TRUNK_PROFILE === "release" ? "release" : "debug";
  const targetDir = path.resolve(source, process.env.CARGO_TARGET_DIR ?? "target");
  const from = path.join(targetDir, "wasm32-unknown-unknown", profile, "wasm-split");
  if (!fs.existsSync(path.join(from, "__wasm_split.js"))) {
    console.error(`split_chunks: ${mainJs} imports ${LOADER}, but ${from} has no loader`);
    throw new Error("split_chunks: see above");
  }

  // What rustc enables for wasm32-unknown-unknown (a chunk has no target_features section of its own).
  const FEATURES = [
    "--enable-bulk-memory",
    "--enable-multivalue",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
  ];
  const short = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  let loader = fs.readFileSync(path.join(from, "__wasm_split.js"), "utf8");
  loader = loader.replace(/from "\.\/main\.js"/, `from "./${mainJs}"`);
  // A chunk that cannot be fetched must not stop the app: wasm-split's loader reports the
  // failure to the wasm, whose lazy call then panics. Ours tries twice more, then tells the page
  // (src/web/extras.js shows a notice with a reload) and leaves that part unbuilt.
  const start = loader.indexOf("function wrapAsyncCb(callee) {");
  const end = loader.indexOf("function makeLoad(", start);
  if (start < 0 || end < 0) {
    console.error("split_chunks: the loader's wrapAsyncCb was not found (wasm-split-cli changed?)");
    throw new Error("split_chunks: see above");
  }
  loader = loader.slice(0, start) + `function wrapAsyncCb(callee) {
    return async (callbackIndex, callbackData) => {
        for (const pause of [0, 1000, 3000]) {
            if (pause) await new Promise((done) => setTimeout(done, pause));
            try {
                await callee();
            } catch (e) {
                console.warn("CRM TrueCost: a part of the page could not be loaded", e);
                continue;
            }
            getSharedImports().__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, true);
            return;
        }
        window.dispatchEvent(new CustomEvent("truecost-chunk-failed"));
    }
}
` + loader.slice(end);
  let count = 0;
  let bytes = 0;
  for (const f of fs.readdirSync(from).filter((f) => f.endsWith(".wasm")).sort()) {
    const input = path.join(from, f);
    const optimized = path.join(from, `${f}.opt`);
    if (profile === "release") {
      execFileSync("wasm-opt", ["-Oz", ...FEATURES, "--output", optimized, input], { stdio: "inherit" });
    } else {
      fs.copyFileSync(input, optimized);
    }
    const body = fs.readFileSync(optimized);
    const name = `${f.slice(0, -5)}-${short(body)}.wasm`;
    fs.writeFileSync(path.join(staging, name), body);
    const before = loader;
    loader = loader.split(`"./${f}"`).join(`"./${name}"`);
    if (loader === before) {
      console.error(`split_chunks: the loader never names ${f}`);
      throw new Error("split_chunks: see above");
    }
    count += 1;
    bytes += body.length;
  }
  const loaderName = `__wasm_split-${short(loader)}.js`;
  fs.writeFileSync(path.join(staging, loaderName), loader);
  const main = path.join(staging, mainJs);
  // Only the import statement: the imports object keeps the wasm's own module name.
  const mainText = fs
    .readFileSync(main, "utf8")
    .split(`from "${LOADER}"`)
    .join(`from "./${loaderName}"`);
  if (!mainText.includes(loaderName)) {
    console.error(`split_chunks: ${mainJs} has no \`from "${LOADER}"\` to point at the loader`);
    throw new Error("split_chunks: see above");
  }
  fs.writeFileSync(main, mainText);
  // The main js changed: a preload's subresource-integrity hash in index.html must follow.
  const index = path.join(staging, "index.html");
  const html = fs.readFileSync(index, "utf8");
  const sri = `sha384-${createHash("sha384").update(mainText).digest("base64")}`;
  const tag = new RegExp(`(<link[^>]*href="\\./${mainJs.replace(/[.]/g, "\\.")}"[^>]*integrity=")[^"]*(")`);
  // (Only when Trunk writes a preload for it; Trunk.toml `pattern_preload` turns that off.)
  if (tag.test(html)) fs.writeFileSync(index, html.replace(tag, `$1${sri}$2`));
  console.log(`split_chunks: ${count} chunks (${bytes} bytes), loader ${loaderName}`);
}
