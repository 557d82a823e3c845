//! Saves, deletes and undos as compare-and-set operations on one scenario's revision.
//!
//! Every operation names the version it was based on. When the stored scenario is still that
//! version, the operation is done and the revision goes up by one. When another page changed it
//! meanwhile, nothing of theirs is overwritten: a save is merged field by field over the newest
//! common ancestor ([`super::merge`]), or else kept as a copy; a delete is not done; an undo
//! restores a copy. A deleted scenario leaves a tombstone, so no page can bring it back by saving
//! an old copy — its edits become a copy instead. [`apply`] is pure: the caller reads the
//! envelope, applies, and writes it back in one synchronous step.

use truecost_model::Scenario;

use super::merge::merge;
use super::{Descent, Envelope, Slot, StoredScenario, Tombstone, Version, extend};

/// A version of a scenario that an edit descends from, with its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Ancestor {
    /// Which version.
    pub version: Version,
    /// What it held.
    pub scenario: Scenario,
}

impl Ancestor {
    /// The version stored in `entry`.
    pub fn of(entry: &StoredScenario) -> Self {
        Self {
            version: entry.version(),
            scenario: entry.scenario.clone(),
        }
    }
}

/// Where an edit goes when it cannot be saved in place: a new scenario with this id (made unique
/// if taken) and this name.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyPlan {
    /// The id the copy gets.
    pub id: String,
    /// The name the copy gets, e.g. "Vendor B (edited in another tab)".
    pub name: String,
}

/// One change of the library.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Save `scenario` under `id`. `ancestors`: the versions it descends from, oldest first;
    /// the last one is the version it was based on (revision 0 for a scenario never saved).
    Save {
        /// The scenario's id.
        id: String,
        /// Its new content.
        scenario: Scenario,
        /// What it descends from (never empty).
        ancestors: Vec<Ancestor>,
        /// Where it goes when it cannot be saved in place.
        copy: CopyPlan,
    },
    /// Delete `id`, if it is still the version `seen`.
    Delete {
        /// The scenario's id.
        id: String,
        /// The version the person saw when they asked to delete it.
        seen: Version,
    },
    /// Undo a delete: bring back `entry` if the tombstone is still `tombstone`.
    Undo {
        /// The scenario as it was deleted.
        entry: StoredScenario,
        /// The version of the delete.
        tombstone: Version,
        /// Its position in the list before the delete.
        at: usize,
        /// Where it goes when it cannot be restored in place.
        copy: CopyPlan,
    },
}

/// Why an operation could not be done in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Because {
    /// The scenario was changed in another page.
    Changed,
    /// The scenario was deleted in another page.
    Deleted,
}

/// What an operation did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Saved as asked: the entry as stored now.
    Saved(StoredScenario),
    /// Nothing to write: it is stored exactly so already.
    Unchanged(StoredScenario),
    /// Changed elsewhere meanwhile; both edits were merged and stored (`entry`). `theirs` is
    /// the version it was merged with.
    Merged {
        /// The merged entry as stored now.
        entry: StoredScenario,
        /// The other page's version it was merged with.
        theirs: Box<Ancestor>,
    },
    /// Could not be saved or restored in place; kept as a new scenario.
    Copied {
        /// The copy as stored.
        entry: StoredScenario,
        /// Why.
        because: Because,
    },
    /// Deleted; `entry` and `tombstone` let the person undo it.
    Deleted {
        /// The scenario as it was.
        entry: StoredScenario,
        /// The version of the delete.
        tombstone: Version,
        /// Its position in the list.
        at: usize,
    },
    /// Not deleted: changed in another page since it was seen, or already deleted there.
    NotDeleted(Because),
    /// A delete undone: the entry as stored now.
    Restored(StoredScenario),
}

impl Outcome {
    /// The id and version the operation leaves stored — written by it, or already there
    /// ([`Outcome::Unchanged`]) — which the page keeps checking; `None` when it did nothing.
    pub fn stored_version(&self) -> Option<(&str, Version)> {
        match self {
            Outcome::Saved(e)
            | Outcome::Unchanged(e)
            | Outcome::Merged { entry: e, .. }
            | Outcome::Copied { entry: e, .. }
            | Outcome::Restored(e) => Some((&e.id, e.version())),
            Outcome::Deleted {
                entry, tombstone, ..
            } => Some((&entry.id, *tombstone)),
            Outcome::NotDeleted(_) => None,
        }
    }
}

/// Applies `op` to `env` as a write stamped `stamp` at `now_ms`.
pub fn apply(env: &mut Envelope, op: &Op, stamp: u32, now_ms: u64) -> Outcome {
    match op {
        Op::Save {
            id,
            scenario,
            ancestors,
            copy,
        } => save(env, id, scenario, ancestors, copy, stamp, now_ms),
        Op::Delete { id, seen } => delete(env, id, *seen, stamp, now_ms),
        Op::Undo {
            entry,
            tombstone,
            at,
            copy,
        } => undo(env, entry, *tombstone, *at, copy, stamp, now_ms),
    }
}

