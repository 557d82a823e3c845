//! What the person does with the library — new, open, duplicate, rename, delete and undo,
//! import, the shared view, replacing an unreadable stored value — each as one versioned
//! operation through [`Library::run`] (see the parent module).

use leptos::prelude::*;
use truecost_model::Scenario;

use super::{Library, Notice, clear_fragment, now_ms};
use crate::i18n::Msg;
use crate::storage::tab::Tab;
use crate::storage::versions::{Ancestor, Because, Op, Outcome};
use crate::storage::{self, Envelope, StoredScenario, Version};
use crate::ui::fields::{Planner, clip_name};

impl Library {
    /// Adds `scenario` as a new saved scenario; opens it when `open`. `None` when it could not
    /// be added (the notice says why).
    pub fn add(&self, scenario: Scenario, open: bool) -> Option<String> {
        if open && !self.flush() {
            return None;
        }
        let draft = StoredScenario::draft(self.fresh_id(), scenario, now_ms());
        let op = Op::Save {
            id: draft.id.clone(),
            scenario: draft.scenario.clone(),
            ancestors: vec![Ancestor::of(&draft)],
            copy: self.copy_plan(&draft.scenario, Msg::CopySuffix),
        };
        let before = self.tab.get_value();
        if open {
            // Opened first, so the page knows the new scenario started here (revision 0).
            self.tab.update_value(|t| t.open(&draft));
        }
        let Some((outcome, envelope)) = self.run_opening(op, false, open) else {
            self.tab.set_value(before);
            return None;
        };
        let entry = match outcome {
            Outcome::Saved(e) | Outcome::Unchanged(e) | Outcome::Copied { entry: e, .. } => e,
            _ => draft,
        };
        if open {
            self.pending.set_value(false);
            self.open_id.set(Some(entry.id.clone()));
            self.shared.set(false);
            self.planner.scenario.set(entry.scenario.clone());
            self.refresh(&envelope);
        }
        Some(entry.id)
    }

    /// Remembers which scenario is open, for the next visit (a refused write only loses that).
    fn remember_open(&self, id: &str) {
        let id = id.to_string();
        let _ = storage::commit(|env| {
            if env.get(&id).is_some() {
                env.settings.last_open = Some(id);
            }
        });
    }

    /// Remembers the chosen language; a refused write is reported.
    pub fn remember_locale(&self, tag: &str) {
        if let Err(error) = storage::commit(|env| env.settings.locale = Some(tag.to_string())) {
            self.failures.update(|f| f.change = Some(error));
        }
    }

    /// Opens a saved scenario (saving the current one first).
    pub fn open(&self, id: &str) {
        if !self.flush() {
            return;
        }
        if let Some(entry) = self
            .entries
            .with_untracked(|e| e.iter().find(|s| s.id == id).cloned())
        {
            self.show(&entry);
            self.remember_open(id);
            self.refresh(&storage::read_current().unwrap_or_else(|| Envelope {
                scenarios: self.entries.get_untracked(),
                ..Envelope::default()
            }));
        }
    }

    /// Copies a saved scenario, with "(copy)" after its name, and opens the copy.
    pub fn duplicate(&self, id: &str) {
        if !self.flush() {
            return;
        }
        let Some(mut scenario) = self
            .entries
            .with_untracked(|e| e.iter().find(|s| s.id == id).map(|s| s.scenario.clone()))
        else {
            return;
        };
        let locale = self.planner.locale.get_untracked();
        scenario.name = clip_name(&format!(
            "{} {}",
            scenario.name,
            Msg::CopySuffix.text(locale)
        ));
        self.add(scenario, true);
    }

    /// Renames a saved scenario (the open one is renamed in the planner too).
    pub fn rename(&self, id: &str, name: String) {
        if self.open_id.get_untracked().as_deref() == Some(id) {
            self.planner.scenario.update(|s| s.name = name.clone());
            self.pending.set_value(true);
            self.save(false);
            return;
        }
        let Some(entry) = self
            .entries
            .with_untracked(|e| e.iter().find(|s| s.id == id).cloned())
        else {
            return;
        };
        let old_name = entry.scenario.name.clone();
        let op = Op::Save {
            id: id.to_string(),
            scenario: Scenario {
                name,
                ..entry.scenario.clone()
            },
            ancestors: vec![Ancestor::of(&entry)],
            copy: self.copy_plan(&entry.scenario, Msg::ConflictSuffix),
        };
        if let Some((outcome, _)) = self.run(op, false) {
            self.report(&outcome, &old_name);
        }
    }

