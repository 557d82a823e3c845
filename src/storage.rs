//! The app's state in the browser's localStorage: one versioned envelope under one key.
//!
//! The envelope holds every saved scenario (with its id and timestamps) and the settings (the
//! language, the scenario last opened). Reading never fails the app and never loses data: a
//! value that cannot be read (corrupt, or written by a newer version) is copied to a backup key
//! before anything is written, and the app starts on defaults and says so. An older envelope is
//! migrated step by step ([`decode`]). Decoding is pure and tested natively; only `load` and
//! `save` touch the browser.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use truecost_model::Scenario;

/// The localStorage key of the envelope.
pub const STORAGE_KEY: &str = "crm-truecost";
/// Where an unreadable envelope is kept, untouched.
pub const BACKUP_KEY: &str = "crm-truecost.backup";
/// The version of the envelope this build writes.
pub const SCHEMA_VERSION: u32 = 2;

/// The id of the scenario a fresh envelope (or a migrated version 1 envelope) starts with.
pub const DEFAULT_ID: &str = "default";

/// Everything the app keeps in localStorage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// Format version of this envelope ([`SCHEMA_VERSION`] when written by this build).
    pub schema_version: u32,
    /// The saved scenarios, in the order they were created.
    pub scenarios: Vec<StoredScenario>,
    /// The language and the scenario last opened.
    #[serde(default)]
    pub settings: Settings,
}

/// One saved scenario with its id and timestamps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredScenario {
    /// A short, URL-safe id, unique within the envelope (see [`new_id`]).
    pub id: String,
    /// The scenario itself.
    pub scenario: Scenario,
    /// When it was created, in milliseconds since the Unix epoch (JS `Date.now()`).
    #[serde(default)]
    pub created_ms: u64,
    /// When it was last changed, in milliseconds since the Unix epoch.
    #[serde(default)]
    pub updated_ms: u64,
}

/// Settings kept with the scenarios.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The interface language chosen by the user (a BCP 47 tag), if they chose one.
    pub locale: Option<String>,
    /// The id of the scenario opened last, restored on the next visit.
    pub last_open: Option<String>,
}

impl Default for Envelope {
    /// One scenario, the default template, with id [`DEFAULT_ID`], opened.
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            scenarios: vec![StoredScenario {
                id: DEFAULT_ID.to_owned(),
                scenario: Scenario::default(),
                created_ms: 0,
                updated_ms: 0,
            }],
            settings: Settings {
                locale: None,
                last_open: Some(DEFAULT_ID.to_owned()),
            },
        }
    }
}

impl Envelope {
    /// The scenario with this id.
    pub fn get(&self, id: &str) -> Option<&StoredScenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// The scenario with this id, for editing.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut StoredScenario> {
        self.scenarios.iter_mut().find(|s| s.id == id)
    }

    /// The scenario to open: the one last opened if it still exists, else the first one.
    /// `None` only when there are no scenarios.
    pub fn open_scenario(&self) -> Option<&StoredScenario> {
        self.settings
            .last_open
            .as_deref()
            .and_then(|id| self.get(id))
            .or_else(|| self.scenarios.first())
    }

    /// Replaces the scenario with the same id, or appends it.
    pub fn upsert(&mut self, stored: StoredScenario) {
        match self.get_mut(&stored.id) {
            Some(slot) => *slot = stored,
            None => self.scenarios.push(stored),
        }
    }

    /// Removes and returns the scenario with this id (keep it to undo the delete).
    pub fn remove(&mut self, id: &str) -> Option<StoredScenario> {
        let index = self.scenarios.iter().position(|s| s.id == id)?;
        Some(self.scenarios.remove(index))
    }
}

