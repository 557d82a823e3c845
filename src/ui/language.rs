//! The language switch, and the rule behind it: the page shows a language only once its texts
//! are there. English is built in; Chinese and Thai come from catalogs fetched at run time
//! ([`crate::i18n::catalog`]). Choosing one loads it first, then switches; if it cannot be
//! loaded (offline on a first visit) the page stays in its language and says so.

use leptos::prelude::*;

use crate::i18n::{LanguageText, Locale, Msg, catalog};
use crate::ui::fields::{Planner, mt};

/// The language the page opens in when it wants `wanted`: `wanted` if its texts are there, else
/// English (the switch then loads `wanted`, see [`LanguageSwitch`]).
pub fn shown_at_start(wanted: Locale) -> Locale {
    if catalog::is_ready(wanted) {
        wanted
    } else {
        Locale::En
    }
}

/// The language `<html lang>` names as the page starts (set before the wasm runs by
/// `src/web/prepaint.js` from the saved setting or the browser's languages), so its catalog
/// can be fetched before the app mounts.
pub fn announced_locale() -> Locale {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|r| r.get_attribute("lang"))
        .and_then(|t| Locale::from_tag(&t))
        .unwrap_or_default()
}

/// What the switch is doing besides showing the current language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    /// Nothing.
    None,
    /// Loading this language's catalog.
    Loading(Locale),
    /// This language could not be loaded.
    Unavailable(Locale),
}

/// Switches the page to `to` once its texts are there, then calls `chosen` (a person's choice,
/// to be remembered; `None` for the start-up language, which is already saved or the
/// browser's).
fn switch_to(
    locale: RwSignal<Locale>,
    to: Locale,
    chosen: Option<Callback<Locale>>,
    pending: RwSignal<Pending>,
) {
    let apply = move || {
        locale.set(to);
        pending.set(Pending::None);
        if let Some(chosen) = chosen {
            chosen.run(to);
        }
    };
    if catalog::is_ready(to) {
        apply();
        return;
    }
    pending.set(Pending::Loading(to));
    leptos::task::spawn_local(async move {
        let loaded = catalog::load(to).await;
        // Only the latest choice counts (and nothing, if the page is gone).
        if pending.try_get_untracked() != Some(Pending::Loading(to)) {
            return;
        }
        match loaded {
            Ok(()) => apply(),
            Err(_) => pending.set(Pending::Unavailable(to)),
        }
    });
}

/// The language choice in the masthead, and the line that says a language is loading or
/// could not be loaded. `wanted` is the language the page should be in (saved or the
/// browser's): if the page had to start in English, the switch loads it now. `on_chosen` is
/// called with each language a person switched to.
#[component]
pub fn LanguageSwitch(
    /// The language the page should be in.
    wanted: Locale,
    /// Called once the page shows a language the person chose.
    #[prop(into)]
    on_chosen: Callback<Locale>,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let pending = RwSignal::new(Pending::None);
    if locale.get_untracked() != wanted {
        switch_to(locale, wanted, None, pending);
    }
    let select = NodeRef::<leptos::html::Select>::new();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
            switch_to(locale, l, Some(on_chosen), pending);
        }
    };
    // A language that could not be loaded is not shown as chosen.
    Effect::new(move |_| {
        if let (Pending::Unavailable(_), Some(select)) = (pending.get(), select.get()) {
            select.set_value(locale.get_untracked().tag());
        }
    });
    let status = move || {
        let (text, language) = match pending.get() {
            Pending::None => return None,
            Pending::Loading(l) => (LanguageText::Loading, l),
            Pending::Unavailable(l) => (LanguageText::Unavailable, l),
        };
        Some(
            text.text(locale.get())
                .replace("{language}", language.native_name()),
        )
    };
    view! {
        <label for="language" class="visually-hidden">
            {mt(Msg::Language)}
        </label>
        <select
            id="language"
            data-testid="language"
            node_ref=select
            prop:value=move || locale.get().tag()
            on:change=on_change
        >
            {Locale::ALL
                .iter()
                .map(|l| view! { <option value=l.tag()>{l.native_name()}</option> })
                .collect_view()}
        </select>
        <p class="language-status" role="status" data-testid="language-status">
            {status}
        </p>
    }
}
