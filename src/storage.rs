//! The app's state in the browser's localStorage: one versioned envelope under one key.
//!
//! The envelope holds every saved scenario (with its id, timestamps, revision and lineage), a
//! tombstone for every recent delete, and the settings (the language, the scenario last opened).
//! Every change is a compare-and-set on one scenario's revision ([`versions`]), so no page can
//! resurrect a delete or overwrite a newer revision it never saw; what one page knows about its
//! own writes lives in [`tab`]. Reading never fails the app and never loses data: a value that
//! cannot be read is kept (backed up, or — when no backup fits — never written over until the
//! person decides), and an older envelope is migrated step by step ([`decode`]). Everything here
//! is pure and tested natively; only `storage/browser.rs` touches the browser.

use serde::Serialize;
use serde_json::{Map, Value};
use truecost_model::Scenario;

mod json;
pub mod merge;
pub mod tab;
pub mod versions;

/// The localStorage key of the envelope.
pub const STORAGE_KEY: &str = "crm-truecost";
/// Where an unreadable envelope is kept, untouched (later ones get `.<time>` appended).
pub const BACKUP_KEY: &str = "crm-truecost.backup";
/// The version of the envelope this build writes.
pub const SCHEMA_VERSION: u32 = 3;

/// The id of the scenario a fresh envelope (or a migrated version 1 envelope) starts with.
pub const DEFAULT_ID: &str = "default";

/// How many write stamps each scenario and tombstone remembers (its recent lineage).
pub const LINEAGE_LEN: usize = 16;

/// Tombstones older than this are dropped (30 days, in milliseconds)…
pub const TOMBSTONE_MAX_AGE_MS: u64 = 30 * 24 * 3600 * 1000;
/// …and at most this many are kept (the newest).
pub const TOMBSTONE_MAX_COUNT: usize = 200;

/// One saved state of one scenario: its revision and the stamp of the write that made it.
///
/// Revision 0 is a scenario that was never saved (a draft shown on the page only). Stamps are
/// random per write, so two pages that both write revision 5 of a scenario make two different
/// versions, and each can tell whether the stored one is its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Version {
    /// Counts the writes of this scenario (1 when first saved).
    pub rev: u64,
    /// The stamp of the write that made this revision.
    pub stamp: u32,
}

/// Whether a stored state was made from a given version, as far as its lineage tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Descent {
    /// It is that version, or was written on top of it.
    Yes,
    /// It was not: that version was overwritten by a write that never saw it.
    No,
    /// Too many writes ago to tell ([`LINEAGE_LEN`]).
    Unknown,
}

/// Whether the state `(rev, lineage)` — lineage newest first — is `v` or descends from it.
pub fn descends(rev: u64, lineage: &[u32], v: Version) -> Descent {
    let Some(back) = rev.checked_sub(v.rev) else {
        return Descent::No;
    };
    match usize::try_from(back).ok().and_then(|i| lineage.get(i)) {
        Some(&stamp) if stamp == v.stamp => Descent::Yes,
        Some(_) => Descent::No,
        None if lineage.len() >= LINEAGE_LEN => Descent::Unknown,
        None => Descent::No,
    }
}

/// `stamp` in front of `lineage`, cut to [`LINEAGE_LEN`].
fn extend(stamp: u32, lineage: &[u32]) -> Vec<u32> {
    std::iter::once(stamp)
        .chain(lineage.iter().copied())
        .take(LINEAGE_LEN)
        .collect()
}

/// Everything the app keeps in localStorage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Envelope {
    /// Format version of this envelope ([`SCHEMA_VERSION`] when written by this build).
    pub schema_version: u32,
    /// The saved scenarios, in the order they were created.
    pub scenarios: Vec<StoredScenario>,
    /// Recently deleted scenarios (so no page can bring one back by saving an old copy).
    pub deleted: Vec<Tombstone>,
    /// The language and the scenario last opened.
    pub settings: Settings,
}

/// One saved scenario with its id, timestamps, revision and lineage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredScenario {
    /// A short, URL-safe id, unique within the envelope (see [`new_id`]).
    pub id: String,
    /// The scenario itself.
    pub scenario: Scenario,
    /// When it was created, in milliseconds since the Unix epoch (JS `Date.now()`).
    pub created_ms: u64,
    /// When it was last changed, in milliseconds since the Unix epoch.
    pub updated_ms: u64,
    /// The revision: 1 when first saved, one more on every write; 0 = never saved.
    pub rev: u64,
    /// Stamps of the writes that made the latest revisions, newest first (see [`Version`]).
    pub lineage: Vec<u32>,
}

