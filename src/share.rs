//! Share links: a scenario in the URL fragment, so nothing leaves the browser.
//!
//! A link ends in `#s=2.<payload>`: base64url (no padding) of the raw-deflated compact JSON of
//! only the fields that differ from the defaults — a recursive diff of the two JSON trees, where
//! objects are compared key by key and an array or a scalar that differs is written whole.
//! Version `1.` links (the same JSON, not compressed) are still read, and are still made where a
//! browser cannot compress; the default scenario's `1.` link is `#s=1.e30` (`{}`).
//!
//! This module is pure: framing, versions, bounds, base64 and the JSON diff. Compression is
//! injected: the page uses the browser's `CompressionStream("deflate-raw")` ([`browser`], no
//! compression code in the wasm), native tests and the fuzz targets use `miniz_oxide`.
//!
//! Everything is bounded. A link is never made longer than [`MAX_FRAGMENT`] (the scenario is
//! refused with [`ShareError::TooLargeToShare`] instead), and a longer fragment is refused before
//! anything is decoded; base64 yields at most 3/4 of that in bytes; unpacking stops past
//! [`MAX_JSON`] bytes; serde_json limits the nesting depth. The result is deserialized like a
//! scenario file and validated, so a crafted link gives a [`ShareError`], never a panic or an
//! invalid scenario.

use std::fmt;

use serde_json::{Map, Value};
use truecost_model::{Scenario, ScenarioError};

#[cfg(target_arch = "wasm32")]
pub mod browser;

/// The longest fragment this version makes or reads, in bytes (a valid link is ASCII, so
/// characters). Every link [`frame_link`] makes is at most this long, so every link opens.
pub const MAX_FRAGMENT: usize = 64 * 1024;

/// The most bytes a link's JSON may unpack to; unpacking stops past it. The largest valid
/// scenario (every list at its limit, every name 200 characters of 4-byte UTF-8) is smaller.
pub const MAX_JSON: usize = 1024 * 1024;

/// The fragment's key: `s=`.
const PREFIX: &str = "s=";
/// Codec version of plain links: base64url of the JSON.
const PLAIN: &str = "1";
/// Codec version of packed links: base64url of the raw-deflated JSON.
const PACKED: &str = "2";

/// Why a fragment could not be read as a shared scenario, or a link could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment is not of the form `s=<version>.<payload>`.
    NotAShareLink,
    /// A codec version this build does not know (the text before the dot, cut to 16 characters).
    UnknownVersion(String),
    /// The fragment is longer than [`MAX_FRAGMENT`]; nothing was decoded.
    TooLong {
        /// The fragment's length in bytes.
        len: usize,
        /// [`MAX_FRAGMENT`].
        max: usize,
    },
    /// The payload is not base64url of UTF-8 text or of valid deflate data (often a link cut
    /// short when copied).
    BadEncoding,
    /// The payload unpacks to more than [`MAX_JSON`] bytes; unpacking stopped there.
    TooLargeUnpacked {
        /// [`MAX_JSON`].
        max: usize,
    },
    /// This browser cannot unpack a packed (`2.`) link.
    NoCompression,
    /// The payload is not a JSON object: the parser's message.
    BadJson(String),
    /// The scenario it describes is not valid: every problem, each naming its field.
    Invalid(ScenarioError),
    /// Making a link: even packed, the scenario's link would be longer than [`MAX_FRAGMENT`].
    TooLargeToShare {
        /// The length the link's fragment would have.
        len: usize,
        /// [`MAX_FRAGMENT`].
        max: usize,
    },
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotAShareLink => f.write_str("this is not a CRM TrueCost share link"),
            ShareError::UnknownVersion(v) => write!(
                f,
                "this share link has a format this version does not know (\"{v}\"); \
                 it may come from a newer version of the app"
            ),
            ShareError::TooLong { len, max } => write!(
                f,
                "the share link is too long ({len} characters; at most {max} are read)"
            ),
            ShareError::BadEncoding => {
                f.write_str("the share link is damaged; it may have been cut short when copied")
            }
            ShareError::TooLargeUnpacked { max } => write!(
                f,
                "the share link unpacks to more than any scenario holds (over {max} bytes)"
            ),
            ShareError::NoCompression => {
                f.write_str("this browser cannot unpack compressed share links")
            }
            ShareError::BadJson(m) => write!(f, "the share link is damaged: {m}"),
            ShareError::Invalid(e) => write!(f, "the shared scenario is not valid: {e}"),
            ShareError::TooLargeToShare { len, max } => write!(
                f,
                "the scenario is too large for a link ({len} characters packed; at most {max}); \
                 export it as a file instead"
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// What a fragment carries once its frame is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// A version `1.` link: the JSON itself.
    Plain(Vec<u8>),
    /// A version `2.` link: raw-deflated JSON, to unpack with a bound of [`MAX_JSON`].
    Packed(Vec<u8>),
}

