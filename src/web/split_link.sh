#!/usr/bin/env bash
# The wasm linker (see .cargo/config.toml): links with the toolchain's rust-lld, then — for the
# app's own binary only — splits it at its `#[lazy]` points with wasm-split-cli
# (crate wasm_split_cli_support): the main module replaces the linked file, and the lazily
# loaded chunks plus their loader (__wasm_split.js) go to <profile dir>/wasm-split/, where
# src/web/sw_manifest.mjs picks them up after Trunk's build. Tests and other binaries are
# linked unchanged.
set -euo pipefail
sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
lld="$sysroot/lib/rustlib/$host/bin/rust-lld"
if [ "${1:-}" = "-flavor" ]; then "$lld" "$@"; else "$lld" -flavor wasm "$@"; fi
out=""
prev=""
for a in "$@"; do
  [ "$prev" = "-o" ] && out="$a"
  prev="$a"
done
case "$(basename "$out")" in
  crm_truecost-*.wasm) ;;
  *) exit 0 ;;
esac
grep -q "__wasm_split_load" "$out" || exit 0
dir="$(dirname "$out")/../wasm-split"
rm -rf "$dir" && mkdir -p "$dir"
wasm-split-cli "$out" "$dir" >&2
mv "$dir/main.wasm" "$out"
