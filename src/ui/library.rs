//! The scenario library in the browser: the saved scenarios, which one is open, the read-only
//! view of a shared link, and every operation on them (new, duplicate, rename, delete + undo,
//! open, save a copy, import). Edits of the open scenario autosave, debounced.
//!
//! Every change is one versioned operation (`storage::versions`) applied in one synchronous
//! read-modify-write ([`storage::transact`]); what this page knows about its own writes lives in
//! a [`Tab`]. When another page writes, the `storage` event brings the news: a newer version of
//! the open scenario is shown (or merged with, or — on a conflict — this page's edits are kept
//! as a copy, with a notice); a delete elsewhere closes it here, with Undo; a write of this page
//! that the other page overwrote without seeing it is redone. A write the browser refuses
//! changes nothing stored and the notice says exactly that.

use std::time::Duration;

use leptos::prelude::*;
use truecost_model::Scenario;

use crate::i18n::{Msg, StorageText};
use crate::storage::tab::{Action, Tab};
use crate::storage::versions::{Ancestor, Because, CopyPlan, Op, Outcome, apply};
use crate::storage::{self, Envelope, LoadProblem, StoredScenario, Version, WriteError};
use crate::ui::fields::{Planner, clip_name};

mod actions;

/// How long an edit waits before it is saved (typing bursts are saved once).
const AUTOSAVE_DELAY: Duration = Duration::from_millis(300);
/// How long "Undo" stays offered after a delete.
const UNDO_WINDOW: Duration = Duration::from_secs(12);

/// A message for the person, shown above the planner.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A scenario was deleted (here, or in another tab when `elsewhere`); it can be restored.
    Deleted {
        /// The scenario as it was.
        entry: Box<StoredScenario>,
        /// The version of the delete.
        tombstone: Version,
        /// Its position in the list.
        at: usize,
        /// Deleted in another tab.
        elsewhere: bool,
    },
    /// An edit could not be saved in place and was kept as the scenario `copy`.
    Conflict {
        /// The scenario's name.
        name: String,
        /// The copy's name.
        copy: String,
        /// Why: another tab saved a newer version, or deleted it.
        because: Because,
    },
    /// Another tab's changes and this tab's were combined field by field.
    Merged(String),
    /// A deleted scenario was changed elsewhere meanwhile, so Undo restored it as `copy`.
    RestoredAsCopy(String),
    /// Not deleted: another tab changed it since it was shown here.
    NotDeleted(String),
    /// Another tab deleted it, and there is nothing to undo here.
    GoneElsewhere(String),
    /// A file was imported.
    Imported(String),
    /// An import failed.
    ImportFailed(String),
    /// A share link could not be opened.
    ShareBroken(String),
    /// Everything is saved again after a failure.
    SavedAgain,
}

/// Writes the browser refused (nothing stored changed), shown until they succeed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Failures {
    /// The open scenario's edits could not be saved: they are only on the page.
    pub edit: Option<WriteError>,
    /// The last operation (new, delete, undo …) could not be done.
    pub change: Option<WriteError>,
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> u64 {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        0
    }
}

/// The library's reactive state; provided as context next to the [`Planner`].
#[derive(Clone, Copy)]
pub struct Library {
    /// The planner whose scenario is the open one (held here, so no method needs a context
    /// lookup — they also run from async tasks, where there is none).
    planner: Planner,
    /// Every saved scenario, as last read from or written to storage (plus the open one while
    /// it is a draft never saved).
    pub entries: RwSignal<Vec<StoredScenario>>,
    /// The id of the open scenario (none while a shared link is shown).
    pub open_id: RwSignal<Option<String>>,
    /// True while a shared link is shown read-only.
    pub shared: RwSignal<bool>,
    /// The latest message for the person.
    pub notice: RwSignal<Option<Notice>>,
    /// What is wrong with storage (shown until resolved): nothing is saved, or saved data
    /// could not be read.
    pub problem: RwSignal<Option<LoadProblem>>,
    /// Writes the browser refused, until they succeed.
    pub failures: RwSignal<Failures>,
    /// What this page knows about its writes and the open scenario's versions.
    tab: StoredValue<Tab>,
    /// An edit of the open scenario is waiting for its autosave.
    pending: StoredValue<bool>,
    /// The pending autosave timer.
    timer: StoredValue<Option<TimeoutHandle>>,
    /// Counts notices, so an old timer does not clear a newer notice.
    notice_generation: StoredValue<u64>,
}

