// Trunk post_build hook: first the lazily loaded chunks join the staging dir
// (split_chunks.mjs), then sw.js lists every file of the build (sw_manifest.mjs) — in this
// order, so the service worker also precaches the chunks.
await import("./split_chunks.mjs");
await import("./sw_manifest.mjs");
