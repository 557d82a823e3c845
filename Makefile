# CRM TrueCost — the two commands: `make run` and `make test`. Both install what is missing
# (idempotently, quietly when already done) and work on a fresh machine that reaches only the
# package registries. See README.md.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

TRUNK_VERSION        := 0.21.14   # 0.22 needs a newer rustc than the machines have
WASM_BINDGEN_VERSION := 0.2.130   # == Cargo.lock's wasm-bindgen == Trunk.toml [tools].wasm_bindgen
WASM_SPLIT_VERSION   := 0.2.4     # wasm_split_cli_support, pairs with Cargo.lock's wasm_split_helpers 0.2
SIZE_BUDGET_KB       := 390       # gzip -9 of what a first visit downloads (main wasm, js, css; chunks and style sheets loaded on demand apart), in kB (1 kB = 1000 bytes) — see README "Size"
PORT                 := 8080

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
# src/web/bindgen first: Trunk's wasm-bindgen, with the flag the split page needs (see there).
export PATH := $(CURDIR)/src/web/bindgen:$(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_COLOR := never
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LOGS := target/make-logs

.PHONY: help setup tools-rust tools-npm tools-browser pins run test fmt clippy test-native \
        test-browser build e2e size bench perf fuzz tools-target tools-cli audit i18n

help:
	@echo "make run   — install what is missing, build, serve on http://127.0.0.1:$(PORT)"
	@echo "make test  — install what is missing, then fmt, clippy, native, browser, e2e tests, size budget"
	@echo "make bench — criterion benchmark of the engine; make perf — keystroke-to-paint in Chromium"
	@echo "make fuzz  — 1,000,000 mutated inputs per fuzz target (share links, import, storage, engine, numbers)"
	@echo "make audit — Lighthouse (mobile) against dist/ served gzip on loopback, and gzip/Brotli sizes"

# ---------------------------------------------------------------- installs (idempotent)
setup: tools-rust tools-npm pins

tools-rust: tools-target tools-cli

tools-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || { echo "-- installing the wasm32 target"; rustup target add wasm32-unknown-unknown; }

# The two CLIs are compiled for speed of compiling (no LTO, 16 codegen units, opt-level 1):
# they only move files around, and a cold `make test` spends most of its install time here.
tools-cli:
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(strip $(TRUNK_VERSION))" ] || { \
	  echo "-- installing trunk $(strip $(TRUNK_VERSION)) (about 7 minutes on 2 cores)"; \
	  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
	    cargo install trunk --version $(strip $(TRUNK_VERSION)) --locked --force --no-default-features; }
	@# no --locked: wasm-bindgen-cli's own lockfile wants a webpki-roots the registry lacks
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(strip $(WASM_BINDGEN_VERSION))" ] || { \
	  echo "-- installing wasm-bindgen-cli $(strip $(WASM_BINDGEN_VERSION)) (about 4 minutes)"; \
	  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
	    cargo install wasm-bindgen-cli --version $(strip $(WASM_BINDGEN_VERSION)) --force; }
	@# wasm-split-cli cuts the release wasm at its #[lazy] points (src/web/split_link.sh)
	@cargo install --list | grep -qx "wasm_split_cli_support v$(strip $(WASM_SPLIT_VERSION)):" || { \
	  echo "-- installing wasm-split-cli $(strip $(WASM_SPLIT_VERSION)) (about 2 minutes)"; \
	  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
	    cargo install wasm_split_cli_support --version $(strip $(WASM_SPLIT_VERSION)) --features build-binary --locked --force; }
	@echo "== tools: wasm32 target, $$(trunk --version), $$(wasm-bindgen --version), wasm-split-cli $(strip $(WASM_SPLIT_VERSION)): ready"

# wasm-opt comes from the npm package binaryen (Debian's binaryen 108 breaks the output)
tools-npm: node_modules/.package-lock.json
	@echo "== tools: $$(wasm-opt --version), playwright-core $$(node -p 'require("playwright-core/package.json").version'): ready"

node_modules/.package-lock.json: package.json package-lock.json
	@echo "-- installing npm packages from package-lock.json"
	@npm ci --no-audit --no-fund --loglevel=error

