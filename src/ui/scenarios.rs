//! The scenarios panel: the list of saved scenarios (name, currency, horizon, headline TCO,
//! last edited) with open / duplicate / rename / delete, new from defaults or a template, share
//! link, export (JSON, CSV, print) and import; plus the notices and the shared-link banner.

use leptos::prelude::*;
use truecost_model::{Scenario, evaluate, template};
use wasm_bindgen::JsCast;

use crate::export;
use crate::i18n::StorageText;
use crate::i18n::format::{Style, format};
use crate::i18n::{Locale, Msg, Text, category};
use crate::storage::versions::Because;
use crate::storage::{self, LoadProblem, StoredScenario, Version};
use crate::ui::fields::{Planner, mt};
use crate::ui::library::{Library, Notice, write_error_text};
use crate::ui::share_box::ShareBox;

/// The templates offered by "New from…", with their names.
const TEMPLATES: [(&str, Text); 5] = [
    ("default", Text::Msg(Msg::TplDefault)),
    ("small-team-saas", Text::Msg(Msg::TplSmallTeamSaas)),
    ("mid-size-on-premise", Text::Msg(Msg::TplMidSizeOnPremise)),
    (
        "self-built-open-source",
        Text::Msg(Msg::TplSelfBuiltOpenSource),
    ),
    // Finance settings only, every amount zero: for typing in a study's cash flows.
    ("blank", Text::Compare(crate::i18n::Cx::TplBlank)),
];