/// A new scenario id: the time in base 36 followed by four base-36 digits of `salt` (a random
/// number from the caller), e.g. `"m3x1q2c80a1b"`. URL-safe; two ids collide only when made in
/// the same millisecond with salts equal modulo 36⁴.
pub fn new_id(now_ms: u64, salt: u32) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    fn push_base36(out: &mut Vec<u8>, mut n: u64, min_width: usize) {
        let start = out.len();
        while n > 0 || out.len() - start < min_width.max(1) {
            out.push(DIGITS[(n % 36) as usize]);
            n /= 36;
        }
        out[start..].reverse();
    }
    let mut out = Vec::with_capacity(16);
    push_base36(&mut out, now_ms, 1);
    push_base36(&mut out, u64::from(salt) % 36u64.pow(4), 4);
    // Only ASCII digits were pushed.
    String::from_utf8(out).unwrap_or_default()
}

/// Why a stored envelope was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Written by a newer version of the app (its `schema_version`).
    Newer(u32),
    /// Not readable: the parser's message.
    Unreadable(String),
}

/// One migration step: the envelope of version `n` (as JSON) to version `n + 1`.
type Step = fn(Map<String, Value>) -> Result<Map<String, Value>, String>;

/// `STEPS[i]` migrates version `i + 1` to `i + 2`; a new version adds a step here.
const STEPS: [Step; 1] = [v1_to_v2];
const _: () = assert!(STEPS.len() + 1 == SCHEMA_VERSION as usize);

/// Version 1 held one scenario and the locale:
/// `{"schema_version":1,"scenario":{…},"locale":"th"}`. It becomes the scenario
/// [`DEFAULT_ID`] (times 0), opened, with the same locale.
fn v1_to_v2(mut v1: Map<String, Value>) -> Result<Map<String, Value>, String> {
    let scenario = v1
        .remove("scenario")
        .ok_or("version 1 envelope without a scenario")?;
    let locale = v1.remove("locale").unwrap_or(Value::Null);
    let stored = serde_json::json!({
        "id": DEFAULT_ID,
        "scenario": scenario,
        "created_ms": 0,
        "updated_ms": 0,
    });
    let mut v2 = Map::new();
    v2.insert("schema_version".into(), 2.into());
    v2.insert("scenarios".into(), Value::Array(vec![stored]));
    v2.insert(
        "settings".into(),
        serde_json::json!({ "locale": locale, "last_open": DEFAULT_ID }),
    );
    Ok(v2)
}

/// Reads a stored envelope. `Ok(None)` when there is nothing stored.
///
/// An older version is migrated to [`SCHEMA_VERSION`]; a newer one is
/// [`LoadProblem::Newer`]; unreadable JSON, a missing version, or any scenario that fails
/// [`Scenario::validate`] is [`LoadProblem::Unreadable`].
pub fn decode(raw: Option<&str>) -> Result<Option<Envelope>, LoadProblem> {
    let Some(raw) = raw else { return Ok(None) };
    let unreadable = |message: String| LoadProblem::Unreadable(message);
    let Value::Object(mut value) =
        serde_json::from_str(raw).map_err(|e| unreadable(e.to_string()))?
    else {
        return Err(unreadable("not a JSON object".into()));
    };
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .filter(|&v| v >= 1)
        .ok_or_else(|| unreadable("no valid schema_version".into()))?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > SCHEMA_VERSION {
        return Err(LoadProblem::Newer(version));
    }
    for step in STEPS.iter().skip(version as usize - 1) {
        value = step(value).map_err(unreadable)?;
    }
    // Through the string deserializer, like everything else (one copy of the decoding code).
    let migrated = Value::Object(value).to_string();
    let envelope: Envelope = serde_json::from_str(&migrated).map_err(|e| {
        let (path, message) = crate::json_error::field_error(&migrated, &e);
        unreadable(format!("{path}: {message}"))
    })?;
    for stored in &envelope.scenarios {
        stored
            .scenario
            .validate()
            .map_err(|e| unreadable(format!("scenario \"{}\": {e}", stored.id)))?;
    }
    Ok(Some(envelope))
}

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::{FALLBACK_KEY, commit, is_library_key, load, load_current};

#[cfg(test)]
mod tests {
    use super::*;
    use truecost_model::template;

