//! The page: holds the scenario and the language, derives the results from the engine (one
//! Memo), persists both, and lays out header, quick start, editor, results and footer.
//!
//! As the browser starts it ([`Page`]) it mounts in stages ([`stage`]): the page's state in
//! the first task after the one that instantiated the wasm (the static masthead stays); then,
//! one painted frame apart, the masthead, the summary, the quick start, the headline results,
//! the hidden costs, each chart and table, and the editor with the footer — no task long enough
//! to block typing. As an embed (`?embed`) it shows only the quick start, the headline results
//! and the quadrant bar, and keeps nothing.

use leptos::prelude::*;
use std::sync::Arc;

use truecost_model::{Results, Scenario, evaluate, register};

use crate::i18n::{Locale, Msg, Rx};
use crate::storage;
use crate::ui::charts::when;
use crate::ui::editor::Editor;
use crate::ui::embed::{
    EmbedCode, OpenFullPlanner, embed_locale, is_embed, open_embedded_scenario,
};
use crate::ui::fields::{Planner, mt};
use crate::ui::language::{LanguageSwitch, shown_at_start};
use crate::ui::library::Library;
use crate::ui::quick_start::QuickStart;
use crate::ui::results::{ResultsPanel, SummaryBar};
use crate::ui::scenarios::{Notices, ScenariosPanel, open_share_link_from_address};
use crate::ui::stage;

/// The language the browser prefers, among those the app speaks.
fn browser_locale() -> Locale {
    let langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Locale::negotiate(&langs)
}

/// Sets `<html lang>` and the document title for `locale`.
fn apply_locale_to_document(locale: Locale) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", locale.tag());
        }
        doc.set_title(&format!(
            "{} — {}",
            Msg::AppName.text(locale),
            Msg::TitleTagline.text(locale)
        ));
    }
}

/// Which scenario the page shows: the open saved one's id, and whether it is a shared link.
type ShownScenario = (Option<String>, bool);

