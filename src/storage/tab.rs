//! What one page knows about the library: which scenario it has open and which versions that
//! content descends from, and the writes it made that may still be overwritten by another page.
//!
//! localStorage has no transactions across pages: two pages may each read revision 5 and each
//! write "revision 6", and the one that lands last wins. Within one page a read-modify-write is
//! synchronous, and every write of another page arrives as a `storage` event. So after each
//! read, [`Tab::observe`] checks that every write of this page is still the stored version or an
//! ancestor of it (each stored scenario remembers the stamps of its latest writes). A write that
//! was lost is redone — merged, or kept as a copy — so no edit is lost in any interleaving.
//! Pure: the page (`ui/library.rs`) does the reading, writing and showing.

use truecost_model::Scenario;

use super::versions::{Ancestor, CopyPlan, Op, Outcome};
use super::{Descent, Envelope, Slot, StoredScenario, Version};

/// How many ancestors of the open scenario a page keeps (older ones are rarely a merge base).
const ANCESTRY_LEN: usize = 8;
/// How many of its own writes a page keeps checking.
const WRITTEN_LEN: usize = 32;

/// A write this page made, and how to redo it if it is lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// The scenario written.
    pub id: String,
    /// The version written.
    pub version: Version,
    /// The operation that redoes it (merging or copying as needed).
    pub redo: Op,
}

/// What the page should do after reading the library.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A write of this page to another scenario was lost: apply this again.
    Redo(Op),
    /// Save the open scenario now, even if unchanged here: another page changed or deleted it
    /// while this page had unsaved edits, or this page's last save of it was lost.
    SaveOpen,
    /// Another page saved a newer version of the open scenario, and there are no edits here:
    /// show it.
    Show(StoredScenario),
    /// Another page deleted the open scenario, and there are no edits here: close it. The
    /// content it had here and the tombstone (to offer Undo) come along.
    DeletedElsewhere {
        /// Its id.
        id: String,
        /// What it held on this page.
        scenario: Scenario,
        /// The delete's version, when the tombstone is there.
        tombstone: Option<Version>,
    },
}

/// One page's view of the library (see the module doc).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tab {
    /// The open scenario's id and the versions its content descends from (last = its base).
    open: Option<(String, Vec<Ancestor>)>,
    /// Writes of this page not yet known to be safe.
    written: Vec<Written>,
}

impl Tab {
    /// The writes still checked (for tests).
    #[cfg(test)]
    pub fn written_ids(&self) -> Vec<(String, u64, u32)> {
        self.written
            .iter()
            .map(|w| (w.id.clone(), w.version.rev, w.version.stamp))
            .collect()
    }

    /// A page with nothing open.
    pub fn new() -> Self {
        Self::default()
    }

    /// Opens `entry`: its content descends from its stored version.
    pub fn open(&mut self, entry: &StoredScenario) {
        self.open = Some((entry.id.clone(), vec![Ancestor::of(entry)]));
    }

    /// Closes the open scenario (a shared link is shown instead).
    pub fn close(&mut self) {
        self.open = None;
    }

    /// The id of the open scenario.
    pub fn open_id(&self) -> Option<&str> {
        self.open.as_ref().map(|(id, _)| id.as_str())
    }

    /// The version the open scenario's content is based on, and that content.
    pub fn base(&self) -> Option<&Ancestor> {
        self.open.as_ref().and_then(|(_, a)| a.last())
    }

    /// The save of the open scenario with content `current`; `None` when nothing is open, or
    /// when `current` is its base and `force` is false (nothing to save).
    pub fn save_op(&self, current: &Scenario, force: bool, copy: CopyPlan) -> Option<Op> {
        let (id, ancestors) = self.open.as_ref()?;
        if !force && ancestors.last().is_some_and(|a| a.scenario == *current) {
            return None;
        }
        Some(Op::Save {
            id: id.clone(),
            scenario: current.clone(),
            ancestors: ancestors.clone(),
            copy,
        })
    }

