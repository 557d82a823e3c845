//! The printable question sheet: the checklist's questions on A4 in a language of the reader's
//! choice, with boxes for Yes / No, a blank for each figure and room for notes — ready to send
//! to a vendor. While it is shown the page is in "sheet mode" (`html.sheet-mode`): on screen the
//! sheet covers the planner; on paper only the sheet prints (style/decide.css).

use leptos::portal::Portal;
use leptos::prelude::*;
use truecost_model::Question;

use super::answer_value::slot_label_unit;
use super::checklist::print_page;
use crate::i18n::{DecideText as D, Locale, catalog, question_text};
use crate::ui::fields::Planner;

/// Adds or removes the class that puts the page in sheet mode.
fn sheet_mode(on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let classes = root.class_list();
        let _ = if on {
            classes.add_1("sheet-mode")
        } else {
            classes.remove_1("sheet-mode")
        };
    }
}

/// Shows the sheet in `to` once its texts are there (Chinese and Thai are fetched on first
/// use; if they cannot be, the sheet stays in its language).
fn choose(lang: RwSignal<Locale>, to: Locale) {
    if catalog::is_ready(to) {
        lang.set(to);
        return;
    }
    leptos::task::spawn_local(async move {
        if catalog::load(to).await.is_ok() {
            lang.try_set(to);
        }
    });
}

/// The sheet, shown over the page until `open` is set back to false (Back, or Escape).
#[component]
pub fn QuestionSheet(open: RwSignal<bool>) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let lang = RwSignal::new(planner.locale.get_untracked());
    sheet_mode(true);
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            open.set(false);
        }
    });
    on_cleanup(move || {
        escape.remove();
        sheet_mode(false);
    });
    let t = move |d: D| move || d.text(lang.get());
    let name = move || scenario.with(|s| s.name.clone());
    // The list is built once; its texts follow the sheet's language.
    let questions = move || {
        Question::ALL
            .iter()
            .map(|&q| {
                let blanks = q
                    .slots()
                    .iter()
                    .map(|&slot| {
                        let (label, unit) = slot_label_unit(q, slot);
                        view! {
                            <span class="blank">
                                {move || label.text(lang.get())} ": " <span class="line"></span> " "
                                {move || scenario.with(|s| unit.text(lang.get(), s.currency.as_str()))}
                            </span>
                        }
                    })
                    .collect_view();
                view! {
                    <li data-testid="sheet-question">
                        <p class="q">{move || question_text(q, lang.get())}</p>
                        <p class="a">
                            <span class="box">{t(D::Yes)}</span>
                            <span class="box">{t(D::No)}</span>
                            {blanks}
                        </p>
                        <p class="notes">{t(D::SheetNotes)} ":"</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Portal>
            <div
                class="question-sheet"
                role="dialog"
                aria-modal="true"
                aria-labelledby="sheet-title"
                data-testid="question-sheet"
                lang=move || lang.get().tag()
            >
                <div class="sheet-tools">
                    <label>
                        {t(D::SheetLanguage)} " "
                        <select
                            data-testid="sheet-language"
                            prop:value=move || lang.get().tag()
                            on:change=move |ev| {
                                if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
                                    choose(lang, l);
                                }
                            }
                        >
                            {Locale::ALL
                                .iter()
                                .map(|l| view! { <option value=l.tag()>{l.native_name()}</option> })
                                .collect_view()}
                        </select>
                    </label>
                    <button type="button" class="primary" data-testid="sheet-print" on:click=move |_| print_page()>
                        {t(D::Print)}
                    </button>
                    <button type="button" data-testid="sheet-close" on:click=move |_| open.set(false)>
                        {t(D::BackToPlanner)}
                    </button>
                </div>
                <article class="sheet-page">
                    <h1 id="sheet-title">{t(D::SheetTitle)}</h1>
                    <dl class="sheet-meta">
                        <dt>{t(D::SheetVendor)}</dt>
                        <dd></dd>
                        <dt>{t(D::SheetOffer)}</dt>
                        <dd data-testid="sheet-offer">{name}</dd>
                        <dt>{t(D::SheetDate)}</dt>
                        <dd></dd>
                    </dl>
                    <p class="sheet-intro">{t(D::SheetIntro)}</p>
                    <ol class="sheet-questions">{questions()}</ol>
                </article>
            </div>
        </Portal>
    }
}