fn save(
    env: &mut Envelope,
    id: &str,
    mine: &Scenario,
    ancestors: &[Ancestor],
    copy: &CopyPlan,
    stamp: u32,
    now_ms: u64,
) -> Outcome {
    let base = ancestors.last().map(|a| a.version).unwrap_or_default();
    let slot = env.slot(id);
    match slot {
        Slot::Live(stored) if stored.scenario == *mine => Outcome::Unchanged(stored.clone()),
        Slot::Live(stored) if stored.version() == base => {
            let entry = next_revision(stored, mine.clone(), stamp, now_ms);
            env.upsert(entry.clone());
            Outcome::Saved(entry)
        }
        Slot::Live(stored) => {
            let theirs = Box::new(Ancestor::of(stored));
            let merged = ancestors
                .iter()
                .rev()
                .find(|a| slot.descends_from(a.version) == Descent::Yes)
                .and_then(|common| merge(&common.scenario, &stored.scenario, mine));
            match merged {
                Some(merged) => {
                    let entry = next_revision(stored, merged, stamp, now_ms);
                    env.upsert(entry.clone());
                    Outcome::Merged { entry, theirs }
                }
                None => keep_copy(env, copy, mine, Because::Changed, stamp, now_ms),
            }
        }
        // Never saved, or created by this page and its first save was lost: add it.
        Slot::Absent if ancestors.is_empty() || ancestors.iter().any(|a| a.version.rev == 0) => {
            let entry = StoredScenario {
                id: id.to_string(),
                scenario: mine.clone(),
                created_ms: now_ms,
                updated_ms: now_ms,
                rev: 1,
                lineage: vec![stamp],
            };
            env.scenarios.push(entry.clone());
            Outcome::Saved(entry)
        }
        Slot::Deleted(_) | Slot::Absent => {
            keep_copy(env, copy, mine, Because::Deleted, stamp, now_ms)
        }
    }
}

/// `stored` with `scenario` as its next revision.
fn next_revision(
    stored: &StoredScenario,
    scenario: Scenario,
    stamp: u32,
    now_ms: u64,
) -> StoredScenario {
    StoredScenario {
        id: stored.id.clone(),
        scenario,
        created_ms: stored.created_ms,
        updated_ms: now_ms,
        rev: stored.rev + 1,
        lineage: extend(stamp, &stored.lineage),
    }
}

/// Adds `scenario` as a new scenario named by `copy`.
fn keep_copy(
    env: &mut Envelope,
    copy: &CopyPlan,
    scenario: &Scenario,
    because: Because,
    stamp: u32,
    now_ms: u64,
) -> Outcome {
    let mut id = copy.id.clone();
    let mut n = 2;
    while env.id_taken(&id) {
        id = format!("{}-{n}", copy.id);
        n += 1;
    }
    let entry = StoredScenario {
        id,
        scenario: Scenario {
            name: copy.name.clone(),
            ..scenario.clone()
        },
        created_ms: now_ms,
        updated_ms: now_ms,
        rev: 1,
        lineage: vec![stamp],
    };
    env.scenarios.push(entry.clone());
    Outcome::Copied { entry, because }
}

fn delete(env: &mut Envelope, id: &str, seen: Version, stamp: u32, now_ms: u64) -> Outcome {
    match env.slot(id) {
        Slot::Live(stored) if stored.version() == seen => {}
        Slot::Live(_) => return Outcome::NotDeleted(Because::Changed),
        Slot::Deleted(_) | Slot::Absent => return Outcome::NotDeleted(Because::Deleted),
    }
    let at = env.scenarios.iter().position(|s| s.id == id).unwrap_or(0);
    let entry = env.scenarios.remove(at);
    let tombstone = Tombstone {
        id: id.to_string(),
        rev: entry.rev + 1,
        lineage: extend(stamp, &entry.lineage),
        deleted_ms: now_ms,
    };
    let version = tombstone.version();
    env.deleted.push(tombstone);
    if env.settings.last_open.as_deref() == Some(id) {
        env.settings.last_open = env.scenarios.first().map(|s| s.id.clone());
    }
    Outcome::Deleted {
        entry,
        tombstone: version,
        at,
    }
}

fn undo(
    env: &mut Envelope,
    entry: &StoredScenario,
    tombstone: Version,
    at: usize,
    copy: &CopyPlan,
    stamp: u32,
    now_ms: u64,
) -> Outcome {
    let (rev, lineage) = match env.slot(&entry.id) {
        Slot::Deleted(t) if t.version() == tombstone => (t.rev, t.lineage.clone()),
        // The tombstone expired: nothing can have changed since.
        Slot::Absent => (tombstone.rev, vec![tombstone.stamp]),
        Slot::Live(stored) if stored.scenario == entry.scenario => {
            return Outcome::Unchanged(stored.clone());
        }
        Slot::Live(_) | Slot::Deleted(_) => {
            return keep_copy(env, copy, &entry.scenario, Because::Changed, stamp, now_ms);
        }
    };
    env.deleted.retain(|t| t.id != entry.id);
    let restored = StoredScenario {
        rev: rev + 1,
        lineage: extend(stamp, &lineage),
        ..entry.clone()
    };
    let at = at.min(env.scenarios.len());
    env.scenarios.insert(at, restored.clone());
    Outcome::Restored(restored)
}
