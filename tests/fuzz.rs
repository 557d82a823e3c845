//! Fuzzing on stable Rust: a mutation loop over the committed seed corpus
//! (`tests/fuzz/corpus/<target>/*`), one test per target:
//!
//! - `share` — the share-link decoder, on mutated fragments and on mutated JSON framed as plain
//!   (`1.`) and packed (`2.`) links;
//! - `import` — `export::parse_import` (a scenario file);
//! - `storage` — `storage::decode` (the stored envelope: versions, migration, repair);
//! - `engine` — `evaluate` on every mutated scenario that reads and validates;
//! - `numbers` — `i18n::parse_number` in every locale.
//!
//! Every input must give an answer without panicking, and what is accepted must round-trip
//! (a link, a file, an envelope, a typed number). Mutations are byte flips, interesting bytes
//! and tokens (JSON syntax, odd numbers, the corpus's own keys), deletions, duplications and
//! splices; an input whose outcome has not been seen before (a new error, a new field path) joins
//! the working corpus, so the loop drifts toward new code paths without instrumentation.
//!
//! `FUZZ_EXECS` sets the executions per target (default 3,000: the slice `make test` runs);
//! `make fuzz` runs 1,000,000 each. `FUZZ_SEED` picks the random sequence (default fixed). An
//! input that panics is written to `target/fuzz-crashes/` and the test fails naming it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Instant;

use crm_truecost::export::{parse_import, scenario_json};
use crm_truecost::i18n::{Locale, format_input, parse_number};
use crm_truecost::model::{Scenario, evaluate};
use crm_truecost::share::{self, UnpackError};
use crm_truecost::storage;

/// xorshift64*: small, fast, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// Tokens worth inserting: JSON syntax, odd numbers and texts from the findings.
const TOKENS: &[&str] = &[
    "null",
    "true",
    "false",
    "[]",
    "{}",
    "\"\"",
    "0",
    "-0",
    "-1",
    "1e400",
    "1e-400",
    "1.5e-30",
    "99999999999999999999999999999",
    "79228162514264337593543950336",
    "0.0000000000001",
    "1000000000000",
    "1000000000000.01",
    "18446744073709551616",
    "NaN",
    "\"1,5\"",
    "\"1,2,3\"",
    "\"１２\"",
    "\"๔๒\"",
    "\"1e9\"",
    "\"-0.99\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\u{feff}",
    "\"s=2.\"",
    ",",
    ":",
    "\"",
    "{",
    "}",
    "[",
    "]",
    "\\",
    "1,5",
    "1,2,3",
    "1.000,5",
    "１，２３４。５",
    "๑,๒๓๔.๕",
    "%",
    "％",
    " ",
    "\u{a0}",
    "\u{202f}",
    "−",
    "+",
    "e",
    ".",
    "s=1.",
    "s=2.",
    "#",
];

/// A mutation engine over a working corpus (seeds plus inputs with new outcomes).
struct Mutator {
    rng: Rng,
    corpus: Vec<Vec<u8>>,
    dictionary: Vec<Vec<u8>>,
    seen: HashSet<String>,
}

impl Mutator {
    fn new(seed: u64, corpus: Vec<Vec<u8>>) -> Self {
        // The corpus's own quoted strings (field names, enum values) are tokens too.
        let mut dictionary: Vec<Vec<u8>> = TOKENS.iter().map(|t| t.as_bytes().to_vec()).collect();
        let mut found = HashSet::new();
        for input in &corpus {
            let text = String::from_utf8_lossy(input);
            for (i, part) in text.split('"').enumerate() {
                if i % 2 == 1 && part.len() < 40 && found.insert(part.to_string()) {
                    dictionary.push(format!("\"{part}\"").into_bytes());
                }
            }
        }
        Mutator {
            rng: Rng(seed | 1),
            corpus,
            dictionary,
            seen: HashSet::new(),
        }
    }

    /// A new input: a corpus entry (or nothing) changed by one to eight mutations.
    fn input(&mut self) -> Vec<u8> {
        let mut data = if self.corpus.is_empty() {
            Vec::new()
        } else {
            self.corpus[self.rng.below(self.corpus.len())].clone()
        };
        let rounds = 1 + self.rng.below(8);
        for _ in 0..rounds {
            self.mutate(&mut data);
        }
        data
    }

