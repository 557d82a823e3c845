//! The scenario library in the browser: the saved scenarios, which one is open, the read-only
//! view of a shared link, and every operation on them (new, duplicate, rename, delete + undo,
//! open, save a copy, import). Edits of the open scenario autosave, debounced.
//!
//! Every write re-reads localStorage, applies one change and writes back (see
//! [`storage::commit`]), so two tabs never overwrite each other's other scenarios. When another
//! tab saves, the `storage` event brings its version here; if this tab had unsaved edits of the
//! same scenario at that moment, they are kept as a separate copy, never dropped.

use std::time::Duration;

use leptos::prelude::*;
use truecost_model::Scenario;

use crate::i18n::Msg;
use crate::storage::{self, Envelope, StoredScenario};
use crate::ui::fields::Planner;

/// How long an edit waits before it is saved (typing bursts are saved once).
const AUTOSAVE_DELAY: Duration = Duration::from_millis(300);
/// How long "Undo" stays offered after a delete.
const UNDO_WINDOW: Duration = Duration::from_secs(12);

/// A message for the person, shown above the planner.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A scenario was deleted; it can be restored.
    Deleted(Box<StoredScenario>),
    /// Another tab saved the open scenario while this tab had unsaved edits, kept as `copy`.
    Conflict { name: String, copy: String },
    /// A file was imported.
    Imported(String),
    /// An import failed.
    ImportFailed(String),
    /// A share link could not be opened.
    ShareBroken(String),
    /// The browser refused a write.
    WriteFailed(String),
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
    /// Every saved scenario, as last read from or written to storage.
    pub entries: RwSignal<Vec<StoredScenario>>,
    /// The id of the open scenario (none while a shared link is shown).
    pub open_id: RwSignal<Option<String>>,
    /// True while a shared link is shown read-only.
    pub shared: RwSignal<bool>,
    /// The latest message for the person.
    pub notice: RwSignal<Option<Notice>>,
    /// An edit of the open scenario is waiting to be saved.
    pending: StoredValue<bool>,
    /// The pending autosave timer.
    timer: StoredValue<Option<TimeoutHandle>>,
    /// `updated_ms` of the open scenario as this tab last loaded or saved it.
    seen: StoredValue<u64>,
    /// Counts notices, so an old timer does not clear a newer notice.
    notice_generation: StoredValue<u64>,
}

impl Library {
    /// The library of the current component tree.
    pub fn get() -> Library {
        expect_context::<Library>()
    }

    /// A library over `envelope`, opening its last open scenario into `planner`.
    pub fn new(envelope: &Envelope, planner: Planner) -> Library {
        let library = Library {
            planner,
            entries: RwSignal::new(envelope.scenarios.clone()),
            open_id: RwSignal::new(None),
            shared: RwSignal::new(false),
            notice: RwSignal::new(None),
            pending: StoredValue::new(false),
            timer: StoredValue::new(None),
            seen: StoredValue::new(0),
            notice_generation: StoredValue::new(0),
        };
        if let Some(open) = envelope.open_scenario() {
            library.show(open);
        }
        library
    }

    /// Shows a message; messages about deletes disappear with their undo window.
    pub fn tell(&self, notice: Notice) {
        let generation = self.notice_generation.get_value() + 1;
        self.notice_generation.set_value(generation);
        let expires = matches!(notice, Notice::Deleted(_));
        self.notice.set(Some(notice));
        if expires {
            let this = *self;
            set_timeout(
                move || {
                    if this.notice_generation.get_value() == generation {
                        this.notice.set(None);
                    }
                },
                UNDO_WINDOW,
            );
        }
    }

    /// Puts `entry` in the planner as the open scenario.
    fn show(&self, entry: &StoredScenario) {
        self.seen.set_value(entry.updated_ms);
        self.pending.set_value(false);
        self.open_id.set(Some(entry.id.clone()));
        self.shared.set(false);
        self.planner.scenario.set(entry.scenario.clone());
    }