    /// Records that `op` was written with `outcome`: the open scenario's base moves on (or to
    /// the copy the edit was kept as), and the write is checked from now on.
    pub fn wrote(&mut self, op: &Op, outcome: &Outcome) {
        let open_id = self.open_id().map(str::to_string);
        if let (Op::Save { id, .. }, Some(open)) = (op, &open_id)
            && id == open
        {
            match outcome {
                Outcome::Saved(entry)
                | Outcome::Unchanged(entry)
                | Outcome::Merged { entry, .. } => {
                    if let Some((_, chain)) = &mut self.open {
                        chain.push(Ancestor::of(entry));
                        let excess = chain.len().saturating_sub(ANCESTRY_LEN);
                        chain.drain(..excess);
                    }
                }
                // The edit lives on as the copy, created by this page (so from a revision 0).
                Outcome::Copied { entry, .. } => {
                    let draft = Ancestor {
                        version: Version::default(),
                        scenario: entry.scenario.clone(),
                    };
                    self.open = Some((entry.id.clone(), vec![draft, Ancestor::of(entry)]));
                }
                _ => {}
            }
        }
        // An edit kept as a copy carries everything this page wrote of the original.
        if let (Op::Save { id, .. }, Outcome::Copied { .. }) = (op, outcome) {
            self.written.retain(|w| w.id != *id);
        }
        let Some((id, version)) = outcome.stored_version() else {
            return;
        };
        let redo = match (op, outcome) {
            (
                Op::Save {
                    ancestors, copy, ..
                },
                Outcome::Saved(entry) | Outcome::Unchanged(entry) | Outcome::Merged { entry, .. },
            ) => {
                let mut ancestors = ancestors.clone();
                if let Outcome::Merged { theirs, .. } = outcome {
                    ancestors.push((**theirs).clone());
                }
                Op::Save {
                    id: entry.id.clone(),
                    scenario: entry.scenario.clone(),
                    ancestors,
                    copy: copy.clone(),
                }
            }
            (_, Outcome::Copied { entry, .. }) => Op::Save {
                id: entry.id.clone(),
                scenario: entry.scenario.clone(),
                ancestors: vec![Ancestor {
                    version: Version::default(),
                    scenario: entry.scenario.clone(),
                }],
                copy: CopyPlan {
                    id: format!("{}-k", entry.id),
                    name: entry.scenario.name.clone(),
                },
            },
            _ => op.clone(),
        };
        self.written.retain(|w| w.id != id);
        self.written.push(Written {
            id: id.to_string(),
            version,
            redo,
        });
        let excess = self.written.len().saturating_sub(WRITTEN_LEN);
        self.written.drain(..excess);
    }

    /// Reads `env` (just read from storage) with `pending` = the open scenario has edits not
    /// saved yet, and says what to do. Lost writes come first (one read, one kind of action).
    pub fn observe(&mut self, env: &Envelope, pending: bool) -> Vec<Action> {
        let open_id = self.open_id().map(str::to_string);
        let mut actions = Vec::new();
        let mut keep = Vec::new();
        for w in std::mem::take(&mut self.written) {
            match env.slot(&w.id).descends_from(w.version) {
                Descent::Yes => keep.push(w),
                Descent::Unknown => {}
                Descent::No if open_id.as_deref() == Some(w.id.as_str()) => {
                    if !actions.contains(&Action::SaveOpen) {
                        actions.push(Action::SaveOpen);
                    }
                }
                Descent::No => actions.push(Action::Redo(w.redo)),
            }
        }
        self.written = keep;
        if !actions.is_empty() {
            return actions;
        }
        let (Some((id, _)), Some(base)) = (&self.open, self.base()) else {
            return actions;
        };
        let slot = env.slot(id);
        let action = match slot {
            Slot::Live(stored) if stored.version() == base.version => None,
            Slot::Absent if base.version.rev == 0 => None,
            _ if pending => Some(Action::SaveOpen),
            Slot::Live(stored) if stored.scenario == base.scenario => {
                // The same content under another version (e.g. a page that merged nothing new).
                let stored = stored.clone();
                self.open(&stored);
                None
            }
            Slot::Live(stored) => Some(Action::Show(stored.clone())),
            Slot::Deleted(t) => Some(Action::DeletedElsewhere {
                id: id.clone(),
                scenario: base.scenario.clone(),
                tombstone: Some(t.version()),
            }),
            Slot::Absent => Some(Action::DeletedElsewhere {
                id: id.clone(),
                scenario: base.scenario.clone(),
                tombstone: None,
            }),
        };
        actions.extend(action);
        actions
    }
}