    fn mutate(&mut self, data: &mut Vec<u8>) {
        let len = data.len();
        let at = self.rng.below(len + 1);
        match self.rng.below(9) {
            0 if len > 0 => {
                let i = self.rng.below(len);
                data[i] ^= 1 << self.rng.below(8);
            }
            1 if len > 0 => {
                let i = self.rng.below(len);
                data[i] = b"\"{}[],:-.09e\\ \x00\xff\xc3"[self.rng.below(17)];
            }
            2 | 3 => {
                let token = self.dictionary[self.rng.below(self.dictionary.len())].clone();
                data.splice(at..at, token);
            }
            4 if len > 0 => {
                let end = (at + 1 + self.rng.below(16)).min(len);
                let start = at.min(end.saturating_sub(1));
                data.drain(start..end);
            }
            5 if len > 0 => {
                let start = self.rng.below(len);
                let end = (start + 1 + self.rng.below(64)).min(len);
                let chunk = data[start..end].to_vec();
                data.splice(at..at, chunk);
            }
            6 if !self.corpus.is_empty() => {
                let other = &self.corpus[self.rng.below(self.corpus.len())];
                if !other.is_empty() {
                    let start = self.rng.below(other.len());
                    let end = (start + 1 + self.rng.below(256)).min(other.len());
                    let chunk = other[start..end].to_vec();
                    data.splice(at..at, chunk);
                }
            }
            7 if len > 0 => data.truncate(self.rng.below(len)),
            _ => {
                // Replace a run of digits with an odd number.
                if let Some(start) = data.iter().skip(at).position(u8::is_ascii_digit) {
                    let start = at + start;
                    let end = data[start..]
                        .iter()
                        .position(|b| !b.is_ascii_digit() && *b != b'.')
                        .map_or(data.len(), |n| start + n);
                    let numbers = &TOKENS[5..20];
                    let n = numbers[self.rng.below(numbers.len())].as_bytes().to_vec();
                    data.splice(start..end, n);
                }
            }
        }
        // Keep inputs bounded so a run stays fast; the bounds themselves are tested by seeds.
        data.truncate(256 * 1024);
    }

    /// Keeps `input` when its outcome is new.
    fn learn(&mut self, outcome: String, input: &[u8]) {
        if self.seen.len() < 50_000 && self.seen.insert(outcome) && self.corpus.len() < 20_000 {
            self.corpus.push(input.to_vec());
        }
    }
}

fn corpus_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/corpus")
        .join(target)
}

fn load_corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = corpus_dir(target);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let corpus: Vec<Vec<u8>> = files.iter().filter_map(|p| fs::read(p).ok()).collect();
    assert!(!corpus.is_empty(), "no seeds in {}", dir.display());
    corpus
}

fn executions() -> u64 {
    std::env::var("FUZZ_EXECS")
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(3_000)
}

fn seed(target: &str) -> u64 {
    let base = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED_2026);
    target
        .bytes()
        .fold(base, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
}

/// Writes a panicking input where it can be replayed, and fails the test naming it.
fn crashed(target: &str, input: &[u8], why: &str) -> ! {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-crashes");
    let _ = fs::create_dir_all(&dir);
    let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    });
    let file = dir.join(format!("{target}-{hash:016x}"));
    let _ = fs::write(&file, input);
    panic!(
        "fuzz target {target}: {why}; input saved to {}",
        file.display()
    );
}

