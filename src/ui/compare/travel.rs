//! A comparison travels: the compare link (every option packed like a share link, one part
//! each; an option too large for a link is named), the comparison table as CSV, and print (the
//! A4 layout is style/compare.css).

use leptos::prelude::*;
use truecost_model::Scenario;

use super::format::csv_row_name;
use super::link;
use super::state::Cmp;
use super::table::{CsvText, csv};
use crate::export;
use crate::i18n::{Cx, Hx, Msg};
use crate::share::{self, ShareError};
use crate::ui::fields::lt;

/// Where making the link stands.
#[derive(Clone, PartialEq)]
enum Making {
    Idle,
    Busy,
    Ready {
        link: String,
        copied: bool,
        /// What the link carries (it is shown only while the comparison is still this).
        of: (Vec<Scenario>, usize),
    },
    /// This option (its index) is too large for a link.
    TooLarge(usize),
}

/// The link, CSV and print buttons of the comparison.
#[component]
pub fn Travel() -> impl IntoView {
    let cmp = Cmp::get();
    let locale = cmp.planner.locale;
    let making = RwSignal::new(Making::Idle);
    let field = NodeRef::<leptos::html::Input>::new();

    let make_link = move |_| {
        let scenarios = cmp.scenarios.get_untracked();
        let of = scenarios.clone();
        let baseline = cmp
            .comparison
            .with_untracked(|c| c.as_ref().map_or(0, |c| c.baseline));
        making.set(Making::Busy);
        leptos::task::spawn_local(async move {
            let mut parts = Vec::with_capacity(scenarios.len());
            for (i, s) in scenarios.iter().enumerate() {
                match share::browser::encode(s).await {
                    Ok(part) => parts.push(part),
                    Err(ShareError::TooLargeToShare { .. }) | Err(_) => {
                        making.set(Making::TooLarge(i));
                        return;
                    }
                }
            }
            let Ok(fragment) = link::frame(baseline, &parts) else {
                making.set(Making::TooLarge(0));
                return;
            };
            let address = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .map(|h| h.split('#').next().unwrap_or_default().to_owned())
                .unwrap_or_default();
            let link = format!("{address}#{fragment}");
            let copied = crate::ui::share_box::copy(&link).await;
            making.set(Making::Ready {
                link,
                copied,
                of: (of, baseline),
            });
        });
    };
    let export_csv = move |_| {
        let l = locale.get_untracked();
        cmp.comparison.with_untracked(|c| {
            if let Some(c) = c {
                let text = CsvText {
                    figure: Cx::Figure.text(l).to_owned(),
                    vs_baseline: Cx::VsBaseline.text(l).to_owned(),
                    share: Msg::ShareCol.text(l).to_owned(),
                };
                let name = format!(
                    "{} {}",
                    Cx::Compare.text(l),
                    c.options
                        .iter()
                        .map(|o| o.name.as_str())
                        .collect::<Vec<_>>()
                        .join(" - ")
                );
                crate::ui::scenarios::download(
                    &export::file_name(&name, "csv"),
                    "text/csv;charset=utf-8",
                    &csv(c, &text, |row| csv_row_name(row, l)),
                );
            }
        });
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    // A link made for other options (or another baseline) is no longer shown.
    let current = move || {
        let now = Making::Idle;
        making.with(|m| match m {
            Making::Ready { of, .. } => {
                let same = cmp.scenarios.with(|s| *s == of.0)
                    && cmp
                        .comparison
                        .with(|c| c.as_ref().map_or(0, |c| c.baseline) == of.1);
                if same { m.clone() } else { now }
            }
            other => other.clone(),
        })
    };
    let status = move || {
        let l = locale.get();
        match current() {
            Making::Idle => None,
            Making::Busy => Some(("hint", Hx::MakingLink.text(l).to_owned())),
            Making::Ready { copied: true, .. } => {
                Some(("hint", Msg::LinkCopied.text(l).to_owned()))
            }
            Making::Ready { copied: false, .. } => {
                Some(("hint warn-text", Hx::CopyFailed.text(l).to_owned()))
            }
            Making::TooLarge(i) => Some((
                "field-error",
                Cx::PartTooLarge.text(l).replace("{a}", &cmp.label(i)),
            )),
        }
    };
    let link = move || match current() {
        Making::Ready { link, .. } => link,
        _ => String::new(),
    };
    // When copying failed, select the link so that Ctrl+C copies it.
    Effect::new(move |_| {
        if matches!(current(), Making::Ready { copied: false, .. })
            && let Some(input) = field.get()
        {
            let _ = input.focus();
            input.select();
        }
    });
    view! {
        <div class="actions toolbar no-print compare-travel">
            <button type="button" data-testid="compare-link" on:click=make_link>{lt(Cx::CompareLink)}</button>
            <button type="button" data-testid="compare-csv" on:click=export_csv>{lt(Cx::ExportCsv)}</button>
            <button type="button" data-testid="compare-print" on:click=print>{lt(Cx::Print)}</button>
        </div>
            <div class="share-box no-print" data-testid="compare-link-box" hidden=move || current() == Making::Idle>
                <div hidden=move || !matches!(current(), Making::Ready { .. })>
                    <p class="explain">{lt(Cx::CompareLinkHelp)}</p>
                    <input
                        type="text"
                        readonly
                        data-testid="compare-link-field"
                        node_ref=field
                        aria-label=lt(Cx::CompareLink)
                        prop:value=link
                        on:focus=move |_| {
                            if let Some(input) = field.get_untracked() {
                                input.select();
                            }
                        }
                    />
                </div>
                {move || status().map(|(class, text)| view! { <p class=class role="status">{text}</p> })}
            </div>
    }
}
