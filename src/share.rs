//! Share links: a scenario in the URL fragment, so nothing leaves the browser.
//!
//! A link ends in `#s=1.<payload>`. The payload is base64url (no padding) of the compact JSON of
//! only the fields that differ from the defaults: a recursive diff of the two JSON trees, where
//! objects are compared key by key and an array or a scalar that differs is written whole. The
//! default scenario is `#s=1.e30` (`{}`).
//!
//! Decoding is bounded: a fragment longer than [`MAX_FRAGMENT`] is refused before anything is
//! decoded, base64 yields at most 3/4 of that in bytes, and serde_json limits the nesting depth.
//! The result is deserialized like a scenario file and validated, so a crafted link gives a
//! [`ShareError`], never a panic or an invalid scenario.

use std::fmt;

use serde_json::{Map, Value};
use truecost_model::{Scenario, ScenarioError};

/// The longest fragment [`decode`] accepts, in bytes (a valid link is ASCII, so characters).
pub const MAX_FRAGMENT: usize = 32 * 1024;

/// The fragment's key and the codec version: `s=1.`.
const PREFIX: &str = "s=";
const VERSION: &str = "1";

/// Why a fragment could not be read as a shared scenario.
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
    /// The payload is not base64url of UTF-8 text (often a link cut short when copied).
    BadEncoding,
    /// The payload is not a JSON object: the parser's message.
    BadJson(String),
    /// The scenario it describes is not valid: every problem, each naming its field.
    Invalid(ScenarioError),
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
            ShareError::BadJson(m) => write!(f, "the share link is damaged: {m}"),
            ShareError::Invalid(e) => write!(f, "the shared scenario is not valid: {e}"),
        }
    }
}

impl std::error::Error for ShareError {}

/// The share fragment of `s`, without the `#`: `s=1.` and the payload.
pub fn encode(s: &Scenario) -> String {
    // Serializing a scenario cannot fail (plain structs, string keys); were it to, the payload
    // would be `null`, which `decode` rejects rather than opening a wrong scenario.
    let value = to_json_value(s);
    let patch = diff(&defaults_v1(), &value).unwrap_or_else(|| Value::Object(Map::new()));
    let mut out = format!("{PREFIX}{VERSION}.");
    push_base64url(&mut out, patch.to_string().as_bytes());
    out
}

/// Reads a share fragment, with or without the leading `#`.
pub fn decode(fragment: &str) -> Result<Scenario, ShareError> {
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
    if version != VERSION {
        return Err(ShareError::UnknownVersion(
            version.chars().take(16).collect(),
        ));
    }
    let bytes = decode_base64url(payload).ok_or(ShareError::BadEncoding)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| ShareError::BadEncoding)?;
    let patch: Value =
        serde_json::from_str(text).map_err(|e| ShareError::BadJson(e.to_string()))?;
    if !patch.is_object() {
        return Err(ShareError::BadJson("not a JSON object".into()));
    }
    let mut value = defaults_v1();
    merge(&mut value, patch);
    // Read through the same (string) deserializer as storage and import: one copy of the
    // scenario's decoding code in the wasm.
    let merged = value.to_string();
    let scenario: Scenario = serde_json::from_str(&merged).map_err(|e| {
        let (path, message) = crate::json_error::field_error(&merged, &e);
        let path = if path.is_empty() {
            "scenario".into()
        } else {
            path
        };
        ShareError::Invalid(ScenarioError::single(path, message))
    })?;
    scenario.validate().map_err(ShareError::Invalid)?;
    Ok(scenario)
}

