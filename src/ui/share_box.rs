//! Share links on the page: the *Share link* button and the box that shows the link, and
//! opening a link from the address bar.
//!
//! Making a link packs the scenario with the browser's compression (a click may wait a few
//! milliseconds); a scenario that does not fit is refused with its size, never turned into a
//! link that would not open. The link is always shown in a selectable read-only field, and
//! "Link copied" appears only once the clipboard said the copy succeeded; without a clipboard
//! (plain-HTTP hosts) or when the copy fails, the field is selected and the page says to copy it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Hx, Locale, Msg};
use crate::share::{self, MAX_FRAGMENT, ShareError};
use crate::ui::fields::{Planner, mt};
use crate::ui::library::{Library, Notice};

/// Where sharing stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Sharing {
    /// Nothing asked yet.
    Idle,
    /// Packing the scenario.
    Making,
    /// The link, and whether copying it worked (`None`: still copying).
    Ready { link: String, copied: Option<bool> },
    /// The scenario does not fit in a link: the packed size and the limit, in kB.
    TooLarge { kb: usize, max_kb: usize },
}

/// The page's clipboard, if it has one (`navigator.clipboard` is undefined on plain-HTTP hosts).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// Copies `text`; true only once the browser said it was written.
pub(crate) async fn copy(text: &str) -> bool {
    let Some(clipboard) = clipboard() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// The page's address without its fragment.
fn address_without_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// The *Share link* button and, once pressed, the link (or why there is none).
#[component]
pub fn ShareBox() -> impl IntoView {
    let planner = Planner::get();
    let locale = planner.locale;
    let sharing = RwSignal::new(Sharing::Idle);
    let field = NodeRef::<leptos::html::Input>::new();

    let make_link = move |_| {
        let scenario = planner.scenario.get_untracked();
        sharing.set(Sharing::Making);
        leptos::task::spawn_local(async move {
            match share::browser::encode(&scenario).await {
                Ok(fragment) => {
                    let link = format!("{}#{fragment}", address_without_fragment());
                    sharing.set(Sharing::Ready {
                        link: link.clone(),
                        copied: None,
                    });
                    let copied = copy(&link).await;
                    sharing.set(Sharing::Ready {
                        link,
                        copied: Some(copied),
                    });
                }
                Err(ShareError::TooLargeToShare { len, max }) => sharing.set(Sharing::TooLarge {
                    kb: len.div_ceil(1024),
                    max_kb: max / 1024,
                }),
                // Encoding has no other failure; were one added, say the link is too large
                // rather than show nothing.
                Err(_) => sharing.set(Sharing::TooLarge {
                    kb: 0,
                    max_kb: MAX_FRAGMENT / 1024,
                }),
            }
        });
    };
    // When copying failed, select the link so that Ctrl+C copies it.
    Effect::new(move |_| {
        if matches!(
            sharing.get(),
            Sharing::Ready {
                copied: Some(false),
                ..
            }
        ) && let Some(input) = field.get()
        {
            // After the value is in the field (setting it resets the selection).
            request_animation_frame(move || {
                let _ = input.focus();
                input.select();
            });
        }
    });

    let status = move || {
        let l = locale.get();
        match sharing.get() {
            Sharing::Making => Some(("hint", Hx::MakingLink.text(l).to_string())),
            Sharing::Ready {
                copied: Some(true), ..
            } => Some(("hint", Msg::LinkCopied.text(l).to_string())),
            Sharing::Ready {
                copied: Some(false),
                ..
            } => Some(("hint warn-text", Hx::CopyFailed.text(l).to_string())),
            Sharing::TooLarge { kb, max_kb } => Some((
                "field-error",
                Hx::ShareTooLarge
                    .text(l)
                    .replace("{size}", &kb.to_string())
                    .replace("{max}", &max_kb.to_string()),
            )),
            Sharing::Idle | Sharing::Ready { copied: None, .. } => None,
        }
    };
    let link = move || match sharing.get() {
        Sharing::Ready { link, .. } => Some(link),
        _ => None,
    };

    view! {
        <button type="button" data-testid="share" on:click=make_link>{mt(Msg::Share)}</button>
        <Show when=move || sharing.with(|s| *s != Sharing::Idle)>
            <div class="share-box" data-testid="share-box">
                <Show when=move || link().is_some()>
                    <p class="explain">{mt(Msg::ShareHelp)}</p>
                    <input
                        type="text"
                        readonly
                        data-testid="share-link"
                        node_ref=field
                        aria-label=move || Msg::Share.text(locale.get())
                        prop:value=move || link().unwrap_or_default()
                        on:focus=move |_| {
                            if let Some(input) = field.get_untracked() {
                                input.select();
                            }
                        }
                    />
                </Show>
                {move || {
                    status()
                        .map(|(class, text)| {
                            view! {
                                <p class=class role="status" data-testid="share-status">
                                    {text}
                                </p>
                            }
                        })
                }}
            </div>
        </Show>
    }
}

/// The share-link error in the reader's language.
pub fn share_reason(e: &ShareError, locale: Locale) -> String {
    use ShareError::*;
    let msg = match e {
        NotAShareLink => Msg::ShareErrNotLink,
        UnknownVersion(_) => Msg::ShareErrVersion,
        TooLong { .. } | TooLargeUnpacked { .. } | TooLargeToShare { .. } => Msg::ShareErrTooLong,
        BadEncoding | BadJson(_) => Msg::ShareErrDamaged,
        NoCompression => return Hx::ShareNoCompression.text(locale).to_string(),
        Invalid(err) => {
            return format!(
                "{} {}",
                Msg::ShareErrInvalid.text(locale),
                crate::i18n::scenario_error(err, locale)
            );
        }
    };
    msg.text(locale).to_string()
}

/// Opens the share link in the address bar, if there is one (on load and on `hashchange`).
/// Unpacking is asynchronous; a link replaced meanwhile by another is not opened.
pub fn open_share_link_from_address(library: Library, planner: Planner) {
    let current_hash = || web_sys::window().and_then(|w| w.location().hash().ok());
    let Some(hash) = current_hash() else {
        return;
    };
    if !hash.starts_with("#s=") {
        return;
    }
    leptos::task::spawn_local(async move {
        let opened = share::browser::decode(&hash).await;
        if current_hash().as_deref() != Some(hash.as_str()) {
            return;
        }
        match opened {
            Ok(scenario) => library.show_shared(scenario, planner),
            Err(e) => {
                library.tell(Notice::ShareBroken(share_reason(
                    &e,
                    planner.locale.get_untracked(),
                )));
                crate::ui::library::clear_fragment();
            }
        }
    });
}
