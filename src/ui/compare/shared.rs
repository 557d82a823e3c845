//! A compare link being viewed: the read-only banner with "Save copies", and each part of the
//! link that could not be read, named with the reason (the others are still compared).

use leptos::prelude::*;

use super::link::LinkError;
use super::state::Cmp;
use crate::i18n::{Cx, Locale};
use crate::ui::fields::lt;
use crate::ui::share_box::share_reason;

/// Why the link as a whole could not be read, in the reader's language.
fn link_error_text(e: &LinkError, l: Locale) -> String {
    match e {
        LinkError::NotACompareLink => Cx::LinkNot.text(l).to_owned(),
        LinkError::TooLong { len, max } => Cx::LinkTooLong
            .text(l)
            .replace("{len}", &len.to_string())
            .replace("{max}", &max.to_string()),
        LinkError::Count { given } => Cx::LinkCount.text(l).replace("{n}", &given.to_string()),
    }
}

/// The banner of a compare link (`data-testid="compare-shared"`), its broken parts
/// (`data-testid="compare-broken"`, one `<li>` each) and "Save copies".
#[component]
pub fn SharedBanner() -> impl IntoView {
    let cmp = Cmp::get();
    let locale = cmp.planner.locale;
    let saved = RwSignal::new(None::<usize>);
    let save = move |_| saved.set(Some(cmp.save_copies()));
    let broken = move || {
        let l = locale.get();
        cmp.broken.with(|b| {
            b.iter()
                .map(|(n, e)| {
                    let text = Cx::PartBroken
                        .text(l)
                        .replace("{n}", &n.to_string())
                        .replace("{reason}", &share_reason(e, l));
                    view! { <li data-part=*n>{text}</li> }
                })
                .collect_view()
        })
    };
    let whole = move || {
        cmp.link_error
            .get()
            .map(|e| view! { <p data-testid="compare-link-error">{link_error_text(&e, locale.get())}</p> })
    };
    let readable = move || cmp.shared.with(|s| s.as_ref().map_or(0, Vec::len));
    view! {
            <div
                class="banner shared no-print"
                role="status"
                data-testid="compare-shared"
                hidden=move || cmp.shared.with(Option::is_none)
            >
                <span>{lt(Cx::Shared)}</span>
                <button
                    type="button"
                    class="primary"
                    data-testid="save-copies"
                    hidden=move || readable() == 0
                    on:click=save
                >
                    {lt(Cx::SaveCopies)}
                </button>
            </div>
        <div
            class="banner error"
            role="alert"
            data-testid="compare-broken"
            hidden=move || cmp.broken.with(Vec::is_empty) && cmp.link_error.with(Option::is_none)
        >
            {whole}
            <ul>{broken}</ul>
        </div>
        {move || {
            saved
                .get()
                .filter(|n| *n > 0)
                .map(|n| {
                    view! {
                        <p class="banner ok" role="status" data-testid="copies-saved">
                            {Cx::CopiesSaved.text(locale.get()).replace("{n}", &n.to_string())}
                        </p>
                    }
                })
        }}
    }
}
