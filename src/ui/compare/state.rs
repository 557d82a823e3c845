//! The comparison's state (wasm only): whether the view is open, which scenarios are picked
//! and which is the baseline, a compare link being viewed read-only, and the one memo that asks
//! the engine for the comparison. Also the routing: `#compare` opens the view, `#c=…` opens a
//! compare link, an empty fragment (the browser's Back) or a share link closes it.

use leptos::prelude::*;
use truecost_model::Scenario;
use truecost_model::compare::{CompareError, Comparison, MAX_OPTIONS, compare_scenarios};

use super::link::{self, LinkError};
use crate::share::{self, ShareError};
use crate::ui::fields::Planner;
use crate::ui::library::{Library, clear_fragment};

/// The fragment that opens the compare view.
pub const ROUTE: &str = "#compare";

/// Letters that name the options in charts and sentences.
const LETTERS: [&str; MAX_OPTIONS] = ["A", "B", "C", "D"];

/// The comparison's state; provided as context by the compare view.
#[derive(Clone, Copy)]
pub struct Cmp {
    /// The library the scenarios are picked from and copies saved to.
    pub library: Library,
    /// The planner (its open scenario, the language).
    pub planner: Planner,
    /// The compare view is shown (instead of the planner).
    pub open: RwSignal<bool>,
    /// The ids of the picked saved scenarios, in order.
    pub picks: RwSignal<Vec<String>>,
    /// The baseline's index among the options.
    pub baseline: RwSignal<usize>,
    /// A compare link being viewed: the scenarios that could be read (read-only).
    pub shared: RwSignal<Option<Vec<Scenario>>>,
    /// Parts of that link that could not be read: their number (from 1) and why.
    pub broken: RwSignal<Vec<(usize, ShareError)>>,
    /// Why the link as a whole could not be read.
    pub link_error: RwSignal<Option<LinkError>>,
    /// The options compared, in order.
    pub scenarios: Memo<Vec<Scenario>>,
    /// The engine's answer; `None` with fewer than two options.
    pub outcome: Memo<Option<Result<Comparison, CompareError>>>,
    /// The comparison, when there is one.
    pub comparison: Memo<Option<Comparison>>,
    /// Each option's label: its letter and name ("A · HubSpot …").
    pub labels: Memo<Vec<String>>,
}

/// Whether the fragment `hash` (with its `#`) asks for the compare view: its route or a
/// compare link.
pub fn asks_for_compare(hash: &str) -> bool {
    hash == ROUTE || hash.starts_with("#c=")
}

/// The current fragment, with its `#` ("" when none).
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

impl Cmp {
    /// The comparison of the current component tree.
    pub fn get() -> Cmp {
        expect_context::<Cmp>()
    }

    /// A closed comparison over `library`'s scenarios.
    pub fn new(library: Library, planner: Planner) -> Cmp {
        let picks = RwSignal::new(Vec::<String>::new());
        let shared = RwSignal::new(None::<Vec<Scenario>>);
        let baseline = RwSignal::new(0usize);
        let scenarios = Memo::new(move |_| {
            if let Some(s) = shared.get() {
                return s;
            }
            let open = library.open_id.get();
            picks.with(|ids| {
                ids.iter()
                    .filter_map(|id| {
                        if open.as_ref() == Some(id) && !library.shared.get() {
                            Some(planner.scenario.get())
                        } else {
                            library.entries.with(|e| {
                                e.iter().find(|s| &s.id == id).map(|s| s.scenario.clone())
                            })
                        }
                    })
                    .collect()
            })
        });
        let outcome = Memo::new(move |_| {
            let base = baseline.get();
            scenarios.with(|s| (s.len() >= 2).then(|| compare_scenarios(s, base.min(s.len() - 1))))
        });
        let comparison =
            Memo::new(move |_| outcome.with(|o| o.as_ref().and_then(|r| r.as_ref().ok()).cloned()));
        let labels = Memo::new(move |_| {
            scenarios.with(|s| {
                s.iter()
                    .zip(LETTERS)
                    .map(|(s, letter)| format!("{letter} · {}", s.name))
                    .collect()
            })
        });
        Cmp {
            library,
            planner,
            open: RwSignal::new(false),
            picks,
            baseline,
            shared,
            broken: RwSignal::new(Vec::new()),
            link_error: RwSignal::new(None),
            scenarios,
            outcome,
            comparison,
            labels,
        }
    }