    /// Applies `change` to the stored library and refreshes the list; reports a refused write.
    fn commit(&self, change: impl FnOnce(&mut Envelope)) -> Option<Envelope> {
        match storage::commit(change) {
            Ok(envelope) => {
                self.entries.set(envelope.scenarios.clone());
                Some(envelope)
            }
            Err(e) => {
                self.tell(Notice::WriteFailed(e));
                None
            }
        }
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
    pub fn differs_from_saved(&self, planner: Planner) -> bool {
        let Some(id) = self.open_id.get_untracked() else {
            return false;
        };
        planner.scenario.with_untracked(|current| {
            self.entries
                .with_untracked(|e| {
                    e.iter()
                        .find(|s| s.id == id)
                        .map(|s| &s.scenario != current)
                })
                .unwrap_or(true)
        })
    }

    /// Cancels a pending autosave (when the page is taken down).
    pub fn cancel_autosave(&self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
        }
    }

    /// Saves the open scenario now if an edit is waiting (also used when the page is hidden).
    /// Does nothing once the page's state is gone (a late timer).
    pub fn save_now(&self, planner: Planner) {
        if self.pending.try_get_value() != Some(true)
            || self.shared.try_get_untracked() != Some(false)
        {
            return;
        }
        let Some(Some(id)) = self.open_id.try_get_untracked() else {
            return;
        };
        let Some(scenario) = planner.scenario.try_get_untracked() else {
            return;
        };
        let now = now_ms();
        let saved = self.commit(|env| {
            let created = env.get(&id).map_or(now, |e| e.created_ms);
            env.upsert(StoredScenario {
                id: id.clone(),
                scenario,
                created_ms: created,
                updated_ms: now,
            });
            env.settings.last_open = Some(id.clone());
        });
        if saved.is_some() {
            self.pending.set_value(false);
            self.seen.set_value(now);
        }
    }

    /// Another tab wrote the library: refresh the list and, if the open scenario changed there,
    /// show that version — keeping this tab's unsaved edits as a copy.
    pub fn on_storage_changed(&self, planner: Planner) {
        let envelope = storage::load_current();
        self.entries.set(envelope.scenarios.clone());
        let Some(id) = self.open_id.get_untracked() else {
            return;
        };
        match envelope.get(&id) {
            Some(theirs) if theirs.updated_ms > self.seen.get_value() => {
                if self.pending.get_value() {
                    let mine = planner.scenario.get_untracked();
                    let copy_name = format!(
                        "{} {}",
                        mine.name,
                        Msg::ConflictSuffix.text(planner.locale.get_untracked())
                    );
                    let name = theirs.scenario.name.clone();
                    self.add(
                        Scenario {
                            name: copy_name.clone(),
                            ..mine
                        },
                        false,
                    );
                    self.tell(Notice::Conflict {
                        name,
                        copy: copy_name,
                    });
                }
                let theirs = theirs.clone();
                self.show(&theirs);
            }
            Some(_) => {}
            // Deleted in the other tab: keep working on it here; the next save restores it.
            None => self.pending.set_value(true),
        }
    }

    /// Adds `scenario` as a new saved scenario; opens it when `open`.
    pub fn add(&self, scenario: Scenario, open: bool) -> Option<String> {
        let now = now_ms();
        let id = storage::new_id(now, self.entries.with_untracked(Vec::len) as u32);
        let entry = StoredScenario {
            id: id.clone(),
            scenario,
            created_ms: now,
            updated_ms: now,
        };
        let stored = entry.clone();
        self.commit(move |env| {
            env.upsert(stored);
            if open {
                env.settings.last_open = Some(id.clone());
            }
        })?;
        if open {
            self.show(&entry);
        }
        Some(entry.id)
    }

    /// Opens a saved scenario (saving the current one first).
    pub fn open(&self, id: &str) {
        let planner = self.planner;
        self.save_now(planner);
        if let Some(entry) = self
            .entries
            .with_untracked(|e| e.iter().find(|s| s.id == id).cloned())
        {
            self.show(&entry);
            let id = id.to_string();
            self.commit(|env| env.settings.last_open = Some(id));
        }
    }

