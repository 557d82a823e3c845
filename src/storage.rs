//! The app's state in the browser's localStorage: one versioned envelope under one key.
//!
//! Reading never fails the app and never loses data: a value that cannot be read (corrupt, or
//! written by a newer version) is copied to a backup key before anything is written, and the
//! app starts on defaults and says so. Decoding is pure and tested natively; only [`load`] and
//! [`save`] touch the browser.

use serde::{Deserialize, Serialize};
use truecost_model::Scenario;

/// The localStorage key of the envelope.
pub const STORAGE_KEY: &str = "crm-truecost";
/// Where an unreadable envelope is kept, untouched.
pub const BACKUP_KEY: &str = "crm-truecost.backup";
/// The version of the envelope this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the app keeps in localStorage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// Format version of this envelope.
    pub schema_version: u32,
    /// The scenario being edited.
    pub scenario: Scenario,
    /// The interface language chosen by the user (a BCP 47 tag), if they chose one.
    #[serde(default)]
    pub locale: Option<String>,
}

impl Default for Envelope {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            scenario: Scenario::default(),
            locale: None,
        }
    }
}

/// Why a stored envelope was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Written by a newer version of the app (its `schema_version`).
    Newer(u32),
    /// Not readable: the parser's message.
    Unreadable(String),
}

/// Reads a stored envelope. `Ok(None)` when there is nothing stored.
pub fn decode(raw: Option<&str>) -> Result<Option<Envelope>, LoadProblem> {
    let Some(raw) = raw else { return Ok(None) };
    #[derive(Deserialize)]
    struct VersionOnly {
        schema_version: u32,
    }
    let version = serde_json::from_str::<VersionOnly>(raw)
        .map_err(|e| LoadProblem::Unreadable(e.to_string()))?
        .schema_version;
    if version > SCHEMA_VERSION {
        return Err(LoadProblem::Newer(version));
    }
    let envelope: Envelope =
        serde_json::from_str(raw).map_err(|e| LoadProblem::Unreadable(e.to_string()))?;
    envelope
        .scenario
        .validate()
        .map_err(|e| LoadProblem::Unreadable(e.to_string()))?;
    Ok(Some(envelope))
}

#[cfg(target_arch = "wasm32")]
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Loads the envelope. When the stored value cannot be used, it is first copied to
/// [`BACKUP_KEY`] (unless a backup is already there) and the problem is returned with defaults.
#[cfg(target_arch = "wasm32")]
pub fn load() -> (Envelope, Option<LoadProblem>) {
    let storage = local_storage();
    let raw = storage
        .as_ref()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    match decode(raw.as_deref()) {
        Ok(found) => (found.unwrap_or_default(), None),
        Err(problem) => {
            if let (Some(s), Some(raw)) = (storage.as_ref(), raw.as_ref())
                && s.get_item(BACKUP_KEY).ok().flatten().is_none()
            {
                // A failed backup write leaves the original in place: save() refuses below.
                let _ = s.set_item(BACKUP_KEY, raw);
            }
            (Envelope::default(), Some(problem))
        }
    }
}

/// Writes the envelope. Refuses to overwrite a stored value this version cannot read unless a
/// backup of it exists; the error says why the browser refused (quota, private mode …).
#[cfg(target_arch = "wasm32")]
pub fn save(envelope: &Envelope) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| "localStorage is not available".to_string())?;
    let current = storage.get_item(STORAGE_KEY).ok().flatten();
    if decode(current.as_deref()).is_err()
        && storage.get_item(BACKUP_KEY).ok().flatten().as_deref() != current.as_deref()
    {
        return Err("the stored data could not be backed up, so it was not overwritten".into());
    }
    // gloo-storage serializes and reports quota errors; localStorage is known to exist here.
    use gloo_storage::Storage as _;
    gloo_storage::LocalStorage::set(STORAGE_KEY, envelope).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_stored_is_not_a_problem() {
        assert_eq!(decode(None), Ok(None));
    }

    #[test]
    fn a_saved_envelope_reads_back() {
        let mut env = Envelope::default();
        env.scenario.name = "Vendor B — 中文 ไทย".into();
        env.locale = Some("th".into());
        let json = serde_json::to_string(&env).expect("serialize");
        assert_eq!(decode(Some(&json)), Ok(Some(env)));
    }

    #[test]
    fn garbage_is_unreadable() {
        assert!(matches!(
            decode(Some("{not json")),
            Err(LoadProblem::Unreadable(_))
        ));
        assert!(matches!(
            decode(Some(r#"{"schema_version":1,"scenario":{"horizon":"99"}}"#)),
            Err(LoadProblem::Unreadable(_))
        ));
    }

    #[test]
    fn a_newer_version_is_recognised() {
        assert_eq!(
            decode(Some(r#"{"schema_version":7,"whatever":true}"#)),
            Err(LoadProblem::Newer(7))
        );
    }
}