/// A scenario as a JSON value, through the string serializer (one copy of the scenario's
/// encoding code in the wasm, shared with storage and export).
fn to_json_value(s: &Scenario) -> Value {
    serde_json::to_string(s)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// The defaults that version `1.` links are relative to, as JSON.
///
/// Version 1 pins the default template of scenario schema 1. Today that is
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

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use truecost_model::{
        AddOn, AddOnBasis, Category, ContactTier, Contacts, Count, CurrencyCode, CustomLine,
        DeploymentModel, Growth, Horizon, Hours, LineKind, Money, Percent, Phase, Quadrant,
        template, template_names,
    };

    fn payload_of(json: &str) -> String {
        let mut s = String::from("s=1.");
        push_base64url(&mut s, json.as_bytes());
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
        assert_eq!(link, "s=1.e30");
        assert_eq!(decode(&link), Ok(Scenario::default()));
        assert_eq!(decode(&format!("#{link}")), Ok(Scenario::default()));
    }

    #[test]
    fn every_template_round_trips_in_a_short_link() {
        for name in template_names() {
            let scenario = template(name).expect("template");
            let link = encode(&scenario);
            println!("template {name}: {} chars with '#'", link.len() + 1);
            // No compression: list edits are written whole, so the templates' project activities
            // dominate (about 1 kB of JSON each).
            assert!(link.len() < 4000, "{name}: {} chars", link.len());
            assert!(
                link.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"=.-_".contains(&b))
            );
            assert_eq!(decode(&link), Ok(scenario), "{name}");
        }
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
        assert_eq!(decode(&link), Ok(s));
    }

    #[test]
    fn a_truncated_link_is_refused() {
        let link = encode(&heavily_edited());
        let mut refused = 0;
        for cut in 0..link.len() {
            match decode(&link[..cut]) {
                Ok(_) => {}
                Err(
                    ShareError::NotAShareLink | ShareError::BadEncoding | ShareError::BadJson(_),
                ) => refused += 1,
                Err(e) => panic!("cut at {cut}: unexpected {e:?}"),
            }
        }
        // Every cut after the prefix damages the JSON, and every cut is refused.
        assert_eq!(refused, link.len());
    }

    #[test]
    fn garbage_is_refused() {
        assert_eq!(decode(""), Err(ShareError::NotAShareLink));
        assert_eq!(decode("#"), Err(ShareError::NotAShareLink));
        assert_eq!(decode("#section-2"), Err(ShareError::NotAShareLink));
        assert_eq!(decode("s=1"), Err(ShareError::BadEncoding));
        assert_eq!(decode("s=1.!!!!"), Err(ShareError::BadEncoding));
        assert_eq!(decode("s=1.%7B%7D"), Err(ShareError::BadEncoding));
        // Valid base64url, not UTF-8.
        assert_eq!(decode("s=1.__8"), Err(ShareError::BadEncoding));
        assert!(matches!(
            decode(&payload_of("not json")),
            Err(ShareError::BadJson(_))
        ));
        assert!(matches!(
            decode(&payload_of("[1,2]")),
            Err(ShareError::BadJson(_))
        ));
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(
            decode(&payload_of(&format!("{{\"a\":{deep}}}"))),
            Err(ShareError::BadJson(_))
        ));
    }

    #[test]
    fn an_unknown_version_is_named() {
        assert_eq!(
            decode("s=2.e30"),
            Err(ShareError::UnknownVersion("2".into()))
        );
        let long = format!("s={}.e30", "9".repeat(100));
        assert_eq!(
            decode(&long),
            Err(ShareError::UnknownVersion("9".repeat(16)))
        );
    }

    #[test]
    fn an_oversized_link_is_refused_before_decoding() {
        let long = format!("#s=1.{}", "A".repeat(MAX_FRAGMENT));
        assert_eq!(
            decode(&long),
            Err(ShareError::TooLong {
                len: MAX_FRAGMENT + 4,
                max: MAX_FRAGMENT
            })
        );
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
            decode(&payload_of(r#"{"organisation":{"users":"many"}}"#))
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
            ShareError::BadJson("EOF".into()),
            ShareError::Invalid(ScenarioError::single(
                "horizon",
                "must be between 1 and 10 years",
            )),
        ] {
            let text = e.to_string();
            assert!(text.starts_with(|c: char| c.is_lowercase()), "{text}");
        }
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
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
                let link = encode(&s);
                let back = decode(&link).expect("decodes");
                // Equal values, and the same text (scale included) when written again.
                prop_assert_eq!(
                    serde_json::to_string(&back).expect("json"),
                    serde_json::to_string(&s).expect("json")
                );
                prop_assert_eq!(back, s);
            }

            #[test]
            fn any_text_never_panics(text in "\\PC{0,300}") {
                let _ = decode(&text);
                let _ = decode(&format!("s=1.{text}"));
            }

            #[test]
            fn any_base64url_payload_never_panics(payload in "[A-Za-z0-9_-]{0,400}") {
                let _ = decode(&format!("#s=1.{payload}"));
            }

            #[test]
            fn any_json_object_never_panics(json in "\\{[\"a-z0-9:,\\[\\]{}.-]{0,200}\\}") {
                let _ = decode(&payload_of(&json));
            }
        }
    }
}
