//! The page's start-up in stages: which part of the page appears in which task, so that no
//! start-up task is long on a slow phone (issue 12: none over 100 ms at 4× CPU throttle).
//!
//! Stage 0 is the mount itself: the page's state, nothing drawn (the static masthead of
//! `index.html` stays). The app's masthead replaces it in the next stage. Each later stage runs
//! in a task of its own after the previous one has been painted (an animation frame, then a
//! zero timeout), so the layout of one part and the script of the next never add up to one
//! long task. The order follows the
//! eye: summary, quick start, headline, hidden costs, then the charts and tables below, and the
//! editor last. When the last stage is reached, `<html data-mounted="all">` says so (tests wait
//! for it).

use std::time::Duration;

use leptos::prelude::*;

/// The mount: the page's state (scenario, library, listeners); the static page stays.
pub const SETUP: u8 = 0;
/// The masthead, the notices and the compare view, in place of the static page.
pub const MASTHEAD: u8 = 1;
/// The sticky summary and the scenarios bar.
pub const SUMMARY: u8 = 2;
/// The quick-start row.
pub const QUICK_START: u8 = 3;
/// The results section with its headline figures, and the editor's (still empty) section.
pub const HEADLINE: u8 = 4;
/// The hidden-cost insight, quadrant bar and table.
pub const HIDDEN_COSTS: u8 = 5;
/// The print summary, the fit results and the cost chart.
pub const COST_CHART: u8 = 6;
/// The cumulative chart.
pub const CUMULATIVE: u8 = 7;
/// The uncertainty panel's placeholder and the breakdowns.
pub const BREAKDOWNS: u8 = 8;
/// The year-by-year table and the warnings.
pub const YEAR_TABLE: u8 = 9;
/// The editor's fields and the footer: everything is there.
pub const ALL: u8 = 10;

/// Marks a page mounted in stages; without it (tests mounting the app directly) everything is
/// there at once.
#[derive(Clone, Copy)]
pub struct Staged;

/// The stage the page has reached: [`SETUP`] at first, then one more per painted frame up to
/// [`ALL`]; [`ALL`] at once when no [`Staged`] is provided.
pub fn stages() -> RwSignal<u8> {
    let staged = use_context::<Staged>().is_some();
    let stage = RwSignal::new(if staged { SETUP } else { ALL });
    if staged {
        after_paint(stage);
    }
    stage
}

/// Schedules the next stage in a task after the next painted frame.
fn after_paint(stage: RwSignal<u8>) {
    request_animation_frame(move || set_timeout(move || next_stage(stage), Duration::ZERO));
}

/// Moves to the next stage and schedules the one after it; at [`MASTHEAD`] removes the static
/// page (the app's masthead is drawn in the same task, so no frame shows both or neither); at
/// the last, marks the document (`data-mounted="all"`).
fn next_stage(stage: RwSignal<u8>) {
    stage.update(|s| *s = s.saturating_add(1));
    if stage.get_untracked() == MASTHEAD {
        remove_static_page();
    }
    if stage.get_untracked() < ALL {
        after_paint(stage);
    } else if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-mounted", "all");
    }
}

/// Removes the static masthead and "Loading…" line of `index.html` (`#boot`), which the app's
/// own masthead replaces (or, in an embed, the app's content).
pub fn remove_static_page() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}