/// The page as the browser starts it: [`App`], mounted in stages (see [`stage`]) so that no
/// start-up task is long — the first paint shows the masthead, then summary, quick start and
/// headline results, and the rest follows in later tasks.
#[component]
pub fn Page() -> impl IntoView {
    provide_context(stage::Staged);
    view! { <App /> }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let embed = is_embed();
    // A problem with storage is shown by <Notices /> (the library keeps it). An embed keeps
    // nothing: it never reads or writes this browser's storage.
    let (stored, _) = if embed {
        Default::default()
    } else {
        storage::load()
    };
    let initial_locale = if embed {
        embed_locale().unwrap_or_else(browser_locale)
    } else {
        stored
            .settings
            .locale
            .as_deref()
            .and_then(Locale::from_tag)
            .unwrap_or_else(browser_locale)
    };
    let planner = Planner {
        scenario: RwSignal::new(Scenario::default()),
        locale: RwSignal::new(shown_at_start(initial_locale)),
        defaults: StoredValue::new(Scenario::default()),
        assumptions: StoredValue::new(register()),
    };
    provide_context(planner);
    let library = Library::new(&stored, planner);
    provide_context(library);
    let scenario = planner.scenario;
    let locale = planner.locale;
    // A share link in the address is shown read-only, without touching the saved scenarios;
    // an embed opens its link's scenario for editing, and keeps nothing.
    if embed {
        open_embedded_scenario(planner);
    } else {
        open_share_link_from_address(library, planner);
    }
    let stage = stage::stages();
    let reached = move |n: u8| Memo::new(move |_| stage.get() >= n);
    let masthead_ready = reached(stage::MASTHEAD);
    let summary_ready = reached(stage::SUMMARY);
    let quick_start_ready = reached(stage::QUICK_START);
    let results_ready = reached(stage::HEADLINE);
    let all_ready = reached(stage::ALL);

    // The one place results are computed: the engine, on every change of the scenario.
    let evaluated = Memo::new(move |_| scenario.with(evaluate));
    // What the results panel shows: the newest results, or the last good ones on an error —
    // of the same scenario only: opening another one (or a shared link) that cannot be
    // evaluated shows no results rather than another scenario's.
    let shown = Memo::new(move |_| (library.open_id.get(), library.shared.get()));
    // One copy of the results per edit (read everywhere with `.with`, never cloned per read).
    let last_of = StoredValue::new(None::<ShownScenario>);
    let last_good = Memo::new(move |prev: Option<&Option<Results>>| {
        let now = shown.get();
        let same = last_of.with_value(|l| l.as_ref() == Some(&now));
        last_of.set_value(Some(now));
        evaluated.with(|e| match e {
            Ok(r) => Some(r.clone()),
            Err(_) if same => prev.cloned().flatten(),
            Err(_) => None,
        })
    });

    if embed {
        stage::remove_static_page();
        Effect::new(move |_| apply_locale_to_document(locale.get()));
        return view! {
            <div class="app embedded">
                <main class="layout">
                    <QuickStart />
                    <section class="panel results" aria-labelledby="results-title">
                        <h2 id="results-title">{mt(Msg::Results)}</h2>
                        <ResultsPanel evaluated=evaluated last_good=last_good stage=Signal::stored(stage::HIDDEN_COSTS) />
                        {Suspend::new(open_full_planner())}
                    </section>
                </main>
            </div>
        }
        .into_any();
    }

    provide_context(crate::ui::results::Current(last_good));

    // Autosave: every change of the open scenario is saved after a short pause.
    Effect::new(move |previous_run: Option<()>| {
        scenario.track();
        if previous_run.is_some() || library.differs_from_saved(planner) {
            library.schedule_autosave(planner);
        }
    });
    Effect::new(move |_| apply_locale_to_document(locale.get()));
    // Another tab saved: show its changes here.
    let storage_listener = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| storage::is_library_key(&k)) {
            library.on_storage_changed(planner);
        }
    });
    // A share link pasted into the address bar of an open page.
    let hash_listener = window_event_listener(leptos::ev::hashchange, move |_| {
        open_share_link_from_address(library, planner);
    });
    // Leaving or hiding the page saves a pending edit at once.
    let hide_listener =
        window_event_listener(leptos::ev::pagehide, move |_| library.save_now(planner));
    on_cleanup(move || {
        library.cancel_autosave();
        storage_listener.remove();
        hash_listener.remove();
        hide_listener.remove();
    });

    // The toggle's state as prepaint.js set it; it keeps it up to date from then on.
    let dark_now = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|r| r.get_attribute("data-theme"))
            .is_some_and(|t| t == "dark")
            .to_string()
    };
    let on_language = move |l: Locale| library.remember_locale(l.tag());

    view! {
        // Not drawn until its masthead replaces the static one: an empty page below the static
        // one would move up when that is removed (a layout shift).
        <div class="app" hidden=move || !masthead_ready.get()>
            {when(
                masthead_ready,
                Arc::new(move || {
                    view! {
                        <header class="masthead">
                            <div class="masthead-inner">
                                <p class="brand">
                                    <span class="brand-mark" aria-hidden="true"></span>
                                    {mt(Msg::AppName)}
                                </p>
                                <div class="masthead-tools">
                                    <LanguageSwitch wanted=initial_locale on_chosen=on_language />
                                    // Switched and remembered by src/web/prepaint.js (no wasm needed).
                                    <button
                                        type="button"
                                        class="theme-toggle"
                                        data-theme-toggle=""
                                        data-testid="theme-toggle"
                                        aria-pressed=dark_now()
                                    >
                                        {move || Rx::DarkMode.text(locale.get())}
                                    </button>
                                    <EmbedCode />
                                </div>
                                <h1 class="promise">{mt(Msg::Promise)}</h1>
                            </div>
                        </header>
                        <Notices />
                        // Shown instead of the planner while the address asks for it (style/compare.css).
                        <crate::ui::compare::CompareMount />
                    }
                    .into_any()
                }),
            )}
            <main class="layout">
                {when(
                    summary_ready,
                    Arc::new(move || {
                        view! {
                            <SummaryBar results=last_good />
                            <ScenariosBar />
                        }
                        .into_any()
                    }),
                )}
                {when(quick_start_ready, Arc::new(|| view! { <QuickStart /> }.into_any()))}
                // The editor's section is there with the results, so that the results keep
                // their column when the editor fills it (no layout shift on a wide screen); on
                // a narrow one, where it comes below the results, it is not drawn until filled
                // (style/main.css), so that the results growing above it move nothing.
                {when(
                    results_ready,
                    Arc::new(move || {
                        view! {
                            <section
                                class="panel inputs"
                                aria-labelledby="inputs-title"
                                data-filled=move || all_ready.get().then_some("")
                            >
                                <h2 id="inputs-title">{mt(Msg::Inputs)}</h2>
                                <fieldset class="plain" disabled=move || library.shared.get()>
                                    {when(all_ready, Arc::new(|| view! { <Editor /> }.into_any()))}
                                </fieldset>
                            </section>
                        }
                        .into_any()
                    }),
                )}
                {when(
                    results_ready,
                    Arc::new(move || {
                        view! {
                            <section class="panel results" aria-labelledby="results-title">
                                <h2 id="results-title">{mt(Msg::Results)}</h2>
                                <ResultsPanel evaluated=evaluated last_good=last_good stage=stage />
                            </section>
                        }
                        .into_any()
                    }),
                )}
            </main>
            {when(
                all_ready,
                Arc::new(|| {
                    view! {
                        <footer class="footer">
                            <p>{mt(Msg::FooterPrivacy)}</p>
                            <p class="sources">{mt(Msg::FooterSources)}</p>
                        </footer>
                    }
                    .into_any()
                }),
            )}
        </div>
    }
    .into_any()
}

/// The scenarios panel, folded into a bar at the top of the page that names the open scenario:
/// opening the bar shows the whole panel in place. In the release page (feature `split`) the
/// panel is a lazily loaded chunk, fetched the first time the bar is opened.
#[component]
fn ScenariosBar() -> impl IntoView {
    let planner = Planner::get();
    let locale = planner.locale;
    let name = Memo::new(move |_| planner.scenario.with(|s| s.name.clone()));
    let opened = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() && !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <details class="scenarios-bar full no-print" data-testid="scenarios-bar" on:toggle=on_toggle>
            <summary>
                <span class="scenarios-bar-label">{move || Rx::OpenScenario.text(locale.get())}</span>
                " "
                <strong data-testid="scenarios-bar-name">{move || name.get()}</strong>
                <span class="scenarios-bar-more" data-testid="scenarios-bar-link">
                    {move || Rx::ShowScenarios.text(locale.get())}
                </span>
            </summary>
            {move || opened.get().then(|| Suspend::new(scenarios_panel()))}
        </details>
    }
}

/// The embed's link to the full planner (a lazily loaded chunk in the release page: only an
/// embed needs it).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn open_full_planner() -> AnyView {
    view! { <OpenFullPlanner /> }.into_any()
}

/// The scenarios panel (a lazily loaded chunk in the release page).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn scenarios_panel() -> AnyView {
    crate::ui::lazy_style::load(&[crate::ui::lazy_style::Sheet::Decide]).await;
    view! { <ScenariosPanel /> }.into_any()
}