tools-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "-- installing Debian chromium + chromium-driver (one apt run, so versions match)"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi
	@b=$$(chromium --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1); \
	 d=$$(chromedriver --version | grep -o '[0-9][0-9.]*' | head -1); \
	 [ "$${b%%.*}" = "$${d%%.*}" ] || { echo "chromium $$b and chromedriver $$d differ"; exit 1; }; \
	 echo "== tools: chromium $$b, chromedriver $$d: ready"

# The three places that name the wasm-bindgen version must agree, or the build breaks at run time.
pins:
	@lock=$$(awk '$$0=="name = \"wasm-bindgen\""{getline; gsub(/[" ]/,""); sub("version=",""); print}' Cargo.lock); \
	 [ "$$lock" = "$(strip $(WASM_BINDGEN_VERSION))" ] || { echo "Cargo.lock has wasm-bindgen $$lock, the Makefile pins $(strip $(WASM_BINDGEN_VERSION))"; exit 1; }; \
	 grep -q 'wasm_bindgen = "$(strip $(WASM_BINDGEN_VERSION))"' Trunk.toml || { echo "Trunk.toml [tools].wasm_bindgen differs from $(strip $(WASM_BINDGEN_VERSION))"; exit 1; }; \
	 echo "== pins: wasm-bindgen $$lock in Cargo.lock, Trunk.toml and the CLI"

# ---------------------------------------------------------------- run
# Served from target/serve (with live reload); dist/ stays the clean, deployable release build.
run: setup
	@echo "== building and serving CRM TrueCost on http://127.0.0.1:$(PORT) (Ctrl-C to stop)"
	trunk serve --release --locked --no-autoreload --no-error-reporting --dist target/serve --address 127.0.0.1 --port $(PORT)