/// Offers `text` as a file download named `file_name`.
pub(crate) fn download(file_name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The time of `ms` in the reader's language, e.g. "22/11/2026, 17:05".
fn local_time(ms: u64, locale: Locale) -> String {
    if ms == 0 {
        return "—".to_string();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    date.to_locale_string(locale.tag(), &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}

pub use crate::ui::share_box::open_share_link_from_address;

/// The text of a notice in `locale`, its banner class, and the delete it can undo.
fn notice_text(
    n: Notice,
    l: Locale,
) -> (
    &'static str,
    String,
    Option<(StoredScenario, Version, usize)>,
) {
    let named = |t: &str, name: &str| t.replace("{name}", name);
    match n {
        Notice::Deleted {
            entry,
            tombstone,
            at,
            elsewhere,
        } => {
            let text = if elsewhere {
                StorageText::DeletedElsewhere.text(l)
            } else {
                Msg::DeletedNotice.text(l)
            };
            let text = named(text, &entry.scenario.name);
            ("banner warn", text, Some((*entry, tombstone, at)))
        }
        Notice::Conflict {
            name,
            copy,
            because,
        } => {
            let text = match because {
                Because::Changed => Msg::ConflictNotice.text(l),
                Because::Deleted => StorageText::ConflictDeleted.text(l),
            };
            let text = named(text, &name).replace("{copy}", &copy);
            ("banner warn", text, None)
        }
        Notice::Merged(name) => ("banner ok", named(StorageText::Merged.text(l), &name), None),
        Notice::RestoredAsCopy(copy) => (
            "banner warn",
            StorageText::RestoredAsCopy.text(l).replace("{copy}", &copy),
            None,
        ),
        Notice::NotDeleted(name) => (
            "banner warn",
            named(StorageText::NotDeleted.text(l), &name),
            None,
        ),
        Notice::GoneElsewhere(name) => (
            "banner warn",
            named(StorageText::DeletedElsewhere.text(l), &name),
            None,
        ),
        Notice::Imported(name) => ("banner ok", named(Msg::Imported.text(l), &name), None),
        Notice::ImportFailed(e) => (
            "banner error",
            format!("{} {e}", Msg::ImportFailed.text(l)),
            None,
        ),
        Notice::ShareBroken(e) => (
            "banner error",
            format!("{} {e}", Msg::ShareBroken.text(l)),
            None,
        ),
        Notice::SavedAgain => (
            "banner ok",
            StorageText::SavedAgain.text(l).to_string(),
            None,
        ),
    }
}

/// What is wrong with storage, until it is resolved: nothing is saved, or the saved data could
/// not be read (with its download, and — when no backup could be kept — the choice to replace
/// it); and writes the browser refused, until they succeed.
#[component]
fn StorageProblem() -> impl IntoView {
    let library = Library::get();
    let locale = Planner::get().locale;
    let download_kept = move |_| {
        if let Some(raw) = storage::kept_unreadable() {
            download(
                "crm-truecost-unreadable-data.txt",
                "text/plain;charset=utf-8",
                &raw,
            );
        }
    };
    let replace = move |_| {
        let question = StorageText::ReplaceConfirm.text(locale.get_untracked());
        let confirmed = web_sys::window()
            .and_then(|w| w.confirm_with_message(question).ok())
            .unwrap_or(false);
        if confirmed {
            library.replace_unreadable();
        }
    };
    // One reactive closure for both banners (their texts are plain strings inside it).
    move || {
        let l = locale.get();
        let problem = library.problem.get().map(|problem| {
            let (text, kind, download, decide) = match problem {
                LoadProblem::Unavailable => (
                    StorageText::Unavailable.text(l),
                    "unavailable",
                    false,
                    false,
                ),
                LoadProblem::Newer(_) => (Msg::LoadNewer.text(l), "newer", false, false),
                LoadProblem::Unreadable(_) => {
                    (Msg::LoadUnreadable.text(l), "unreadable", true, false)
                }
                LoadProblem::UnreadableNotKept(_) => (
                    StorageText::UnreadableNotKept.text(l),
                    "not-kept",
                    true,
                    true,
                ),
            };
            let download = download.then(|| {
                view! {
                    <button type="button" data-testid="download-unreadable" on:click=download_kept>
                        {StorageText::DownloadUnreadable.text(l)}
                    </button>
                }
            });
            let decide = decide.then(|| {
                view! {
                    <button type="button" data-testid="replace-unreadable" on:click=replace>
                        {StorageText::ReplaceUnreadable.text(l)}
                    </button>
                }
            });
            view! {
                <div class="banner warn" role="status" data-testid="load-problem" data-kind=kind>
                    <span>{text}</span>
                    {download}
                    {decide}
                </div>
            }
        });
        let failed = library.failures.get();
        let line = |text: StorageText, error: Option<storage::WriteError>| {
            error.map(|e| {
                let text = text.text(l).replace("{reason}", &write_error_text(&e, l));
                view! { <p>{text}</p> }
            })
        };
        let failures = (failed.edit.is_some() || failed.change.is_some()).then(|| {
            view! {
                <div class="banner error" role="alert" data-testid="not-saved">
                    {line(StorageText::EditNotSaved, failed.edit)}
                    {line(StorageText::ChangeNotDone, failed.change)}
                </div>
            }
        });
        view! {
            {problem}
            {failures}
        }
    }
}

/// The notices and the shared-link banner.
#[component]
pub fn Notices() -> impl IntoView {
    let library = Library::get();
    let locale = Planner::get().locale;
    let notice = move || {
        library.notice.get().map(|n| {
            let kind = match &n {
                Notice::Deleted { .. } => "deleted",
                Notice::Conflict { .. } | Notice::RestoredAsCopy(_) => "copied",
                Notice::Merged(_) => "merged",
                _ => "info",
            };
            let (class, text, undo) = notice_text(n, locale.get());
            view! {
                <div class=class role="status" data-testid="notice" data-kind=kind>
                    <span>{text}</span>
                    {undo
                        .map(|(entry, tombstone, at)| {
                            view! {
                                <button
                                    type="button"
                                    data-testid="undo-delete"
                                    on:click=move |_| library.undo_delete(entry.clone(), tombstone, at)
                                >
                                    {mt(Msg::Undo)}
                                </button>
                            }
                        })}
                    <button
                        type="button"
                        class="link dismiss"
                        aria-label=move || Msg::CloseShared.text(locale.get())
                        on:click=move |_| library.notice.set(None)
                    >
                        "×"
                    </button>
                </div>
            }
        })
    };
    view! {
        <StorageProblem />
        {notice}
        <Show when=move || library.shared.get()>
            <div class="banner shared" role="status" data-testid="shared-banner">
                <span>{mt(Msg::SharedBanner)}</span>
                <button type="button" class="primary" data-testid="save-copy" on:click=move |_| library.save_shared_copy()>
                    {mt(Msg::SaveCopy)}
                </button>
                <button type="button" data-testid="close-shared" on:click=move |_| library.close_shared()>
                    {mt(Msg::CloseShared)}
                </button>
            </div>
        </Show>
    }
}

/// One row of the list.
#[component]
fn ScenarioRow(id: String) -> impl IntoView {
    let library = Library::get();
    let planner = Planner::get();
    let locale = planner.locale;
    let editing = RwSignal::new(false);
    let entry = {
        let id = id.clone();
        Memo::new(move |_| {
            library
                .entries
                .with(|e| e.iter().find(|s| s.id == id).cloned())
        })
    };
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| library.open_id.get().as_deref() == Some(id.as_str()))
    };
    // The open scenario shows its live state; the others their saved one.
    let scenario = Memo::new(move |_| {
        if is_open.get() {
            Some(planner.scenario.get())
        } else {
            entry.get().map(|e| e.scenario)
        }
    });
    let name = move || scenario.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    // The open scenario's TCO is the page's own results: the engine runs once per edit.
    let current = use_context::<crate::ui::results::Current>();
    let tco = move || {
        let l = locale.get();
        let money = |r: &truecost_model::Results| {
            format(
                r.totals.tco,
                l,
                &Style::Money(r.currency.as_str().to_string()),
            )
        };
        if is_open.get()
            && let Some(crate::ui::results::Current(shown)) = current
        {
            return shown.with(|r| r.as_ref().map(money).unwrap_or_default());
        }
        scenario.with(|s| {
            s.as_ref()
                .and_then(|s| evaluate(s).ok())
                .map(|r| money(&r))
                .unwrap_or_default()
        })
    };
    let currency = move || {
        scenario.with(|s| {
            s.as_ref()
                .map(|s| s.currency.as_str().to_string())
                .unwrap_or_default()
        })
    };
    let horizon = move || {
        scenario.with(|s| {
            s.as_ref()
                .map(|s| {
                    Msg::YearsShort
                        .text(locale.get())
                        .replace("{n}", &s.horizon.get().to_string())
                })
                .unwrap_or_default()
        })
    };
    let edited = move || {
        entry
            .get()
            .map(|e| local_time(e.updated_ms, locale.get()))
            .unwrap_or_default()
    };
    let (open_id, dup_id, del_id, ren_id) = (id.clone(), id.clone(), id.clone(), id.clone());
    let rename_input = NodeRef::<leptos::html::Input>::new();
    let finish_rename = move || {
        if let Some(input) = rename_input.get_untracked() {
            let text = crate::ui::fields::clip_name(input.value().trim());
            if !text.is_empty() {
                library.rename(&ren_id, text);
            }
        }
        editing.set(false);
    };
    let finish = finish_rename.clone();
    view! {
        <tr data-testid="scenario-row" class:open-row=move || is_open.get()>
            <td>
                <Show
                    when=move || editing.get()
                    fallback=move || view! { <span data-testid="scenario-row-name">{name}</span> }
                >
                    <input
                        type="text"
                        maxlength="120"
                        data-testid="rename-input"
                        node_ref=rename_input
                        prop:value=name
                        on:keydown={
                            let finish = finish.clone();
                            move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Enter" {
                                    finish();
                                } else if ev.key() == "Escape" {
                                    editing.set(false);
                                }
                            }
                        }
                    />
                    <button type="button" data-testid="rename-done" on:click={
                        let finish = finish.clone();
                        move |_| finish()
                    }>
                        {mt(Msg::Done)}
                    </button>
                </Show>
            </td>
            <td>{currency}</td>
            <td class="num">{horizon}</td>
            <td class="num" data-testid="scenario-row-tco">{tco}</td>
            <td class="num">{edited}</td>
            <td class="row-actions">
                <Show
                    when=move || is_open.get()
                    fallback=move || {
                        let open_id = open_id.clone();
                        view! {
                            <button type="button" data-testid="open-scenario" on:click=move |_| library.open(&open_id)>
                                {mt(Msg::Open)}
                            </button>
                        }
                    }
                >
                    <span class="badge">{mt(Msg::IsOpen)}</span>
                </Show>
                <button type="button" data-testid="duplicate-scenario" on:click=move |_| library.duplicate(&dup_id)>
                    {mt(Msg::Duplicate)}
                </button>
                <button type="button" data-testid="rename-scenario" on:click=move |_| editing.set(true)>
                    {mt(Msg::Rename)}
                </button>
                <button type="button" data-testid="delete-scenario" on:click=move |_| library.delete(&del_id)>
                    {mt(Msg::Delete)}
                </button>
            </td>
        </tr>
    }
}

