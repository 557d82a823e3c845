//! The page: holds the scenario and the language, derives the results from the engine (one
//! Memo), persists both, and lays out header, quick start, editor, results and footer.

use leptos::prelude::*;

use truecost_model::{Results, Scenario, evaluate, register};

use crate::i18n::{Locale, Msg};
use crate::storage;
use crate::ui::editor::Editor;
use crate::ui::fields::{Planner, mt};
use crate::ui::library::Library;
use crate::ui::quick_start::QuickStart;
use crate::ui::results::ResultsPanel;
use crate::ui::scenarios::{Notices, ScenariosPanel, open_share_link_from_address};

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

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    // A problem with storage is shown by <Notices /> (the library keeps it).
    let (stored, _) = storage::load();
    let initial_locale = stored
        .settings
        .locale
        .as_deref()
        .and_then(Locale::from_tag)
        .unwrap_or_else(browser_locale);
    let planner = Planner {
        scenario: RwSignal::new(Scenario::default()),
        locale: RwSignal::new(initial_locale),
        defaults: StoredValue::new(Scenario::default()),
        assumptions: StoredValue::new(register()),
    };
    provide_context(planner);
    let library = Library::new(&stored, planner);
    provide_context(library);
    let scenario = planner.scenario;
    let locale = planner.locale;
    // A share link in the address is shown read-only, without touching the saved scenarios.
    open_share_link_from_address(library, planner);

    // The one place results are computed: the engine, on every change of the scenario.
    let evaluated = Memo::new(move |_| scenario.with(evaluate));
    // What the results panel shows: the newest results, or the last good ones on an error —
    // of the same scenario only: opening another one (or a shared link) that cannot be
    // evaluated shows no results rather than another scenario's.
    let shown = Memo::new(move |_| (library.open_id.get(), library.shared.get()));
    let last_good_of = Memo::new(move |prev: Option<&(ShownScenario, Option<Results>)>| {
        let now = shown.get();
        let results = match evaluated.get() {
            Ok(r) => Some(r),
            Err(_) => prev
                .filter(|(of, _)| *of == now)
                .and_then(|(_, r)| r.clone()),
        };
        (now, results)
    });
    let last_good = Memo::new(move |_| last_good_of.with(|(_, r)| r.clone()));

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

    let on_language = move |ev: leptos::ev::Event| {
        if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
            locale.set(l);
            library.remember_locale(l.tag());
        }
    };

    view! {
        <div class="app">
            <header class="masthead">
                <div class="masthead-inner">
                    <p class="brand">
                        <span class="brand-mark" aria-hidden="true"></span>
                        {mt(Msg::AppName)}
                    </p>
                    <div class="masthead-tools">
                        <label for="language" class="visually-hidden">
                            {mt(Msg::Language)}
                        </label>
                        <select
                            id="language"
                            data-testid="language"
                            prop:value=move || locale.get().tag()
                            on:change=on_language
                        >
                            {Locale::ALL
                                .iter()
                                .map(|l| view! { <option value=l.tag()>{l.native_name()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <h1 class="promise">{mt(Msg::Promise)}</h1>
                </div>
            </header>
            <Notices />
            // Shown instead of the planner while the address asks for it (style/compare.css).
            <crate::ui::compare::CompareView />
            <main class="layout">
                <ScenariosPanel />
                <QuickStart />
                <section class="panel inputs" aria-labelledby="inputs-title">
                    <h2 id="inputs-title">{mt(Msg::Inputs)}</h2>
                    <fieldset class="plain" disabled=move || library.shared.get()>
                        <Editor />
                    </fieldset>
                </section>
                <section class="panel results sticky" aria-labelledby="results-title">
                    <h2 id="results-title">{mt(Msg::Results)}</h2>
                    <ResultsPanel evaluated=evaluated last_good=last_good />
                </section>
            </main>
            <footer class="footer">
                <p>{mt(Msg::FooterPrivacy)}</p>
                <p class="sources">{mt(Msg::FooterSources)}</p>
            </footer>
        </div>
    }
}
