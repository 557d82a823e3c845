// Trunk post_build hook: first the lazily loaded chunks join the staging dir
// (split_chunks.mjs) and the style sheets of the parts loaded on demand get hashed names
// (lazy_styles.mjs), then sw.js lists every file of the build (sw_manifest.mjs) — in this
// order, so the service worker also precaches the chunks and those sheets.
await import("./split_chunks.mjs");
await import("./lazy_styles.mjs");
await import("./sw_manifest.mjs");