/// The year-by-year table as CSV, in the current language.
fn csv_for(scenario: &Scenario, locale: Locale) -> Option<String> {
    let results = evaluate(scenario).ok()?;
    let headers = export::CsvHeaders {
        period: Msg::PeriodCol.text(locale).to_string(),
        initial: Msg::PeriodInitial.text(locale).to_string(),
        year: Msg::PeriodYearN.text(locale).to_string(),
        costs: Msg::Costs.text(locale).to_string(),
        benefits: Msg::Benefits.text(locale).to_string(),
        net: Msg::NetCol.text(locale).to_string(),
        cumulative_net: Msg::CumulativeCol.text(locale).to_string(),
        discounted_net: Msg::DiscountedNetCol.text(locale).to_string(),
        total: Msg::TotalRow.text(locale).to_string(),
        categories: truecost_model::Category::ALL
            .iter()
            .map(|&c| category(c).text(locale).to_string())
            .collect(),
    };
    Some(export::year_table_csv(&results, &headers))
}

/// Reads the chosen file and imports it (never overwriting a saved scenario without asking).
fn import_file(input: web_sys::HtmlInputElement, library: Library, locale: RwSignal<Locale>) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        match export::parse_import(&text) {
            Ok(scenario) => library.import(scenario),
            Err(e) => library.tell(Notice::ImportFailed(crate::i18n::import_error(
                &e,
                locale.get_untracked(),
            ))),
        }
    });
}