    /// Copies a saved scenario, with "(copy)" after its name, and opens the copy.
    pub fn duplicate(&self, id: &str) {
        let planner = self.planner;
        self.save_now(planner);
        let Some(mut scenario) = self
            .entries
            .with_untracked(|e| e.iter().find(|s| s.id == id).map(|s| s.scenario.clone()))
        else {
            return;
        };
        scenario.name = format!(
            "{} {}",
            scenario.name,
            Msg::CopySuffix.text(planner.locale.get_untracked())
        );
        self.add(scenario, true);
    }

    /// Renames a saved scenario (the open one is renamed in the planner too).
    pub fn rename(&self, id: &str, name: String) {
        let planner = self.planner;
        if self.open_id.get_untracked().as_deref() == Some(id) {
            planner.scenario.update(|s| s.name = name.clone());
            self.save_now(planner);
            return;
        }
        let id = id.to_string();
        let now = now_ms();
        self.commit(move |env| {
            if let Some(entry) = env.get_mut(&id) {
                entry.scenario.name = name;
                entry.updated_ms = now;
            }
        });
    }

    /// Deletes a saved scenario, offering Undo. Deleting the open one opens another (or a new
    /// default scenario when none is left).
    pub fn delete(&self, id: &str) {
        let planner = self.planner;
        let was_open = self.open_id.get_untracked().as_deref() == Some(id);
        if was_open {
            self.save_now(planner);
        }
        let id_owned = id.to_string();
        let mut removed = None;
        let Some(envelope) = self.commit(|env| {
            removed = env.remove(&id_owned);
            if env.settings.last_open.as_deref() == Some(id_owned.as_str()) {
                env.settings.last_open = env.scenarios.first().map(|s| s.id.clone());
            }
        }) else {
            return;
        };
        if let Some(removed) = removed {
            self.tell(Notice::Deleted(Box::new(removed)));
        }
        if was_open {
            match envelope.open_scenario() {
                Some(next) => self.show(next),
                None => {
                    self.add(Scenario::default(), true);
                }
            }
        }
    }

    /// Restores a deleted scenario.
    pub fn undo_delete(&self, entry: StoredScenario) {
        self.notice.set(None);
        self.commit(move |env| env.upsert(entry));
    }

    /// Imports a scenario from a file as a new saved scenario and opens it. When a saved scenario
    /// has the same name, the person is asked first whether to replace it (Cancel keeps both).
    pub fn import(&self, scenario: Scenario) {
        let planner = self.planner;
        self.save_now(planner);
        let name = scenario.name.clone();
        let same_name = self.entries.with_untracked(|e| {
            e.iter()
                .find(|s| s.scenario.name == name)
                .map(|s| (s.id.clone(), s.created_ms))
        });
        if let Some((id, created_ms)) = same_name {
            let question = Msg::ImportReplace
                .text(planner.locale.get_untracked())
                .replace("{name}", &name);
            let replace = web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if replace {
                let entry = StoredScenario {
                    id: id.clone(),
                    scenario,
                    created_ms,
                    updated_ms: now_ms(),
                };
                let stored = entry.clone();
                let saved = self.commit(move |env| {
                    env.upsert(stored);
                    env.settings.last_open = Some(id);
                });
                if saved.is_some() {
                    self.show(&entry);
                    self.tell(Notice::Imported(name));
                }
                return;
            }
        }
        if self.add(scenario, true).is_some() {
            self.tell(Notice::Imported(name));
        }
    }

    /// Saves the shared scenario being viewed as a new scenario of this browser and opens it.
    pub fn save_shared_copy(&self) {
        let planner = self.planner;
        let scenario = planner.scenario.get_untracked();
        if self.add(scenario, true).is_some() {
            clear_fragment();
        }
    }

    /// Leaves the shared view and goes back to the last open saved scenario.
    pub fn close_shared(&self) {
        clear_fragment();
        let envelope = storage::load_current();
        match envelope.open_scenario() {
            Some(entry) => self.show(entry),
            None => {
                self.add(Scenario::default(), true);
            }
        }
    }

    /// Shows a shared scenario read-only (nothing is saved until "Save a copy").
    pub fn show_shared(&self, scenario: Scenario, planner: Planner) {
        self.save_now(planner);
        self.shared.set(true);
        self.open_id.set(None);
        self.pending.set_value(false);
        planner.scenario.set(scenario);
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