impl StoredScenario {
    /// A scenario not saved yet (revision 0).
    pub fn draft(id: String, scenario: Scenario, now_ms: u64) -> Self {
        Self {
            id,
            scenario,
            created_ms: now_ms,
            updated_ms: now_ms,
            rev: 0,
            lineage: vec![0],
        }
    }

    /// The version stored here.
    pub fn version(&self) -> Version {
        Version {
            rev: self.rev,
            stamp: self.lineage.first().copied().unwrap_or(0),
        }
    }
}

/// A deleted scenario: its id and the revision the delete made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tombstone {
    /// The id the scenario had.
    pub id: String,
    /// The revision of the delete (the scenario's last revision + 1).
    pub rev: u64,
    /// The lineage, newest (the delete) first.
    pub lineage: Vec<u32>,
    /// When it was deleted, in milliseconds since the Unix epoch.
    pub deleted_ms: u64,
}

impl Tombstone {
    /// The version of this delete.
    pub fn version(&self) -> Version {
        Version {
            rev: self.rev,
            stamp: self.lineage.first().copied().unwrap_or(0),
        }
    }
}

/// Settings kept with the scenarios.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Settings {
    /// The interface language chosen by the user (a BCP 47 tag), if they chose one.
    pub locale: Option<String>,
    /// The id of the scenario opened last, restored on the next visit.
    pub last_open: Option<String>,
}

/// What the envelope holds under one id.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Slot<'a> {
    /// A saved scenario.
    Live(&'a StoredScenario),
    /// A deleted one.
    Deleted(&'a Tombstone),
    /// Nothing (never saved here, or deleted so long ago that the tombstone is gone).
    Absent,
}

impl Slot<'_> {
    /// Whether this slot is `v` or was made from it.
    pub fn descends_from(&self, v: Version) -> Descent {
        match self {
            Slot::Live(s) => descends(s.rev, &s.lineage, v),
            Slot::Deleted(t) => descends(t.rev, &t.lineage, v),
            Slot::Absent => Descent::No,
        }
    }
}

impl Default for Envelope {
    /// One scenario, the default template, with id [`DEFAULT_ID`], opened, not saved yet.
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            scenarios: vec![StoredScenario::draft(
                DEFAULT_ID.to_owned(),
                Scenario::default(),
                0,
            )],
            deleted: Vec::new(),
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

