//! Reading the stored envelope from its parsed JSON with the engine's decoder
//! ([`truecost_model::json`]): the same rules as the scenario (unknown fields ignored, the
//! fields below marked "default" may be left out, the others are required).

use serde_json::Value;
use truecost_model::json::{FromJson, JsonPath, JsonResult};

use super::{Envelope, Settings, StoredScenario, Tombstone};

/// `schema_version` and `scenarios` are required; `deleted` and `settings` default to empty.
impl FromJson for Envelope {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct Envelope")?;
        let schema_version = path.field(o, "schema_version")?;
        let scenarios = path.field(o, "scenarios")?;
        let deleted = path.field(o, "deleted")?;
        let settings = path.field(o, "settings")?;
        Ok(Self {
            schema_version: path.required(schema_version, "schema_version")?,
            scenarios: path.required(scenarios, "scenarios")?,
            deleted: deleted.unwrap_or_default(),
            settings: settings.unwrap_or_default(),
        })
    }
}

/// `id` and `scenario` are required; the times, revision and lineage default to 0 / empty.
impl FromJson for StoredScenario {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct StoredScenario")?;
        let id = path.field(o, "id")?;
        let scenario = path.field(o, "scenario")?;
        let created_ms = path.field(o, "created_ms")?;
        let updated_ms = path.field(o, "updated_ms")?;
        let rev = path.field(o, "rev")?;
        let lineage = path.field(o, "lineage")?;
        Ok(Self {
            id: path.required(id, "id")?,
            scenario: path.required(scenario, "scenario")?,
            created_ms: created_ms.unwrap_or_default(),
            updated_ms: updated_ms.unwrap_or_default(),
            rev: rev.unwrap_or_default(),
            lineage: lineage.unwrap_or_default(),
        })
    }
}

/// `id` and `rev` are required; the lineage and the time default to empty / 0.
impl FromJson for Tombstone {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct Tombstone")?;
        let id = path.field(o, "id")?;
        let rev = path.field(o, "rev")?;
        let lineage = path.field(o, "lineage")?;
        let deleted_ms = path.field(o, "deleted_ms")?;
        Ok(Self {
            id: path.required(id, "id")?,
            rev: path.required(rev, "rev")?,
            lineage: lineage.unwrap_or_default(),
            deleted_ms: deleted_ms.unwrap_or_default(),
        })
    }
}

/// Both settings may be left out (or null).
impl FromJson for Settings {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct Settings")?;
        let mut out = Self::default();
        path.set(o, "locale", &mut out.locale)?;
        path.set(o, "last_open", &mut out.last_open)?;
        Ok(out)
    }
}

truecost_model::deserialize_via_from_json!(Envelope, StoredScenario, Tombstone, Settings);