/// Why unpacking (raw inflate) failed; the injected unpacker's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnpackError {
    /// Not valid deflate data, or cut short.
    Corrupt,
    /// More output than the limit; reading stopped.
    OverLimit,
    /// No unpacker here (a browser without `DecompressionStream`).
    Unsupported,
}

impl From<UnpackError> for ShareError {
    fn from(e: UnpackError) -> Self {
        match e {
            UnpackError::Corrupt => ShareError::BadEncoding,
            UnpackError::OverLimit => ShareError::TooLargeUnpacked { max: MAX_JSON },
            UnpackError::Unsupported => ShareError::NoCompression,
        }
    }
}

/// The JSON a link carries for `s`: only what differs from the defaults (`{}` for the defaults).
pub fn patch_json(s: &Scenario) -> String {
    // Serializing a scenario cannot fail (plain structs, string keys); were it to, the payload
    // would be `null`, which decoding rejects rather than opening a wrong scenario.
    let value = to_json_value(s);
    diff(&defaults_v1(), &value)
        .unwrap_or_else(|| Value::Object(Map::new()))
        .to_string()
}

/// The fragment (without `#`) of a link carrying `json`: packed (`s=2.`) when `packed` holds
/// its raw-deflated bytes, else plain (`s=1.`, for a browser that cannot compress). A fragment
/// longer than [`MAX_FRAGMENT`] is never made: [`ShareError::TooLargeToShare`].
pub fn frame_link(json: &str, packed: Option<&[u8]>) -> Result<String, ShareError> {
    let (version, bytes) = match packed {
        Some(bytes) => (PACKED, bytes),
        None => (PLAIN, json.as_bytes()),
    };
    let len = PREFIX.len() + version.len() + 1 + base64url_len(bytes.len());
    if len > MAX_FRAGMENT {
        return Err(ShareError::TooLargeToShare {
            len,
            max: MAX_FRAGMENT,
        });
    }
    let mut out = String::with_capacity(len);
    out.push_str(PREFIX);
    out.push_str(version);
    out.push('.');
    push_base64url(&mut out, bytes);
    Ok(out)
}

/// Reads the frame of a share fragment (with or without the leading `#`): its version and its
/// payload's bytes. Nothing is decoded from a fragment longer than [`MAX_FRAGMENT`].
pub fn unframe(fragment: &str) -> Result<Payload, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong {
            len: fragment.len(),
            max: MAX_FRAGMENT,
        });
    }
    let rest = fragment
        .strip_prefix(PREFIX)
        .ok_or(ShareError::NotAShareLink)?;
    let Some((version, payload)) = rest.split_once('.') else {
        // `s=` with no dot: a link of ours cut before its payload.
        return Err(ShareError::BadEncoding);
    };
    let bytes = || decode_base64url(payload).ok_or(ShareError::BadEncoding);
    match version {
        PLAIN => Ok(Payload::Plain(bytes()?)),
        PACKED => Ok(Payload::Packed(bytes()?)),
        other => Err(ShareError::UnknownVersion(other.chars().take(16).collect())),
    }
}

/// The scenario of a link's JSON (unpacked): the diff applied to the defaults, read by the
/// engine's decoder (`truecost_model::json`) and validated.
pub fn scenario_from_json(bytes: &[u8]) -> Result<Scenario, ShareError> {
    if bytes.len() > MAX_JSON {
        return Err(ShareError::TooLargeUnpacked { max: MAX_JSON });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ShareError::BadEncoding)?;
    let patch: Value =
        serde_json::from_str(text).map_err(|e| ShareError::BadJson(e.to_string()))?;
    if !patch.is_object() {
        return Err(ShareError::BadJson("not a JSON object".into()));
    }
    let mut value = defaults_v1();
    merge(&mut value, patch);
    // The engine's decoder, as for storage and import: one copy of the decoding code.
    let scenario: Scenario = truecost_model::json::decode(&value).map_err(|e| {
        let path = if e.path.is_empty() {
            "scenario".into()
        } else {
            e.path
        };
        ShareError::Invalid(ScenarioError::single(path, e.message))
    })?;
    scenario.validate().map_err(ShareError::Invalid)?;
    Ok(scenario)
}