    /// Deletes a saved scenario, offering Undo — only if it is still the version shown here.
    /// Deleting the open one opens another (or a new default draft when none is left).
    pub fn delete(&self, id: &str) {
        let was_open = self.open_id.get_untracked().as_deref() == Some(id);
        if was_open && !self.flush() {
            return;
        }
        let Some(entry) = self
            .entries
            .with_untracked(|e| e.iter().find(|s| s.id == id).cloned())
        else {
            return;
        };
        if entry.rev == 0 {
            // A draft never saved: nothing stored to delete.
            if was_open {
                let envelope = storage::read_current().unwrap_or(Envelope {
                    scenarios: Vec::new(),
                    ..Envelope::default()
                });
                let mut rest = envelope.clone();
                rest.scenarios.retain(|s| s.id != id);
                self.tab.update_value(Tab::close);
                self.open_next(&rest);
            }
            return;
        }
        let op = Op::Delete {
            id: id.to_string(),
            seen: entry.version(),
        };
        let Some((outcome, envelope)) = self.run(op, false) else {
            return;
        };
        match outcome {
            Outcome::Deleted {
                entry,
                tombstone,
                at,
            } => {
                if was_open {
                    self.open_next(&envelope);
                }
                self.tell(Notice::Deleted {
                    entry: Box::new(entry),
                    tombstone,
                    at,
                    elsewhere: false,
                });
            }
            Outcome::NotDeleted(Because::Deleted) if was_open => {
                self.open_next(&envelope);
                self.report(&outcome, &entry.scenario.name);
            }
            other => self.report(&other, &entry.scenario.name),
        }
    }

    /// Restores a deleted scenario — as a copy if it was changed elsewhere since. A refused
    /// write keeps Undo offered, to try again.
    pub fn undo_delete(&self, entry: StoredScenario, tombstone: Version, at: usize) {
        let copy = self.copy_plan(&entry.scenario, Msg::CopySuffix);
        let op = Op::Undo {
            entry,
            tombstone,
            at,
            copy,
        };
        match self.run(op, false) {
            Some((Outcome::Copied { entry, .. }, _)) => {
                self.tell(Notice::RestoredAsCopy(entry.scenario.name))
            }
            Some(_) => self.notice.set(None),
            None => {}
        }
    }

    /// Imports a scenario from a file as a new saved scenario and opens it. When a saved scenario
    /// has the same name, the person is asked first whether to replace it (Cancel keeps both).
    pub fn import(&self, scenario: Scenario) {
        if !self.flush() {
            return;
        }
        let name = scenario.name.clone();
        let same_name = self.entries.with_untracked(|e| {
            e.iter()
                .find(|s| s.scenario.name == name && s.rev > 0)
                .cloned()
        });
        if let Some(existing) = same_name {
            let question = Msg::ImportReplace
                .text(self.planner.locale.get_untracked())
                .replace("{name}", &name);
            let replace = web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if replace {
                // Opened, then saved like an edit: merged or kept as a copy if it changed
                // elsewhere meanwhile.
                self.show(&existing);
                self.planner.scenario.set(scenario);
                self.pending.set_value(true);
                if self.save(false) {
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
        let scenario = self.planner.scenario.get_untracked();
        if self.add(scenario, true).is_some() {
            clear_fragment();
        }
    }

    /// Leaves the shared view and goes back to the last open saved scenario.
    pub fn close_shared(&self) {
        clear_fragment();
        let envelope = storage::read_current().unwrap_or_else(|| Envelope {
            scenarios: self.entries.get_untracked(),
            ..Envelope::default()
        });
        self.open_next(&envelope);
    }

    /// Shows a shared scenario read-only (nothing is saved until "Save a copy").
    pub fn show_shared(&self, scenario: Scenario, _planner: Planner) {
        if !self.flush() {
            return;
        }
        self.shared.set(true);
        self.tab.update_value(Tab::close);
        self.open_id.set(None);
        self.pending.set_value(false);
        self.planner.scenario.set(scenario);
        if let Some(envelope) = storage::read_current() {
            self.refresh(&envelope);
        }
    }

    /// Writes this page's library over an unreadable stored value that could not be backed up
    /// (the person chose to, after being offered the download).
    pub fn replace_unreadable(&self) {
        match storage::replace_unreadable() {
            Ok(envelope) => {
                self.problem.set(None);
                self.refresh(&envelope);
                self.tell(Notice::SavedAgain);
            }
            Err(error) => self.failures.update(|f| f.change = Some(error)),
        }
    }
}