impl Library {
    /// The library of the current component tree.
    pub fn get() -> Library {
        expect_context::<Library>()
    }

    /// A library over `envelope` (as loaded), opening its last open scenario into `planner` —
    /// or a new draft when there is none.
    pub fn new(envelope: &Envelope, planner: Planner) -> Library {
        let library = Library {
            planner,
            entries: RwSignal::new(Vec::new()),
            open_id: RwSignal::new(None),
            shared: RwSignal::new(false),
            notice: RwSignal::new(None),
            problem: RwSignal::new(storage::problem()),
            failures: RwSignal::new(Failures::default()),
            tab: StoredValue::new(Tab::new()),
            pending: StoredValue::new(false),
            timer: StoredValue::new(None),
            notice_generation: StoredValue::new(0),
        };
        library.open_next(envelope);
        library
    }

    /// Shows a message; messages about deletes disappear with their undo window.
    pub fn tell(&self, notice: Notice) {
        let generation = self.notice_generation.get_value() + 1;
        self.notice_generation.set_value(generation);
        let expires = matches!(notice, Notice::Deleted { .. } | Notice::SavedAgain);
        self.notice.set(Some(notice));
        if expires {
            let this = *self;
            set_timeout(
                move || {
                    if this.notice_generation.try_get_value() == Some(generation) {
                        this.notice.set(None);
                    }
                },
                UNDO_WINDOW,
            );
        }
    }

    /// The list: the stored scenarios, plus the open one while it is a draft not saved yet.
    fn refresh(&self, envelope: &Envelope) {
        let mut entries = envelope.scenarios.clone();
        let draft = self.tab.with_value(|t| {
            let id = t.open_id()?;
            let base = t.base()?;
            (base.version.rev == 0 && envelope.get(id).is_none())
                .then(|| StoredScenario::draft(id.to_string(), base.scenario.clone(), 0))
        });
        entries.extend(draft);
        self.entries.set(entries);
    }

    /// Puts `entry` in the planner as the open scenario.
    fn show(&self, entry: &StoredScenario) {
        self.tab.update_value(|t| t.open(entry));
        self.pending.set_value(false);
        self.open_id.set(Some(entry.id.clone()));
        self.shared.set(false);
        self.planner.scenario.set(entry.scenario.clone());
    }

    /// Opens the scenario `envelope` says to open, or a new default draft when it has none.
    fn open_next(&self, envelope: &Envelope) {
        match envelope.open_scenario() {
            Some(entry) => self.show(entry),
            None => self.show(&StoredScenario::draft(
                self.fresh_id(),
                Scenario::default(),
                now_ms(),
            )),
        }
        self.refresh(envelope);
    }

    /// An id no scenario of the list has.
    fn fresh_id(&self) -> String {
        loop {
            let salt = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
            let id = storage::new_id(now_ms(), salt);
            if self
                .entries
                .with_untracked(|e| e.iter().all(|s| s.id != id))
            {
                return id;
            }
        }
    }

    /// Where `scenario` goes when it cannot be saved in place: a new id, its name + `suffix`.
    fn copy_plan(&self, scenario: &Scenario, suffix: Msg) -> CopyPlan {
        let locale = self.planner.locale.get_untracked();
        CopyPlan {
            id: self.fresh_id(),
            name: clip_name(&format!("{} {}", scenario.name, suffix.text(locale))),
        }
    }

    /// Applies `op` in one read-modify-write and refreshes the list. A refused write changes
    /// nothing and is reported (`edit`: it was an autosave of the open scenario).
    fn run(&self, op: Op, edit: bool) -> Option<(Outcome, Envelope)> {
        self.run_opening(op, edit, false)
    }