    /// What is stored under `id`: a scenario, a tombstone or nothing.
    pub fn slot(&self, id: &str) -> Slot<'_> {
        if let Some(s) = self.get(id) {
            Slot::Live(s)
        } else if let Some(t) = self.deleted.iter().find(|t| t.id == id) {
            Slot::Deleted(t)
        } else {
            Slot::Absent
        }
    }

    /// True when `id` is used by a scenario or a tombstone.
    pub fn id_taken(&self, id: &str) -> bool {
        !matches!(self.slot(id), Slot::Absent)
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

    /// Removes and returns the scenario with this id (no tombstone: see [`versions`]).
    pub fn remove(&mut self, id: &str) -> Option<StoredScenario> {
        let index = self.scenarios.iter().position(|s| s.id == id)?;
        Some(self.scenarios.remove(index))
    }

    /// Makes the envelope consistent; true when anything changed. A scenario whose id an
    /// earlier one already has gets a new id (`<id>-2`, `-3` …, the same in every page that
    /// reads the same value), so none is unreachable; a tombstone of a live id is dropped (the
    /// scenario is there), as are duplicate tombstones (the newest stays); lineages are cut to
    /// [`LINEAGE_LEN`].
    pub fn repair(&mut self) -> bool {
        let mut changed = false;
        // A list, not a set: a library holds tens of scenarios, and a set costs code size.
        let mut seen: Vec<String> = Vec::new();
        let mut renamed = Vec::new();
        for (i, s) in self.scenarios.iter().enumerate() {
            if seen.contains(&s.id) {
                renamed.push(i);
            } else {
                seen.push(s.id.clone());
            }
        }
        for i in renamed {
            let base = self.scenarios[i].id.clone();
            let id = (2u32..)
                .map(|n| format!("{base}-{n}"))
                .find(|id| !seen.contains(id) && !self.deleted.iter().any(|t| &t.id == id))
                .unwrap_or_default();
            seen.push(id.clone());
            self.scenarios[i].id = id;
            changed = true;
        }
        let before = self.deleted.len();
        let newest = |id: &str| {
            self.deleted
                .iter()
                .enumerate()
                .filter(|(_, t)| t.id == id)
                .max_by(|(i, a), (j, b)| a.rev.cmp(&b.rev).then(j.cmp(i)))
                .map(|(i, _)| i)
        };
        let keep: Vec<bool> = (0..self.deleted.len())
            .map(|i| {
                let id = &self.deleted[i].id;
                !seen.contains(id) && newest(id) == Some(i)
            })
            .collect();
        let mut flags = keep.into_iter();
        self.deleted.retain(|_| flags.next().unwrap_or(false));
        changed |= self.deleted.len() != before;
        for lineage in self
            .scenarios
            .iter_mut()
            .map(|s| &mut s.lineage)
            .chain(self.deleted.iter_mut().map(|t| &mut t.lineage))
        {
            if lineage.len() > LINEAGE_LEN {
                lineage.truncate(LINEAGE_LEN);
                changed = true;
            }
        }
        changed
    }

    /// Drops tombstones older than [`TOMBSTONE_MAX_AGE_MS`] and all but the newest
    /// [`TOMBSTONE_MAX_COUNT`].
    pub fn prune(&mut self, now_ms: u64) {
        self.deleted
            .retain(|t| now_ms.saturating_sub(t.deleted_ms) <= TOMBSTONE_MAX_AGE_MS);
        // The oldest go first, one at a time (no sort: they are few, and sorting costs code).
        while self.deleted.len() > TOMBSTONE_MAX_COUNT {
            let oldest = (0..self.deleted.len())
                .min_by_key(|&i| self.deleted[i].deleted_ms)
                .unwrap_or(0);
            self.deleted.remove(oldest);
        }
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
    /// Written by a newer version of the app (its `schema_version`). Never written over.
    Newer(u32),
    /// Not readable (the parser's message); a copy was kept under a backup key.
    Unreadable(String),
    /// Not readable, and no backup copy could be written (storage full): nothing is saved until
    /// the person decides (download it, then replace it).
    UnreadableNotKept(String),
    /// This browser does not let the page use localStorage: everything stays on the page.
    Unavailable,
}

/// One migration step: the envelope of version `n` (as JSON) to version `n + 1`.
type Step = fn(Map<String, Value>) -> Result<Map<String, Value>, String>;

/// `STEPS[i]` migrates version `i + 1` to `i + 2`; a new version adds a step here.
const STEPS: [Step; 2] = [v1_to_v2, v2_to_v3];
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

/// Version 2 had no revisions: every scenario becomes revision 1 with the lineage `[0]` (the
/// same version in every page that migrates it), and there are no tombstones yet. Scenarios
/// are carried through untouched.
fn v2_to_v3(mut v2: Map<String, Value>) -> Result<Map<String, Value>, String> {
    let Some(Value::Array(scenarios)) = v2.get_mut("scenarios") else {
        return Err("version 2 envelope without a list of scenarios".into());
    };
    for entry in scenarios {
        let Value::Object(entry) = entry else {
            return Err("a scenario entry is not an object".into());
        };
        entry.insert("rev".into(), 1.into());
        entry.insert("lineage".into(), serde_json::json!([0]));
    }
    v2.insert("deleted".into(), Value::Array(Vec::new()));
    v2.insert("schema_version".into(), 3.into());
    Ok(v2)
}

/// Reads a stored envelope. `Ok(None)` when there is nothing stored.
///
/// An older version is migrated to [`SCHEMA_VERSION`]; a newer one is
/// [`LoadProblem::Newer`]; unreadable JSON, a missing version, or any scenario that fails
/// [`Scenario::validate`] is [`LoadProblem::Unreadable`]. The result is [repaired]
/// (`Envelope::repair`): duplicate ids get new ones.
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
    // The engine's decoder, as for import and share links (one copy of the decoding code).
    let mut envelope: Envelope = truecost_model::json::decode(&Value::Object(value))
        .map_err(|e| unreadable(format!("{}: {}", e.path, e.message)))?;
    for stored in &envelope.scenarios {
        stored
            .scenario
            .validate()
            .map_err(|e| unreadable(format!("scenario \"{}\": {e}", stored.id)))?;
    }
    envelope.repair();
    Ok(Some(envelope))
}

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::{
    Committed, FALLBACK_KEY, WriteError, commit, is_library_key, kept_unreadable, load,
    load_current, new_stamp, problem, read_current, replace_unreadable, transact,
};

#[cfg(test)]
mod tests;