/// Makes a link's fragment with a synchronous packer (`None` from `pack`: no compression here,
/// a plain link). The page does the same steps asynchronously in [`browser`].
pub fn encode_with(
    s: &Scenario,
    pack: impl FnOnce(&[u8]) -> Option<Vec<u8>>,
) -> Result<String, ShareError> {
    let json = patch_json(s);
    let packed = pack(json.as_bytes());
    frame_link(&json, packed.as_deref())
}

/// Reads a link's fragment with a synchronous unpacker, called with the packed bytes and the
/// output limit [`MAX_JSON`]. The page does the same steps asynchronously in [`browser`].
pub fn decode_with(
    fragment: &str,
    unpack: impl FnOnce(&[u8], usize) -> Result<Vec<u8>, UnpackError>,
) -> Result<Scenario, ShareError> {
    let json = match unframe(fragment)? {
        Payload::Plain(json) => json,
        Payload::Packed(bytes) => unpack(&bytes, MAX_JSON)?,
    };
    scenario_from_json(&json)
}

/// A scenario as a JSON value, through the string serializer (one copy of the scenario's
/// encoding code in the wasm, shared with storage and export).
fn to_json_value(s: &Scenario) -> Value {
    serde_json::to_string(s)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// The defaults that version `1.` and `2.` links are relative to, as JSON.
///
/// Versions 1 and 2 pin the default template of scenario schema 1. Today that is
/// `Scenario::default()`; if the default template ever changes, this function must keep
/// returning the old defaults for `1.` links (a frozen copy of today's JSON), and new links get
/// a new version, or old links would open with different values.
fn defaults_v1() -> Value {
    to_json_value(&Scenario::default())
}

/// What `new` changes in `base`: `None` when equal; objects key by key; anything else whole.
fn diff(base: &Value, new: &Value) -> Option<Value> {
    match (base, new) {
        (Value::Object(base), Value::Object(new)) => {
            let changed: Map<String, Value> = new
                .iter()
                .filter_map(|(key, value)| {
                    let d = match base.get(key) {
                        Some(old) => diff(old, value)?,
                        None => value.clone(),
                    };
                    Some((key.clone(), d))
                })
                .collect();
            (!changed.is_empty()).then_some(Value::Object(changed))
        }
        _ => (base != new).then(|| new.clone()),
    }
}

/// Applies a [`diff`] to `base`: objects merged key by key, anything else replaced (a `null`
/// stays `null`; it does not delete the key).
fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                match base.get_mut(&key) {
                    Some(old) => merge(old, value),
                    None => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (base, patch) => *base = patch,
    }
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The length of the base64url text (no padding) of `n` bytes.
const fn base64url_len(n: usize) -> usize {
    n / 3 * 4 + [0, 2, 3][n % 3]
}

/// Appends base64url of `bytes`, without padding.
fn push_base64url(out: &mut String, bytes: &[u8]) {
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(BASE64URL[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
}

/// The value of one base64url digit.
fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Decodes base64url (trailing `=` padding tolerated); `None` on any other character or an
/// impossible length. The output is at most 3/4 of the input's length.
fn decode_base64url(text: &str) -> Option<Vec<u8>> {
    let digits = text.trim_end_matches('=').as_bytes();
    if digits.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(digits.len() / 4 * 3 + 2);
    for chunk in digits.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= sextet(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

// Native only: the packer is miniz_oxide, a native dev-dependency (the wasm has none).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use truecost_model::{
        AddOn, AddOnBasis, Category, ContactTier, Contacts, Count, CurrencyCode, CustomLine,
        DeploymentModel, Growth, Horizon, Hours, LineKind, Money, Percent, Phase, Quadrant,
        template, template_names,
    };

    /// Raw deflate, as `CompressionStream("deflate-raw")` makes it.
    fn pack(bytes: &[u8]) -> Option<Vec<u8>> {
        Some(miniz_oxide::deflate::compress_to_vec(bytes, 9))
    }

    /// Raw inflate with an output bound, as the page's `DecompressionStream` reader does.
    fn unpack(bytes: &[u8], limit: usize) -> Result<Vec<u8>, UnpackError> {
        use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_with_limit};
        decompress_to_vec_with_limit(bytes, limit).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => UnpackError::OverLimit,
            _ => UnpackError::Corrupt,
        })
    }

    fn encode(s: &Scenario) -> String {
        encode_with(s, pack).expect("fits in a link")
    }

    fn encode_plain(s: &Scenario) -> String {
        encode_with(s, |_| None).expect("fits in a link")
    }

    fn decode(fragment: &str) -> Result<Scenario, ShareError> {
        decode_with(fragment, unpack)
    }

    fn payload_of(json: &str) -> String {
        let mut s = String::from("s=1.");
        push_base64url(&mut s, json.as_bytes());
        s
    }

    fn packed_payload_of(bytes: &[u8]) -> String {
        let mut s = String::from("s=2.");
        push_base64url(&mut s, &pack(bytes).expect("packs"));
        s
    }

    #[test]
    fn base64url_matches_the_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            let mut out = String::new();
            push_base64url(&mut out, plain.as_bytes());
            assert_eq!(out, coded);
            assert_eq!(out.len(), base64url_len(plain.len()));
            assert_eq!(decode_base64url(coded).as_deref(), Some(plain.as_bytes()));
        }
        let mut out = String::new();
        push_base64url(&mut out, &[0xfb, 0xff, 0xbf]);
        assert_eq!(out, "-_-_");
        assert_eq!(decode_base64url("Zm9vYg=="), Some(b"foob".to_vec()));
        assert_eq!(decode_base64url("Zm9vY"), None);
        assert_eq!(decode_base64url("Zm+v"), None);
        assert_eq!(decode_base64url("Zm9v\n"), None);
    }

    #[test]
    fn the_default_scenario_is_a_tiny_link() {
        let link = encode(&Scenario::default());
        println!("default scenario: {} chars: #{link}", link.len() + 1);
        assert!(link.starts_with("s=2.") && link.len() < 12, "{link}");
        assert_eq!(decode(&link), Ok(Scenario::default()));
        assert_eq!(decode(&format!("#{link}")), Ok(Scenario::default()));
        // Where the browser cannot compress, the plain link of version 1.
        assert_eq!(encode_plain(&Scenario::default()), "s=1.e30");
    }

    /// The simulation's trials and seed travel in the link (so the recipient sees the same
    /// percentiles); while they are the defaults they add nothing to it.
    #[test]
    fn simulation_settings_travel_in_the_link() {
        let mut s = Scenario::default();
        s.simulation.seed = 424_242;
        s.simulation.trials = 2_500;
        for link in [encode(&s), encode_plain(&s)] {
            let back = decode(&link).expect("opens");
            assert_eq!(back.simulation, s.simulation, "{link}");
            assert_eq!(back, s);
        }
        assert!(!patch_json(&Scenario::default()).contains("simulation"));
        assert!(patch_json(&s).contains("\"simulation\":{"));
    }

    /// Links made by the previous version (`1.`, plain) still open.
    #[test]
    fn old_plain_links_still_open() {
        assert_eq!(decode("s=1.e30"), Ok(Scenario::default()));
        assert_eq!(decode("#s=1.e30"), Ok(Scenario::default()));
        for name in template_names() {
            let scenario = template(name).expect("template");
            let old = payload_of(&patch_json(&scenario));
            assert_eq!(decode(&old), Ok(scenario.clone()), "{name}");
            assert_eq!(encode_plain(&scenario), old);
        }
        // A link from the old app, written out literally: users = 33.
        let old = payload_of(r#"{"organisation":{"users":33}}"#);
        assert_eq!(old, "s=1.eyJvcmdhbmlzYXRpb24iOnsidXNlcnMiOjMzfX0");
        assert_eq!(decode(&old).expect("opens").organisation.users.get(), 33);
    }

    #[test]
    fn every_template_round_trips_in_a_short_link() {
        for name in template_names() {
            let scenario = template(name).expect("template");
            let link = encode(&scenario);
            let plain = encode_plain(&scenario);
            println!(
                "template {name}: {} chars packed, {} plain",
                link.len() + 1,
                plain.len() + 1
            );
            if *name != "default" {
                assert!(link.len() < plain.len() / 2, "{name}: packing halves it");
            }
            assert!(
                link.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"=.-_".contains(&b))
            );
            assert_eq!(decode(&link), Ok(scenario.clone()), "{name}");
            assert_eq!(decode(&plain), Ok(scenario), "{name}");
        }
    }

    /// A deterministic name of exactly `chars` characters of words in three scripts, as people
    /// write line names (not random letters).
    fn wordy_name(seed: usize, chars: usize) -> String {
        const WORDS: &[&str] = &[
            "licence",
            "renewal",
            "audit",
            "integration",
            "data",
            "migration",
            "training",
            "support",
            "premium",
            "hosting",
            "backup",
            "security",
            "review",
            "consulting",
            "Vendor",
            "Q3",
            "2027",
            "phase",
            "云服务",
            "年度",
            "维护费",
            "数据迁移",
            "培训",
            "ค่าบริการ",
            "รายปี",
            "การย้ายข้อมูล",
            "ที่ปรึกษา",
            "—",
            "(EU)",
            "#12",
        ];
        let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(12_345);
        let mut out = String::new();
        while out.chars().count() < chars {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            out.push_str(WORDS[(state >> 33) % WORDS.len()]);
            out.push(' ');
        }
        out.chars().take(chars).collect()
    }

    /// The documented limits at once: 100 custom lines of 11 amounts and 50 add-ons, all with
    /// 200-character names, 50 contact tiers, 100 project activities, a 200-character name.
    pub(crate) fn at_the_limits(name: impl Fn(usize) -> String) -> Scenario {
        // The limits of `Scenario::validate` (docs/scenario-format.md); checked below.
        const MAX_CUSTOM_LINES: usize = 100;
        const MAX_ADD_ONS: usize = 50;
        const MAX_TIERS: usize = 50;
        const MAX_ACTIVITIES: usize = 100;
        const MAX_NAME_CHARS: usize = 200;
        let mut s = template("mid-size-on-premise").expect("template");
        s.name = name(0);
        s.horizon = Horizon::new(10).expect("horizon");
        s.custom_lines = (0..MAX_CUSTOM_LINES)
            .map(|i| CustomLine {
                name: name(i + 1),
                kind: if i % 3 == 0 {
                    LineKind::Benefit
                } else {
                    LineKind::Cost
                },
                category: Category::ALL[i % Category::ALL.len()],
                quadrant: Quadrant::HiddenMoney,
                phase: Phase::Operation,
                amounts: (0..11)
                    .map(|p| {
                        Money::new(Decimal::new((i * 7919 + p * 104_729) as i64, 2)).expect("m")
                    })
                    .collect(),
                risk: Some(Percent::new(Decimal::new((i % 100) as i64, 2)).expect("risk")),
            })
            .collect();
        s.pricing.add_ons = (0..MAX_ADD_ONS)
            .map(|i| AddOn {
                name: name(1000 + i),
                basis: if i % 2 == 0 {
                    AddOnBasis::PerSeat
                } else {
                    AddOnBasis::Flat
                },
                price_per_month: Money::new(Decimal::new((i * 313 + 99) as i64, 2)).expect("m"),
                hidden: i % 2 == 1,
            })
            .collect();
        s.pricing.contact_tiers = (0..MAX_TIERS)
            .map(|i| ContactTier {
                up_to: Contacts::new(1_000 * (i as u64 + 1)).expect("up_to"),
                price_per_month: Money::new(Decimal::new(i as i64 * 1_250 + 50, 1)).expect("m"),
            })
            .collect();
        let activities = s.project.activities.clone();
        s.project.activities = (0..MAX_ACTIVITIES)
            .map(|i| {
                let mut a = activities[i % activities.len()].clone();
                a.fee = Money::new(Decimal::new(i as i64 * 1_000 + 7, 0)).expect("fee");
                a
            })
            .collect();
        assert!(s.name.chars().count() == MAX_NAME_CHARS);
        s.validate().expect("the scenario at the limits is valid");
        // ... and they are the limits: one more of anything is refused.
        let mut over = s.clone();
        over.custom_lines.push(over.custom_lines[0].clone());
        assert!(over.validate().is_err());
        let mut over = s.clone();
        over.name.push('x');
        assert!(over.validate().is_err());
        s
    }

    /// Finding 6: a valid scenario at the documented limits made a 77 kB link that then did not
    /// open. Now the link is packed, fits, and opens.
    #[test]
    fn a_scenario_at_the_documented_limits_makes_a_link_that_opens() {
        let s = at_the_limits(|i| wordy_name(i, 200));
        let plain = patch_json(&s);
        let link = encode(&s);
        println!(
            "scenario at the limits: JSON {} bytes, link {} chars (limit {MAX_FRAGMENT})",
            plain.len(),
            link.len() + 1
        );
        assert!(link.len() <= MAX_FRAGMENT);
        assert_eq!(decode(&link), Ok(s.clone()));
        // Uncompressed it would not fit: that was the bug.
        assert!(matches!(
            encode_with(&s, |_| None),
            Err(ShareError::TooLargeToShare { .. })
        ));
    }

    /// A scenario that does not fit even packed is refused when the link is made, with the
    /// size; a link is never made that would then be refused.
    #[test]
    fn a_scenario_that_cannot_fit_is_refused_at_sharing() {
        // Names that do not compress: pseudo-random letters from a large alphabet.
        let noise = |i: usize| -> String {
            let mut state = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
            (0..200)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    char::from_u32(0x4E00 + (state % 20_000) as u32).unwrap_or('x')
                })
                .collect()
        };
        let s = at_the_limits(noise);
        match encode_with(&s, pack) {
            Err(ShareError::TooLargeToShare { len, max }) => {
                assert!(len > max && max == MAX_FRAGMENT, "{len}");
                println!("incompressible scenario at the limits: {len} chars, refused");
            }
            other => panic!("expected TooLargeToShare, got {other:?}"),
        }
        // frame_link refuses exactly past the limit and accepts exactly at it.
        let fits = vec![0u8; (MAX_FRAGMENT - 4) / 4 * 3];
        assert_eq!(
            frame_link("", Some(&fits)).expect("fits").len(),
            MAX_FRAGMENT
        );
        let over = vec![0u8; fits.len() + 1];
        assert!(matches!(
            frame_link("", Some(&over)),
            Err(ShareError::TooLargeToShare { .. })
        ));
    }

    fn heavily_edited() -> Scenario {
        let mut s = template("mid-size-on-premise").expect("template");
        s.name = "Vendor B, \"pilot\" — 中文 ไทย 🚀".into();
        s.currency = CurrencyCode::new("THB").expect("code");
        s.horizon = Horizon::new(10).expect("horizon");
        s.deployment.model = DeploymentModel::Hybrid;
        s.organisation.users = Count::new(1_000_000).expect("users");
        s.organisation.user_growth = Growth::new(Decimal::new(-99, 2)).expect("growth");
        s.pricing.contact_tiers = vec![
            ContactTier {
                up_to: Contacts::new(1_000).expect("up_to"),
                price_per_month: Money::new(Decimal::new(1999, 2)).expect("price"),
            },
            ContactTier {
                up_to: Contacts::new(10_000_000_000).expect("up_to"),
                price_per_month: Money::new(Decimal::new(1_000_000_000_000, 0)).expect("price"),
            },
        ];
        s.pricing.add_ons = vec![AddOn {
            name: "AI".into(),
            basis: AddOnBasis::PerSeat,
            price_per_month: Money::new(Decimal::new(123_456_789_012, 12)).expect("price"),
            hidden: true,
        }];
        s.benefits.adoption = vec![Percent::new(Decimal::new(5, 1)).expect("pct"); 10];
        s.custom_lines = vec![CustomLine {
            name: "Audit".into(),
            kind: LineKind::Cost,
            category: Category::SecurityCompliance,
            quadrant: Quadrant::HiddenMoney,
            phase: Phase::Discovery,
            amounts: vec![Money::new(Decimal::new(100, 0)).expect("amount"); 11],
            risk: Some(Percent::new(Decimal::ONE).expect("risk")),
        }];
        s.operations.downtime.outage_hours_per_year =
            Hours::new(Decimal::new(1_000_000, 0)).expect("hours");
        s.finance.benefit_risk = Percent::new(Decimal::new(25, 2)).expect("risk");
        s
    }

    #[test]
    fn a_heavily_edited_scenario_round_trips() {
        let s = heavily_edited();
        s.validate().expect("the test scenario is valid");
        let link = encode(&s);
        println!("heavily edited scenario: {} chars with '#'", link.len() + 1);
        assert_eq!(decode(&link), Ok(s.clone()));
        assert_eq!(decode(&encode_plain(&s)), Ok(s));
    }

    #[test]
    fn a_truncated_link_is_refused() {
        let s = heavily_edited();
        for link in [encode(&s), encode_plain(&s)] {
            let mut refused = 0;
            for cut in 0..link.len() {
                match decode(&link[..cut]) {
                    Ok(_) => {}
                    Err(
                        ShareError::NotAShareLink
                        | ShareError::BadEncoding
                        | ShareError::BadJson(_),
                    ) => refused += 1,
                    Err(e) => panic!("cut at {cut}: unexpected {e:?}"),
                }
            }
            // Every cut after the prefix damages the data, and every cut is refused.
            assert_eq!(refused, link.len(), "{link}");
        }
    }

    #[test]
    fn garbage_is_refused() {
        assert_eq!(decode(""), Err(ShareError::NotAShareLink));
        assert_eq!(decode("#"), Err(ShareError::NotAShareLink));
        assert_eq!(decode("#section-2"), Err(ShareError::NotAShareLink));
        assert_eq!(decode("s=1"), Err(ShareError::BadEncoding));
        assert_eq!(decode("s=2"), Err(ShareError::BadEncoding));
        assert_eq!(decode("s=1.!!!!"), Err(ShareError::BadEncoding));
        assert_eq!(decode("s=2.!!!!"), Err(ShareError::BadEncoding));
        assert_eq!(decode("s=1.%7B%7D"), Err(ShareError::BadEncoding));
        // Valid base64url, not UTF-8.
        assert_eq!(decode("s=1.__8"), Err(ShareError::BadEncoding));
        // Valid base64url, not deflate data.
        assert_eq!(decode("s=2.____"), Err(ShareError::BadEncoding));
        assert_eq!(decode("s=2."), Err(ShareError::BadEncoding));
        assert!(matches!(
            decode(&payload_of("not json")),
            Err(ShareError::BadJson(_))
        ));
        assert!(matches!(
            decode(&packed_payload_of(b"not json")),
            Err(ShareError::BadJson(_))
        ));
        assert!(matches!(
            decode(&payload_of("[1,2]")),
            Err(ShareError::BadJson(_))
        ));
        assert!(matches!(
            decode(&packed_payload_of(b"[]")),
            Err(ShareError::BadJson(_))
        ));
        assert_eq!(
            decode(&packed_payload_of(b"\xff\xfe{}")),
            Err(ShareError::BadEncoding)
        );
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(
            decode(&payload_of(&format!("{{\"a\":{deep}}}"))),
            Err(ShareError::BadJson(_))
        ));
    }

    /// A small link that unpacks to gigabytes (a "zip bomb") stops at the bound.
    #[test]
    fn unpacking_stops_at_the_bound() {
        let bomb = vec![b' '; 20 * MAX_JSON];
        let link = packed_payload_of(&bomb);
        println!(
            "{} MB of blanks packs into {} chars",
            bomb.len() >> 20,
            link.len()
        );
        assert!(link.len() < MAX_FRAGMENT);
        assert_eq!(
            decode(&link),
            Err(ShareError::TooLargeUnpacked { max: MAX_JSON })
        );
        // The unpacker is asked for at most MAX_JSON bytes.
        let asked = std::cell::Cell::new(0);
        let _ = decode_with(&link, |bytes, limit| {
            asked.set(limit);
            unpack(bytes, limit)
        });
        assert_eq!(asked.get(), MAX_JSON);
        // A plain JSON of exactly the bound is read; one byte more is not.
        let mut json = vec![b' '; MAX_JSON - 2];
        json.extend_from_slice(b"{}");
        assert_eq!(scenario_from_json(&json), Ok(Scenario::default()));
        json.insert(0, b' ');
        assert_eq!(
            scenario_from_json(&json),
            Err(ShareError::TooLargeUnpacked { max: MAX_JSON })
        );
    }

    #[test]
    fn a_browser_without_decompression_says_so() {
        let link = encode(&heavily_edited());
        assert_eq!(
            decode_with(&link, |_, _| Err(UnpackError::Unsupported)),
            Err(ShareError::NoCompression)
        );
        // Plain links need no unpacker.
        let plain = encode_plain(&heavily_edited());
        assert_eq!(
            decode_with(&plain, |_, _| panic!("no unpacking for a plain link")),
            Ok(heavily_edited())
        );
    }

    #[test]
    fn an_unknown_version_is_named() {
        assert_eq!(
            decode("s=3.e30"),
            Err(ShareError::UnknownVersion("3".into()))
        );
        let long = format!("s={}.e30", "9".repeat(100));
        assert_eq!(
            decode(&long),
            Err(ShareError::UnknownVersion("9".repeat(16)))
        );
    }

    #[test]
    fn an_oversized_link_is_refused_before_decoding() {
        for version in ["1", "2"] {
            let long = format!("#s={version}.{}", "A".repeat(MAX_FRAGMENT));
            assert_eq!(
                decode_with(&long, |_, _| panic!("nothing is unpacked")),
                Err(ShareError::TooLong {
                    len: MAX_FRAGMENT + 4,
                    max: MAX_FRAGMENT
                })
            );
        }
        // Exactly at the limit it is decoded (and found to be damaged, not too long).
        let at_limit = format!("s=1.{}", "A".repeat(MAX_FRAGMENT - 4));
        assert!(matches!(decode(&at_limit), Err(ShareError::BadJson(_))));
    }

    #[test]
    fn an_invalid_value_is_reported_with_its_field() {
        let Err(ShareError::Invalid(e)) = decode(&payload_of(r#"{"horizon":99}"#)) else {
            panic!("expected Invalid");
        };
        assert_eq!(e.errors[0].path, "horizon");
        let Err(ShareError::Invalid(e)) =
            decode(&packed_payload_of(br#"{"organisation":{"users":"many"}}"#))
        else {
            panic!("expected Invalid");
        };
        assert_eq!(e.errors[0].path, "organisation.users");
        // Valid values that break a cross-field rule (validate()).
        let Err(ShareError::Invalid(e)) =
            decode(&payload_of(r#"{"pricing":{"minimum_term_years":0}}"#))
        else {
            panic!("expected Invalid");
        };
        assert_eq!(e.errors[0].path, "pricing.minimum_term_years");
        assert!(matches!(
            decode(&payload_of(r#"{"schema_version":2}"#)),
            Err(ShareError::Invalid(_))
        ));
        assert!(matches!(
            decode(&payload_of(r#"{"organisation":5}"#)),
            Err(ShareError::Invalid(_))
        ));
    }

    #[test]
    fn a_null_in_the_diff_is_kept() {
        let mut s = Scenario {
            custom_lines: heavily_edited().custom_lines,
            ..Scenario::default()
        };
        s.custom_lines[0].risk = None;
        s.custom_lines[0].amounts.truncate(6);
        assert_eq!(decode(&encode(&s)), Ok(s));
    }

    #[test]
    fn errors_read_as_sentences() {
        for e in [
            ShareError::NotAShareLink,
            ShareError::UnknownVersion("7".into()),
            ShareError::TooLong {
                len: 40_000,
                max: MAX_FRAGMENT,
            },
            ShareError::BadEncoding,
            ShareError::TooLargeUnpacked { max: MAX_JSON },
            ShareError::NoCompression,
            ShareError::BadJson("EOF".into()),
            ShareError::Invalid(ScenarioError::single(
                "horizon",
                "must be between 1 and 10 years",
            )),
            ShareError::TooLargeToShare {
                len: 70_000,
                max: MAX_FRAGMENT,
            },
        ] {
            let text = e.to_string();
            assert!(text.starts_with(|c: char| c.is_lowercase()), "{text}");
        }
    }

    mod property {
        use super::*;
        use proptest::prelude::*;

        fn decimal(max_units: i64) -> impl Strategy<Value = Decimal> {
            (0..=max_units, 0u32..=6).prop_map(|(units, scale)| Decimal::new(units, scale))
        }

        prop_compose! {
            fn edited()(
                t in 0..template_names().len(),
                users in 0u64..=1_000_000,
                horizon in 1u64..=10,
                seat in decimal(1_000_000_000_000),
                discount in 0i64..=1_000_000,
                growth in -99i64..=100,
                hours in decimal(1_000_000),
                contacts in 0u64..=10_000_000_000,
                term in 1u8..=10,
                adoption in prop::collection::vec(0i64..=100, 0..=10),
            ) -> Scenario {
                let mut s = template(template_names()[t]).expect("template");
                s.organisation.users = Count::new(users).expect("users");
                s.horizon = Horizon::new(horizon).expect("horizon");
                s.pricing.seat_price_per_month = Money::new(seat).expect("money");
                s.finance.discount_rate = Percent::new(Decimal::new(discount, 6)).expect("pct");
                s.organisation.user_growth = Growth::new(Decimal::new(growth, 2)).expect("growth");
                s.training.hours_per_user = Hours::new(hours).expect("hours");
                s.pricing.contacts = Contacts::new(contacts).expect("contacts");
                s.pricing.minimum_term_years = term;
                s.benefits.adoption = adoption
                    .into_iter()
                    .map(|p| Percent::new(Decimal::new(p, 2)).expect("pct"))
                    .collect();
                s
            }
        }

        proptest! {
            #[test]
            fn numeric_edits_round_trip_exactly(s in edited()) {
                for link in [encode(&s), encode_plain(&s)] {
                    let back = decode(&link).expect("decodes");
                    // Equal values, and the same text (scale included) when written again.
                    prop_assert_eq!(
                        serde_json::to_string(&back).expect("json"),
                        serde_json::to_string(&s).expect("json")
                    );
                    prop_assert_eq!(back, s.clone());
                }
            }

            #[test]
            fn any_text_never_panics(text in "\\PC{0,300}") {
                let _ = decode(&text);
                let _ = decode(&format!("s=1.{text}"));
                let _ = decode(&format!("s=2.{text}"));
            }

            #[test]
            fn any_base64url_payload_never_panics(payload in "[A-Za-z0-9_-]{0,400}") {
                let _ = decode(&format!("#s=1.{payload}"));
                let _ = decode(&format!("#s=2.{payload}"));
            }

            #[test]
            fn any_json_object_never_panics(json in "\\{[\"a-z0-9:,\\[\\]{}.-]{0,200}\\}") {
                let _ = decode(&payload_of(&json));
                let _ = decode(&packed_payload_of(json.as_bytes()));
            }
        }
    }
}
