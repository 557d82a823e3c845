//! Embedding the planner in another site: the embed mode itself (decided before the first
//! paint by `src/web/prepaint.js`, which puts `class="embed"` on `<html>` for `?embed` or
//! `#embed`), the scenario an embed opens with (its share link), the "Open the full planner"
//! link, and the "Get embed code" dialog that writes the snippet for the open scenario.
//!
//! The embed keeps nothing: it neither reads nor writes this browser's storage (an iframe's
//! storage is partitioned by the embedding site anyway), listens to no message, and only posts
//! its height to the parent (`src/web/extras.js`). See README "Embedding".

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Locale, Rx};
use crate::share;
use crate::ui::fields::Planner;

/// Whether the page runs as an embed (`<html class="embed">`).
pub fn is_embed() -> bool {
    root().is_some_and(|r| r.class_list().contains("embed"))
}

/// The language an embed opens in: the one prepaint.js chose (`?lang=`, else the browser's).
pub fn embed_locale() -> Option<Locale> {
    root()
        .and_then(|r| r.get_attribute("lang"))
        .and_then(|t| Locale::from_tag(&t))
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// The share fragment in the address (`#s=…`, also after `#embed&`), if any.
fn fragment_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let at = hash.find("s=")?;
    let start = &hash[at..];
    // `s=` must start the fragment or follow a `&`.
    (at == 1 || hash[..at].ends_with('&')).then(|| {
        let end = start.find('&').unwrap_or(start.len());
        format!("#{}", &start[..end])
    })
}

/// Opens the scenario of the embed's share link, if it has one; a broken link leaves the
/// defaults (an embed shows no storage notices).
pub fn open_embedded_scenario(planner: Planner) {
    let Some(fragment) = fragment_in_address() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(s) = share::browser::decode(&fragment).await {
            planner.scenario.set(s);
        }
    });
}

/// The app's address without query and fragment (where the full planner lives).
fn planner_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// How long the embed waits after an edit before it rewrites the link to the full planner.
const LINK_DELAY: Duration = Duration::from_millis(400);

/// "Open the full planner": the same scenario, through its share link, in a new tab.
#[component]
pub fn OpenFullPlanner() -> impl IntoView {
    let planner = Planner::get();
    let locale = planner.locale;
    let href = RwSignal::new(planner_address());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        planner.scenario.track();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let make = move || {
            leptos::task::spawn_local(async move {
                let s = planner.scenario.get_untracked();
                if let Ok(fragment) = share::browser::encode(&s).await {
                    href.set(format!("{}#{fragment}", planner_address()));
                }
            })
        };
        pending.set_value(set_timeout_with_handle(make, LINK_DELAY).ok());
    });
    view! {
        <p class="embed-leave">
            <a href=move || href.get() target="_blank" rel="noopener" data-testid="open-full-planner">
                {move || Rx::OpenFull.text(locale.get())}
                <span class="visually-hidden">" " {move || Rx::NewTab.text(locale.get())}</span>
            </a>
        </p>
    }
}

/// The snippet that embeds the planner at `src`: an iframe and a listener that gives it the
/// height the embed posts (only messages from that iframe, only a sane number). No `style`
/// attribute: sizes are set through the CSSOM, which a strict host CSP still allows.
pub fn snippet(src: &str, title: &str) -> String {
    let escaped = src.replace('&', "&amp;").replace('"', "&quot;");
    let title = title.replace('&', "&amp;").replace('"', "&quot;");
    format!(
        r#"<iframe id="crm-truecost" src="{escaped}" title="{title}" width="100%" height="900"
  frameborder="0" loading="lazy"></iframe>
<script>
(function (f) {{
  f.style.maxWidth = "760px";
  addEventListener("message", function (e) {{
    var d = e.data;
    if (e.source !== f.contentWindow || !d || d.type !== "crm-truecost:height") return;
    if (typeof d.height === "number" && d.height > 0 && d.height < 1e5) f.style.height = Math.ceil(d.height) + "px";
  }});
}})(document.getElementById("crm-truecost"));
</script>"#
    )
}