/// Runs `check` on every seed and then on mutated inputs; `check` returns the outcome's
/// signature and panics when an invariant fails.
fn fuzz(target: &str, mut check: impl FnMut(&[u8], &mut Rng) -> String) {
    let seeds = load_corpus(target);
    let mut mutator = Mutator::new(seed(target), seeds.clone());
    let mut side = Rng(seed(target) ^ 0xA5A5_A5A5);
    let total = executions();
    let started = Instant::now();
    let mut run = |input: &[u8], mutator: &mut Mutator, side: &mut Rng| match catch_unwind(
        AssertUnwindSafe(|| check(input, side)),
    ) {
        Ok(outcome) => mutator.learn(outcome, input),
        Err(e) => {
            let why = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            crashed(target, input, &why)
        }
    };
    for s in &seeds {
        run(s, &mut mutator, &mut side);
    }
    let mut done = seeds.len() as u64;
    while done < total {
        let input = mutator.input();
        run(&input, &mut mutator, &mut side);
        done += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "fuzz {target}: {done} executions in {secs:.1} s ({:.0}/s), {} seeds, {} distinct outcomes, working corpus {}",
        done as f64 / secs.max(1e-9),
        seeds.len(),
        mutator.seen.len(),
        mutator.corpus.len()
    );
}

/// An error message without its numbers and quoted values: enough to tell outcomes apart,
/// not every value.
fn shape(text: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            c if quoted || c.is_ascii_digit() => {}
            c => out.push(c),
        }
        if out.len() >= 80 {
            break;
        }
    }
    out
}

/// Odd values for a scenario's leaves: bounds, past bounds, wrong types, odd spellings.
const ODD_VALUES: &[&str] = &[
    "0",
    "-1",
    "1",
    "\"0\"",
    "\"1\"",
    "\"-0.99\"",
    "\"-0.991\"",
    "\"1.0001\"",
    "10",
    "11",
    "1000000",
    "1000001",
    "\"1000000000000\"",
    "\"1000000000000.01\"",
    "10000000000",
    "10000000001",
    "\"0.000000000001\"",
    "\"0.0000000000001\"",
    "1e400",
    "null",
    "true",
    "[]",
    "{}",
    "\"\"",
    "\"1,5\"",
    "\"NaN\"",
    "\"79228162514264337593543950335\"",
    "0.5",
    "\"100\"",
    "18446744073709551615",
    "-9223372036854775808",
];

/// The JSON pointers (`/pricing/add_ons/0/name`) of every leaf and every array in `v`.
fn pointers(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, c) in m {
                pointers(
                    c,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        serde_json::Value::Array(items) => {
            out.push(at.clone());
            for (i, c) in items.iter().enumerate() {
                pointers(c, format!("{at}/{i}"), out);
            }
        }
        _ => out.push(at),
    }
}

/// Changes one to four leaves of a JSON scenario to odd values, or an array's length, so that
/// most inputs still read as scenarios and reach the engine.
fn mutate_leaves(value: &mut serde_json::Value, rng: &mut Rng) {
    for _ in 0..1 + rng.below(4) {
        let mut found = Vec::new();
        pointers(value, String::new(), &mut found);
        if found.is_empty() {
            return;
        }
        let Some(leaf) = value.pointer_mut(&found[rng.below(found.len())]) else {
            continue;
        };
        match leaf {
            serde_json::Value::Array(items) if !items.is_empty() && rng.chance(2) => {
                if rng.chance(2) {
                    items.truncate(rng.below(items.len()));
                } else {
                    let copy = items[rng.below(items.len())].clone();
                    let n = 1 + rng.below(20);
                    items.extend(std::iter::repeat_n(copy, n));
                }
            }
            _ => {
                let odd = ODD_VALUES[rng.below(ODD_VALUES.len())];
                *leaf = serde_json::from_str(odd).unwrap_or(serde_json::Value::Null);
            }
        }
    }
}

fn unpack(bytes: &[u8], limit: usize) -> Result<Vec<u8>, UnpackError> {
    use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_with_limit};
    decompress_to_vec_with_limit(bytes, limit).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => UnpackError::OverLimit,
        _ => UnpackError::Corrupt,
    })
}

fn pack(bytes: &[u8]) -> Option<Vec<u8>> {
    Some(miniz_oxide::deflate::compress_to_vec(bytes, 6))
}