    /// Option `i`'s label, untracked-safe ("" when there is none).
    pub fn label(&self, i: usize) -> String {
        self.labels.with(|l| l.get(i).cloned().unwrap_or_default())
    }

    /// Follows the address: `#compare` opens the view (with the open scenario picked when
    /// nothing is), `#c=…` opens a compare link, and an empty fragment or a share link closes it.
    pub fn follow_address(&self) {
        let hash = current_hash();
        if hash == ROUTE {
            if self.picks.with_untracked(Vec::is_empty)
                && let Some(id) = self.library.open_id.get_untracked()
            {
                self.picks.set(vec![id]);
            }
            self.open.set(true);
        } else if hash.starts_with("#c=") {
            self.open.set(true);
            self.open_link(hash);
        } else if self.open.get_untracked() && (hash.is_empty() || hash.starts_with("#s=")) {
            self.open.set(false);
        }
    }

    /// Opens the compare view (from anywhere: the view follows the address).
    pub fn open_view() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&ROUTE[1..]);
        }
    }

    /// Back to the planner: the fragment is cleared and a link being viewed is closed.
    pub fn close(&self) {
        clear_fragment();
        self.leave_link();
        self.open.set(false);
    }

    fn leave_link(&self) {
        self.shared.set(None);
        self.broken.set(Vec::new());
        self.link_error.set(None);
    }

    /// Reads a compare link: each part on its own, so a damaged one is named while the others
    /// open; a link replaced meanwhile by another is not shown.
    fn open_link(&self, hash: String) {
        let this = *self;
        match link::unframe(&hash) {
            Err(e) => {
                this.shared.set(Some(Vec::new()));
                this.broken.set(Vec::new());
                this.link_error.set(Some(e));
            }
            Ok(parts) => leptos::task::spawn_local(async move {
                let mut opened = Vec::with_capacity(parts.fragments.len());
                for fragment in &parts.fragments {
                    opened.push(share::browser::decode(fragment).await);
                }
                if current_hash() != hash {
                    return;
                }
                let baseline = link::readable_baseline(parts.baseline, &opened);
                let mut broken = Vec::new();
                let mut readable = Vec::new();
                for (i, part) in opened.into_iter().enumerate() {
                    match part {
                        Ok(s) => readable.push(s),
                        Err(e) => broken.push((i + 1, e)),
                    }
                }
                this.link_error.set(None);
                this.broken.set(broken);
                this.baseline.set(baseline);
                this.shared.set(Some(readable));
            }),
        }
    }

    /// Saves every scenario of the link being viewed as a new saved scenario, then compares
    /// those saved copies (no longer read-only). Returns how many were saved.
    pub fn save_copies(&self) -> usize {
        let Some(scenarios) = self.shared.get_untracked() else {
            return 0;
        };
        let ids: Vec<String> = scenarios
            .into_iter()
            .filter_map(|s| self.library.add(s, false))
            .collect();
        let saved = ids.len();
        if saved > 0 {
            clear_fragment();
            self.leave_link();
            self.picks.set(ids);
        }
        saved
    }

    /// Compares these saved scenarios against the first (quick compare).
    pub fn compare_saved(&self, ids: Vec<String>) {
        self.leave_link();
        self.baseline.set(0);
        self.picks.set(ids);
        Cmp::open_view();
        self.open.set(true);
    }
}