/// The scenarios panel.
#[component]
pub fn ScenariosPanel() -> impl IntoView {
    let library = Library::get();
    let planner = Planner::get();
    let locale = planner.locale;
    let ids = Memo::new(move |_| {
        library
            .entries
            .with(|e| e.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });

    let new_from = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        if let Some((key, label)) = TEMPLATES.iter().find(|(k, _)| *k == name)
            && let Some(mut s) = template(key)
        {
            s.name = label.text(locale.get_untracked()).to_string();
            library.save_now(planner);
            library.add(s, true);
        }
        if let Some(select) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            select.set_value("");
        }
    };
    let new_default = move |_| {
        let s = Scenario {
            name: Msg::NewScenario.text(locale.get_untracked()).to_string(),
            ..Scenario::default()
        };
        library.save_now(planner);
        library.add(s, true);
    };
    let export_json = move |_| {
        let s = planner.scenario.get_untracked();
        download(
            &export::file_name(&s.name, "json"),
            "application/json",
            &export::scenario_json(&s),
        );
    };
    let export_csv = move |_| {
        let s = planner.scenario.get_untracked();
        if let Some(csv) = csv_for(&s, locale.get_untracked()) {
            download(
                &export::file_name(&s.name, "csv"),
                "text/csv;charset=utf-8",
                &csv,
            );
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let on_import = move |ev: leptos::ev::Event| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            import_file(input, library, locale);
        }
    };

    view! {
        <section class="panel full scenarios no-print" aria-labelledby="scenarios-title" data-testid="scenarios">
            <h2 id="scenarios-title">{mt(Msg::Scenarios)}</h2>
            <p class="explain">{mt(Msg::ScenariosHelp)}</p>
            <div class="table-scroll">
                <table data-testid="scenario-list">
                    <thead>
                        <tr>
                            <th>{mt(Msg::NameCol)}</th>
                            <th>{mt(Msg::CurrencyCol)}</th>
                            <th>{mt(Msg::HorizonCol)}</th>
                            <th>{mt(Msg::Tco)}</th>
                            <th>{mt(Msg::LastEditedCol)}</th>
                            <th>{mt(Msg::ActionsCol)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || ids.get() key=|id| id.clone() let:id>
                            <ScenarioRow id=id />
                        </For>
                    </tbody>
                </table>
            </div>
            <div class="actions toolbar">
                <button type="button" class="primary" data-testid="new-scenario" on:click=new_default>
                    {mt(Msg::NewScenario)}
                </button>
                <select data-testid="new-from-template" on:change=new_from aria-label=move || Msg::NewFrom.text(locale.get())>
                    <option value="">{mt(Msg::NewFrom)}</option>
                    {TEMPLATES
                        .iter()
                        .map(|(key, label)| view! { <option value=*key>{crate::ui::fields::lt(*label)}</option> })
                        .collect_view()}
                </select>
                <ShareBox />
                <button type="button" data-testid="export-json" on:click=export_json>{mt(Msg::ExportJson)}</button>
                <button type="button" data-testid="export-csv" on:click=export_csv>{mt(Msg::ExportCsv)}</button>
                <button type="button" data-testid="print" on:click=print>{mt(Msg::PrintReport)}</button>
                <button type="button" data-testid="open-compare" on:click=move |_| crate::ui::compare::Cmp::open_view()>
                    {crate::ui::fields::lt(crate::i18n::Cx::Compare)}
                </button>
                <label class="button-like">
                    {mt(Msg::ImportJson)}
                    <input
                        type="file"
                        accept=".json,application/json"
                        class="visually-hidden"
                        data-testid="import-file"
                        on:change=on_import
                    />
                </label>
            </div>
        </section>
    }
}