/// Calls a method without arguments on a DOM object (`showModal`, `close`, `select`), for the
/// APIs web-sys is not built with here.
fn call(target: &web_sys::Element, method: &str) {
    if let Ok(f) =
        js_sys::Reflect::get(target, &method.into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = f.call0(target);
    }
}

/// Whether copying worked: not yet tried, copied, or not possible (select and copy by hand).
#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Done,
    ByHand,
}

/// The "Get embed code" button. Its dialog (the snippet for the open scenario in the current
/// language, a Copy button, the code in a selectable field when there is no clipboard) is built
/// the first time the button is clicked; in the release page (feature `split`) it is a lazily
/// loaded chunk.
#[component]
pub fn EmbedCode() -> impl IntoView {
    let locale = Planner::get().locale;
    // How many times the dialog was asked for: the dialog opens on each.
    let asked = RwSignal::new(0u32);
    let built = crate::ui::latch::latch(move || asked.get() > 0);
    view! {
        <button
            type="button"
            class="embed-code-button"
            data-testid="embed-code"
            on:click=move |_| asked.update(|n| *n += 1)
        >
            {move || Rx::EmbedCode.text(locale.get())}
        </button>
        {move || built.get().then(|| Suspend::new(embed_dialog(asked)))}
    }
}

/// The embed code dialog (a lazily loaded chunk in the release page).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn embed_dialog(asked: RwSignal<u32>) -> AnyView {
    view! { <EmbedDialog asked=asked /> }.into_any()
}

/// The embed code dialog; it opens each time `asked` changes (and as it is built).
#[component]
fn EmbedDialog(
    /// Counts the clicks on the button.
    asked: RwSignal<u32>,
) -> impl IntoView {
    let planner = Planner::get();
    let locale = planner.locale;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let field = NodeRef::<leptos::html::Textarea>::new();
    let code = RwSignal::new(String::new());
    let copied = RwSignal::new(Copy::Idle);
    let open = move || {
        copied.set(Copy::Idle);
        let s = planner.scenario.get_untracked();
        let l = locale.get_untracked();
        leptos::task::spawn_local(async move {
            let fragment = share::browser::encode(&s).await.unwrap_or_default();
            let src = format!("{}?embed&lang={}#{fragment}", planner_address(), l.tag());
            code.set(snippet(&src, Rx::FrameTitle.text(l)));
        });
        if let Some(d) = dialog.get() {
            call(&d, "showModal");
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            call(&d, "close");
        }
    };
    let copy = move |_| {
        let text = code.get_untracked();
        leptos::task::spawn_local(async move {
            let done = crate::ui::share_box::copy(&text).await;
            copied.set(if done { Copy::Done } else { Copy::ByHand });
            if !done && let Some(f) = field.get() {
                let _ = f.focus();
                f.select();
            }
        });
    };
    let t = move |m: Rx| m.text(locale.get());
    // After the dialog element exists: open it now and on every later click.
    Effect::new(move |_| {
        asked.track();
        open();
    });
    view! {
        <dialog node_ref=dialog class="embed-dialog" data-testid="embed-dialog" aria-labelledby="embed-title">
            <h2 id="embed-title">{move || t(Rx::EmbedCode)}</h2>
            <p class="explain">{move || t(Rx::EmbedHelp)}</p>
            <label for="embed-snippet">{move || t(Rx::EmbedFieldLabel)}</label>
            <textarea
                id="embed-snippet"
                node_ref=field
                readonly
                rows="10"
                spellcheck="false"
                data-testid="embed-snippet"
                prop:value=move || code.get()
            ></textarea>
            <p class="hint" role="status" data-testid="embed-copied">
                {move || match copied.get() {
                    Copy::Idle => "",
                    Copy::Done => t(Rx::Copied),
                    Copy::ByHand => t(Rx::CopyByHand),
                }}
            </p>
            <div class="actions">
                <button type="button" class="primary" data-testid="embed-copy" on:click=copy>
                    {move || t(Rx::Copy)}
                </button>
                <button type="button" data-testid="embed-close" on:click=close>
                    {move || t(Rx::Close)}
                </button>
            </div>
        </dialog>
    }
}