    /// [`Self::run`]; when `open`, what it stores becomes the scenario opened on the next visit
    /// (in the same write).
    fn run_opening(&self, op: Op, edit: bool, open: bool) -> Option<(Outcome, Envelope)> {
        let stamp = storage::new_stamp();
        let now = now_ms();
        let change = |env: &mut Envelope| {
            let outcome = apply(env, &op, stamp, now);
            if let (true, Some((id, _))) = (open, outcome.stored_version()) {
                env.settings.last_open = Some(id.to_string());
            }
            outcome
        };
        match storage::transact(change) {
            Ok(done) => {
                self.tab.update_value(|t| t.wrote(&op, &done.value));
                self.refresh(&done.envelope);
                let problem = storage::problem();
                if self.problem.get_untracked() != problem {
                    self.problem.set(problem);
                }
                let failed = self.failures.get_untracked();
                if failed.change.is_some() || (edit && failed.edit.is_some()) {
                    self.failures.set(Failures {
                        edit: if edit { None } else { failed.edit.clone() },
                        change: None,
                    });
                }
                if !done.persisted {
                    // In memory only: the banner about storage says so; nothing claims a save.
                } else if edit && failed.edit.is_some() {
                    self.tell(Notice::SavedAgain);
                } else if failed.edit.is_some() {
                    // The storage took a change: try the edits that did not fit again.
                    self.schedule_autosave(self.planner);
                }
                Some((done.value, done.envelope))
            }
            Err(error) => {
                self.failures.update(|f| {
                    if edit {
                        f.edit = Some(error);
                    } else {
                        f.change = Some(error);
                    }
                });
                None
            }
        }
    }

    /// Tells what an operation did when it did not do what was asked.
    fn report(&self, outcome: &Outcome, name: &str) {
        match outcome {
            Outcome::Merged { .. } => self.tell(Notice::Merged(name.to_string())),
            Outcome::Copied { entry, because } => self.tell(Notice::Conflict {
                name: name.to_string(),
                copy: entry.scenario.name.clone(),
                because: *because,
            }),
            Outcome::NotDeleted(Because::Changed) => {
                self.tell(Notice::NotDeleted(name.to_string()))
            }
            Outcome::NotDeleted(Because::Deleted) => {
                self.tell(Notice::GoneElsewhere(name.to_string()))
            }
            _ => {}
        }
    }

    /// True when the open scenario on the page differs from the version it is based on.
    fn has_edits(&self) -> bool {
        let Some(Some(current)) = self
            .planner
            .scenario
            .try_with_untracked(|s| self.tab.with_value(|t| t.base().map(|b| b.scenario != *s)))
        else {
            return false;
        };
        current
    }