fn base64url(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(A[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// A decoded link's scenario is valid and its own link opens to the same scenario.
fn check_shared(s: &Scenario) {
    s.validate().expect("a decoded link's scenario validates");
    let again = share::encode_with(s, pack);
    if let Ok(fragment) = again {
        assert_eq!(
            share::decode_with(&fragment, unpack).as_ref(),
            Ok(s),
            "link round trip"
        );
    }
}

#[test]
fn share_link_decoder() {
    fuzz("share", |input, rng| {
        let text = String::from_utf8_lossy(input);
        // As typed or pasted; and, to reach the JSON reader, as the payload of both versions.
        let fragment = if text.starts_with('#') || text.starts_with("s=") || rng.chance(3) {
            text.into_owned()
        } else if rng.chance(2) {
            format!("#s=1.{}", base64url(input))
        } else {
            format!("#s=2.{}", base64url(&pack(input).unwrap_or_default()))
        };
        match share::decode_with(&fragment, unpack) {
            Ok(s) => {
                check_shared(&s);
                "ok".into()
            }
            Err(share::ShareError::Invalid(e)) => format!(
                "invalid {}",
                e.errors.first().map(|f| f.path.as_str()).unwrap_or("")
            ),
            Err(e) => shape(&format!("{e:?}")),
        }
    });
}

#[test]
fn json_import() {
    fuzz("import", |input, _| {
        let text = String::from_utf8_lossy(input);
        match parse_import(&text) {
            Ok(s) => {
                s.validate().expect("an imported scenario validates");
                assert_eq!(
                    parse_import(&scenario_json(&s)).as_ref(),
                    Ok(&s),
                    "export then import gives the same scenario"
                );
                "ok".into()
            }
            Err(e) => format!("{} {}", e.path().unwrap_or(""), shape(&e.to_string())),
        }
    });
}

#[test]
fn storage_envelope_migration() {
    fuzz("storage", |input, _| {
        let text = String::from_utf8_lossy(input);
        match storage::decode(Some(&text)) {
            Ok(Some(envelope)) => {
                for stored in &envelope.scenarios {
                    stored
                        .scenario
                        .validate()
                        .expect("stored scenarios validate");
                }
                // What was read is written as the current version and reads back the same.
                let written = serde_json::to_string(&envelope).expect("serializes");
                let again = storage::decode(Some(&written))
                    .expect("the current version reads")
                    .expect("something stored");
                assert_eq!(again.scenarios, envelope.scenarios, "envelope round trip");
                format!("ok {}", envelope.scenarios.len().min(3))
            }
            Ok(None) => "none".into(),
            Err(e) => shape(&format!("{e:?}")),
        }
    });
}

#[test]
fn engine_evaluate() {
    fuzz("engine", |input, rng| {
        let mut text = String::from_utf8_lossy(input).into_owned();
        // Half the time, odd values in the leaves of a scenario that reads.
        if rng.chance(2)
            && let Ok(mut value) = serde_json::from_str::<serde_json::Value>(&text)
        {
            mutate_leaves(&mut value, rng);
            text = value.to_string();
        }
        let Ok(s) = parse_import(&text) else {
            return "unreadable".into();
        };
        match evaluate(&s) {
            Ok(r) => {
                assert_eq!(
                    r.years.len(),
                    s.horizon.years() + 1,
                    "one year result per period"
                );
                let sum: rust_decimal::Decimal = r.years.iter().map(|y| y.costs).sum();
                assert_eq!(
                    sum, r.totals.tco,
                    "the TCO is the sum of the periods' costs"
                );
                format!(
                    "ok {:?} {} {} {}",
                    s.deployment.model,
                    s.horizon.years(),
                    r.totals.irr.is_some(),
                    r.warnings.len().min(4)
                )
            }
            Err(e) => format!(
                "err {:?} {}",
                e.errors.first().map(|f| f.code),
                e.errors.first().map(|f| f.path.as_str()).unwrap_or("")
            ),
        }
    });
}

#[test]
fn typed_numbers() {
    fuzz("numbers", |input, rng| {
        let text = String::from_utf8_lossy(input);
        let locale = Locale::ALL[rng.below(Locale::ALL.len())];
        match parse_number(&text, locale) {
            Ok(v) => {
                let shown = format_input(v, locale);
                assert_eq!(
                    parse_number(&shown, locale).map(|d| d.normalize()),
                    Ok(v.normalize()),
                    "{shown:?} reads back"
                );
                "ok".into()
            }
            Err(e) => format!("{e:?}").chars().take(12).collect(),
        }
    });
}