    #[test]
    fn nothing_stored_is_not_a_problem() {
        assert_eq!(decode(None), Ok(None));
    }

    #[test]
    fn the_default_envelope_opens_the_default_scenario() {
        let env = Envelope::default();
        assert_eq!(env.schema_version, SCHEMA_VERSION);
        let open = env.open_scenario().expect("one scenario");
        assert_eq!(open.id, "default");
        assert_eq!(open.scenario, Scenario::default());
        assert_eq!(env.settings.last_open.as_deref(), Some("default"));
    }

    #[test]
    fn a_version_1_envelope_is_migrated_with_its_scenario_and_locale() {
        let mut scenario = template("mid-size-on-premise").expect("template");
        scenario.name = "Vendor B — 中文 ไทย".into();
        let v1 = serde_json::json!({ "schema_version": 1, "scenario": scenario, "locale": "th" });
        let env = decode(Some(&v1.to_string()))
            .expect("readable")
            .expect("present");
        assert_eq!(env.schema_version, 2);
        assert_eq!(env.scenarios.len(), 1);
        assert_eq!(env.scenarios[0].id, "default");
        assert_eq!(env.scenarios[0].scenario, scenario);
        assert_eq!(
            (env.scenarios[0].created_ms, env.scenarios[0].updated_ms),
            (0, 0)
        );
        assert_eq!(env.settings.locale.as_deref(), Some("th"));
        assert_eq!(env.open_scenario().map(|s| &s.scenario), Some(&scenario));

        // Without a locale, and with a partial scenario (completed from the defaults).
        let env = decode(Some(r#"{"schema_version":1,"scenario":{"horizon":7}}"#))
            .expect("readable")
            .expect("present");
        assert_eq!(env.settings.locale, None);
        assert_eq!(env.scenarios[0].scenario.horizon.get(), 7);

        // Version 1 always had a scenario.
        assert!(matches!(
            decode(Some(r#"{"schema_version":1,"locale":"th"}"#)),
            Err(LoadProblem::Unreadable(_))
        ));
    }

    #[test]
    fn a_version_2_envelope_reads_back() {
        let mut env = Envelope::default();
        env.scenarios[0].scenario.name = "Vendor B — 中文 ไทย".into();
        env.upsert(StoredScenario {
            id: new_id(1_750_000_000_000, 42),
            scenario: template("small-team-saas").expect("template"),
            created_ms: 1_750_000_000_000,
            updated_ms: 1_750_000_123_456,
        });
        env.settings = Settings {
            locale: Some("zh-CN".into()),
            last_open: Some(env.scenarios[1].id.clone()),
        };
        let json = serde_json::to_string(&env).expect("serialize");
        assert_eq!(decode(Some(&json)), Ok(Some(env)));
    }

    #[test]
    fn garbage_is_unreadable() {
        for raw in [
            "",
            "{not json",
            "[1,2]",
            "null",
            r#"{"scenarios":[]}"#,
            r#"{"schema_version":0,"scenarios":[]}"#,
            r#"{"schema_version":"2","scenarios":[]}"#,
            r#"{"schema_version":2}"#,
            r#"{"schema_version":2,"scenarios":[{"scenario":{}}]}"#,
            r#"{"schema_version":1,"scenario":{"horizon":"99"}}"#,
        ] {
            assert!(
                matches!(decode(Some(raw)), Err(LoadProblem::Unreadable(_))),
                "{raw}"
            );
        }
    }

    #[test]
    fn one_invalid_scenario_makes_the_envelope_unreadable() {
        let mut env = Envelope::default();
        let mut bad = Scenario::default();
        bad.pricing.minimum_term_years = 0; // fails validate(), not deserialization
        env.upsert(StoredScenario {
            id: "bad".into(),
            scenario: bad,
            created_ms: 1,
            updated_ms: 2,
        });
        let json = serde_json::to_string(&env).expect("serialize");
        let Err(LoadProblem::Unreadable(message)) = decode(Some(&json)) else {
            panic!("expected Unreadable");
        };
        assert!(message.contains("\"bad\""), "{message}");
        assert!(message.contains("pricing.minimum_term_years"), "{message}");
    }

    #[test]
    fn a_newer_version_is_recognised() {
        assert_eq!(
            decode(Some(r#"{"schema_version":7,"whatever":true}"#)),
            Err(LoadProblem::Newer(7))
        );
        assert_eq!(
            decode(Some(r#"{"schema_version":99999999999}"#)),
            Err(LoadProblem::Newer(u32::MAX))
        );
    }

    #[test]
    fn helpers_find_replace_and_remove() {
        let mut env = Envelope::default();
        let other = StoredScenario {
            id: "b".into(),
            scenario: template("small-team-saas").expect("template"),
            created_ms: 5,
            updated_ms: 5,
        };
        env.upsert(other.clone());
        assert_eq!(env.get("b"), Some(&other));
        env.get_mut("b").expect("b").updated_ms = 9;
        assert_eq!(env.get("b").map(|s| s.updated_ms), Some(9));
        env.upsert(other.clone()); // same id: replaced, not added
        assert_eq!(env.scenarios.len(), 2);
        assert_eq!(env.get("b"), Some(&other));

        env.settings.last_open = Some("b".into());
        assert_eq!(env.open_scenario().map(|s| s.id.as_str()), Some("b"));
        assert_eq!(env.remove("b"), Some(other));
        assert_eq!(env.remove("b"), None);
        // The last opened one is gone: the first one opens.
        assert_eq!(env.open_scenario().map(|s| s.id.as_str()), Some("default"));
        env.remove("default");
        assert_eq!(env.open_scenario(), None);
    }

    #[test]
    fn ids_are_short_url_safe_and_distinct() {
        let a = new_id(1_750_000_000_000, 0);
        assert_eq!(a, "mbxstdz40000");
        assert_eq!(new_id(0, 0), "00000");
        assert_eq!(new_id(0, 35), "0000z");
        let b = new_id(1_750_000_000_000, 1);
        let c = new_id(1_750_000_000_001, 0);
        assert!(a != b && a != c && b != c);
        let max = new_id(u64::MAX, u32::MAX);
        assert!(max.len() <= 17, "{max}");
        assert!(
            max.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
        );
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    mod property {
        use super::*;
        use proptest::prelude::*;
        use truecost_model::{Count, Horizon, template_names};

        fn arb_scenario() -> impl Strategy<Value = Scenario> {
            (
                0..template_names().len(),
                "\\PC{0,40}",
                0u64..=1_000_000,
                1u64..=10,
            )
                .prop_map(|(t, name, users, horizon)| {
                    let mut s = template(template_names()[t]).expect("template");
                    s.name = name;
                    s.organisation.users = Count::new(users).expect("in range");
                    s.horizon = Horizon::new(horizon).expect("in range");
                    s
                })
        }

        fn arb_envelope() -> impl Strategy<Value = Envelope> {
            (
                prop::collection::vec(
                    ("[a-z0-9]{1,12}", arb_scenario(), any::<u64>(), any::<u64>()).prop_map(
                        |(id, scenario, created_ms, updated_ms)| StoredScenario {
                            id,
                            scenario,
                            created_ms,
                            updated_ms,
                        },
                    ),
                    0..4,
                ),
                proptest::option::of("\\PC{0,10}"),
                proptest::option::of("[a-z0-9]{1,12}"),
            )
                .prop_map(|(scenarios, locale, last_open)| Envelope {
                    schema_version: SCHEMA_VERSION,
                    scenarios,
                    settings: Settings { locale, last_open },
                })
        }

        proptest! {
            #[test]
            fn any_envelope_of_valid_scenarios_round_trips(env in arb_envelope()) {
                let json = serde_json::to_string(&env).expect("serialize");
                prop_assert_eq!(decode(Some(&json)), Ok(Some(env)));
            }

            #[test]
            fn any_text_is_decoded_without_panicking(raw in "\\PC{0,200}") {
                let _ = decode(Some(&raw));
            }
        }
    }
}