    /// Called on every change of the open scenario: saves it after a short pause.
    pub fn schedule_autosave(&self, planner: Planner) {
        if self.shared.get_untracked() || self.open_id.get_untracked().is_none() {
            return;
        }
        self.pending.set_value(true);
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let this = *self;
        let handle = set_timeout_with_handle(move || this.save_now(planner), AUTOSAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// True when the open scenario differs from its saved version (edits made before the
    /// autosave effect first ran).
    pub fn differs_from_saved(&self, _planner: Planner) -> bool {
        self.has_edits()
    }

    /// Cancels a pending autosave (when the page is taken down).
    pub fn cancel_autosave(&self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
        }
    }

    /// Saves the open scenario now if an edit is waiting (also used when the page is hidden).
    /// Does nothing once the page's state is gone (a late timer).
    pub fn save_now(&self, _planner: Planner) {
        self.save(false);
    }

    /// Saves the open scenario; `force` even when it is unchanged here (its last save was lost,
    /// or another tab changed it while it had edits here). Returns false when edits remain
    /// unsaved (the write was refused).
    fn save(&self, force: bool) -> bool {
        if self.shared.try_get_untracked() != Some(false) {
            return true;
        }
        if !force && self.pending.try_get_value() != Some(true) {
            return true;
        }
        let Some(current) = self.planner.scenario.try_get_untracked() else {
            return true;
        };
        let copy = self.copy_plan(&current, Msg::ConflictSuffix);
        let Some(op) = self.tab.with_value(|t| t.save_op(&current, force, copy)) else {
            self.pending.set_value(false);
            return true;
        };
        let Some((outcome, _)) = self.run_opening(op, true, true) else {
            return false;
        };
        self.pending.set_value(false);
        match &outcome {
            Outcome::Merged { entry, .. } => self.planner.scenario.set(entry.scenario.clone()),
            Outcome::Copied { entry, .. } => {
                self.open_id.set(Some(entry.id.clone()));
                self.planner.scenario.set(entry.scenario.clone());
            }
            _ => {}
        }
        self.report(&outcome, &current.name);
        true
    }

    /// Saves pending edits before the open scenario changes; false when they could not be saved
    /// (then it must not change: the edits exist only on the page).
    fn flush(&self) -> bool {
        if self.has_edits() {
            self.pending.set_value(true);
        }
        self.save(false)
    }

    /// Another tab wrote the library: refresh the list, redo a write of this page it overwrote,
    /// and follow what happened to the open scenario (see the module doc).
    pub fn on_storage_changed(&self, _planner: Planner) {
        let Some(envelope) = storage::read_current() else {
            return;
        };
        let before = self.entries.get_untracked();
        self.refresh(&envelope);
        let edits = self.has_edits();
        let actions = self.tab.try_update_value(|t| t.observe(&envelope, edits));
        for action in actions.unwrap_or_default() {
            match action {
                Action::SaveOpen => {
                    self.save(true);
                }
                Action::Redo(op) => {
                    let name = match &op {
                        Op::Save { scenario, .. } => scenario.name.clone(),
                        Op::Undo { entry, .. } => entry.scenario.name.clone(),
                        Op::Delete { id, .. } => before
                            .iter()
                            .find(|s| &s.id == id)
                            .map(|s| s.scenario.name.clone())
                            .unwrap_or_default(),
                    };
                    if let Some((outcome, _)) = self.run(op, false) {
                        self.report(&outcome, &name);
                    }
                }
                Action::Show(entry) => self.show(&entry),
                Action::DeletedElsewhere {
                    id,
                    scenario,
                    tombstone,
                } => {
                    let at = before.iter().position(|s| s.id == id).unwrap_or(0);
                    let name = scenario.name.clone();
                    let known = before.get(at).filter(|s| s.id == id);
                    let entry = StoredScenario {
                        scenario,
                        ..known
                            .cloned()
                            .unwrap_or_else(|| StoredScenario::draft(id, Scenario::default(), 0))
                    };
                    self.open_next(&envelope);
                    match tombstone {
                        Some(tombstone) => self.tell(Notice::Deleted {
                            entry: Box::new(entry),
                            tombstone,
                            at,
                            elsewhere: true,
                        }),
                        None => self.tell(Notice::GoneElsewhere(name)),
                    }
                }
            }
        }
    }
}

/// The text of a write error in `locale`, e.g. "the storage for this site is full".
pub fn write_error_text(error: &WriteError, locale: crate::i18n::Locale) -> String {
    match error {
        WriteError::Full => StorageText::ReasonFull.text(locale).to_string(),
        WriteError::Newer(_) => StorageText::ReasonNewer.text(locale).to_string(),
        WriteError::Unavailable => StorageText::ReasonUnavailable.text(locale).to_string(),
        WriteError::Other(e) => format!("{} ({e})", StorageText::ReasonOther.text(locale)),
    }
}

/// Removes the share fragment from the address bar without reloading.
pub fn clear_fragment() {
    if let Some(window) = web_sys::window() {
        let url = window
            .location()
            .href()
            .ok()
            .map(|h| h.split('#').next().unwrap_or_default().to_string());
        if let (Ok(history), Some(url)) = (window.history(), url) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

// ---- The requirements list shared by all candidates (issue 9; added by the decide helper,
// ---- used by src/ui/decide/list_sharing.rs) ----

impl Library {
    /// Gives every other saved scenario the requirements list of `card`
    /// ([`truecost_model::Scorecard::sync_requirements_from`]: each keeps its own reviewers and
    /// its scores of the requirements still listed). Each is saved like a rename — merged, or
    /// kept as a copy, if another tab changed it meanwhile. Returns how many were saved.
    pub fn share_requirements(&self, card: &truecost_model::Scorecard) -> usize {
        let open = self.open_id.get_untracked();
        let others: Vec<StoredScenario> = self.entries.with_untracked(|e| {
            e.iter()
                .filter(|s| s.rev > 0 && Some(&s.id) != open.as_ref())
                .filter(|s| !s.scenario.fit.same_requirements(card))
                .cloned()
                .collect()
        });
        let mut saved = 0;
        for entry in others {
            let mut scenario = entry.scenario.clone();
            scenario.fit.sync_requirements_from(card);
            let op = Op::Save {
                id: entry.id.clone(),
                scenario,
                ancestors: vec![Ancestor::of(&entry)],
                copy: self.copy_plan(&entry.scenario, Msg::ConflictSuffix),
            };
            if let Some((outcome, _)) = self.run(op, false) {
                self.report(&outcome, &entry.scenario.name);
                saved += 1;
            }
        }
        saved
    }
}