# ---------------------------------------------------------------- test (stops at the first failure)
test:
	@rm -rf $(LOGS); mkdir -p $(LOGS); date +%s > $(LOGS)/start
	@$(MAKE) tools-target tools-npm pins tools-browser
	@# Compiling trunk and wasm-bindgen-cli (minutes on a fresh machine) runs beside fmt, clippy
	@# and the native tests, which need neither; the browser steps wait for both.
	@{ if $(MAKE) tools-cli > $(LOGS)/tools-cli.log 2>&1; then echo 0; else echo 1; fi > $(LOGS)/tools-cli.rc; } & \
	 rc=0; { $(MAKE) fmt && $(MAKE) clippy && $(MAKE) test-native; } || rc=$$?; \
	 wait; grep -E '^(==|--)' $(LOGS)/tools-cli.log || true; \
	 [ "$$(cat $(LOGS)/tools-cli.rc)" = 0 ] || { echo "installing trunk / wasm-bindgen-cli failed (see $(LOGS)/tools-cli.log)"; exit 1; }; \
	 exit $$rc
	@$(MAKE) test-browser
	@$(MAKE) build
	@$(MAKE) e2e
	@$(MAKE) size
	@p=$$(cat $(LOGS)/*.passed | awk '{s+=$$1} END{print s+0}'); \
	 f=$$(cat $(LOGS)/*.failed | awk '{s+=$$1} END{print s+0}'); \
	 echo "== make test: everything passed in $$(( $$(date +%s) - $$(cat $(LOGS)/start) )) s"; \
	 echo "summary: $$p passed, $$f failed"

fmt:
	@cargo fmt --all -- --check
	@echo "== fmt: clean"

clippy:
	@cargo clippy --workspace --all-targets --locked -q -- -D warnings
	@cargo clippy -p crm-truecost --lib --bins --tests --target wasm32-unknown-unknown --locked -q -- -D warnings
	@cargo clippy -p crm-truecost --lib --bins --target wasm32-unknown-unknown --features split --locked -q -- -D warnings
	@echo "== clippy: clean (native and wasm32)"

# count "test result: ok. N passed; M failed" lines of cargo / wasm-bindgen-test output
define count_cargo
	p=$$(grep -E '^test result:' $(1) | awk '{s+=$$4} END{print s+0}'); \
	f=$$(grep -E '^test result:' $(1) | awk '{s+=$$6} END{print s+0}'); \
	mkdir -p $(LOGS); echo $$p > $(LOGS)/$(2).passed; echo $$f > $(LOGS)/$(2).failed; \
	echo "== $(2) tests: $$p passed, $$f failed"
endef

test-native:
	@mkdir -p $(LOGS)
	@cargo test --workspace --locked 2>&1 | tee $(LOGS)/native.log | grep -E '^(test result|error|failures|---- )' || true
	@! grep -qE '^test result: FAILED|^error' $(LOGS)/native.log || { echo "native tests failed (see $(LOGS)/native.log)"; exit 1; }
	@$(call count_cargo,$(LOGS)/native.log,native)

test-browser:
	@mkdir -p $(LOGS)
	@cargo test -p crm-truecost --target wasm32-unknown-unknown --locked --test 'browser*' 2>&1 \
	  | tee $(LOGS)/browser.log | grep -E '^(test result|error|failures|---- |Running)' || true
	@! grep -qE '^test result: FAILED|^error' $(LOGS)/browser.log || { echo "browser tests failed (see $(LOGS)/browser.log)"; exit 1; }
	@grep -qE '^test result: ok' $(LOGS)/browser.log || { echo "browser tests did not run (see $(LOGS)/browser.log)"; exit 1; }
	@$(call count_cargo,$(LOGS)/browser.log,browser)

build:
	@trunk build --release --locked 2>&1 | tail -n 3
	@ls dist/*.wasm >/dev/null
	@echo "== build: release dist/ ready ($$(ls dist | wc -l) files)"

e2e:
	@mkdir -p $(LOGS)
	@cargo build -q --locked --bin truecost   # the e2e tests check the page against the CLI
	@DIST=dist node --test --test-concurrency=1 tests/e2e/*.test.mjs 2>&1 | tee $(LOGS)/e2e.log \
	  | grep -E '^(not ok|# (tests|pass|fail))|^\s+(error|expected|actual):' || true
	@p=$$(awk '/^# pass/{print $$3}' $(LOGS)/e2e.log); f=$$(awk '/^# fail/{print $$3}' $(LOGS)/e2e.log); \
	 echo $${p:-0} > $(LOGS)/e2e.passed; echo $${f:-1} > $(LOGS)/e2e.failed; \
	 echo "== e2e tests: $${p:-0} passed, $${f:-?} failed"; \
	 [ "$${f:-1}" = 0 ] && [ "$${p:-0}" -gt 0 ] || { echo "e2e failed (see $(LOGS)/e2e.log)"; exit 1; }

# The Chinese and Thai catalogs the wasm fetches (src/web/i18n/*.json), written from the text
# tables in src/i18n/ (see README "Size"); a native test fails while they are stale.
i18n:
	@TRUECOST_WRITE_I18N=1 cargo test -p crm-truecost --lib --locked -q \
	  i18n::catalog_gen::tests::committed_catalogs_match_the_text_tables >/dev/null
	@echo "== i18n: src/web/i18n/*.json written from the text tables (commit them with the tables)"

size:
	@node tests/e2e/size.mjs $(strip $(SIZE_BUDGET_KB))

bench:
	cargo bench -p truecost-model

# Fuzzing on stable Rust (tests/fuzz.rs): a mutation loop over tests/fuzz/corpus/<target>/, at
# least 1,000,000 executions per target (FUZZ_EXECS=n to change); prints the count and time of
# each. `make test` runs a 3,000-execution slice of the same targets with the native tests.
fuzz:
	@mkdir -p $(LOGS)
	@FUZZ_EXECS=$${FUZZ_EXECS:-1000000} cargo test --profile fuzz --locked --test fuzz -- --nocapture --test-threads 2 2>&1 \
	  | tee $(LOGS)/fuzz.log | grep -E '^(fuzz |test result|thread|error)' || true
	@! grep -qE '^test result: FAILED|^error' $(LOGS)/fuzz.log || { echo "fuzzing found a problem (see $(LOGS)/fuzz.log)"; exit 1; }

# keystroke-to-paint timing in Chromium against the release build (run `make build` first)
perf:
	@DIST=dist node tests/e2e/perf.mjs
	@DIST=dist node tests/e2e/perf_fit.mjs
	@DIST=dist node tests/e2e/perf_simulation.mjs

# Lighthouse mobile preset against the release build served gzip-compressed on loopback, with
# Debian's Chromium; prints scores, timings and gzip/Brotli sizes (benchmark figures, not asserted).
audit: tools-npm
	@[ -f dist/index.html ] || $(MAKE) build
	@CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} DIST=dist node tests/e2e/audit.mjs
	@$(MAKE) size
