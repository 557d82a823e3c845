//! The style sheets that come with the lazily loaded parts of the page (`style/compare.css`,
//! `decide.css`, `uncertainty.css`): not in the first visit's download, added to the document by
//! the part that needs them, before it is drawn (no unstyled flash). Their hashed file names are
//! in `<meta name="truecost-styles">` (written by `src/web/lazy_styles.mjs` after Trunk's build);
//! without that element (tests that mount components) there is nothing to load.

#[cfg(feature = "split")]
use wasm_bindgen::JsCast;
#[cfg(feature = "split")]
use wasm_bindgen::prelude::Closure;

/// A lazily loaded style sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    /// The compare view and the vendor preset picker.
    Compare,
    /// Checklist, scorecard, candidates, fit badges and the question sheet.
    Decide,
    /// The uncertainty panel, its charts and the range editor.
    Uncertainty,
}

impl Sheet {
    /// Its name in the `<meta>` element (`data-{name}`) and on its `<link>` (`data-sheet`).
    #[cfg(feature = "split")]
    fn name(self) -> &'static str {
        match self {
            Sheet::Compare => "compare",
            Sheet::Decide => "decide",
            Sheet::Uncertainty => "uncertainty",
        }
    }
}

/// Without the `split` feature (the tests that mount components) every part is in one module and
/// no sheet is loaded on demand; this also keeps the callers' futures `Send` there.
#[cfg(not(feature = "split"))]
pub async fn load(_sheets: &[Sheet]) {}

/// Adds `sheets` to the document, once each, and waits until each has loaded or failed (a
/// sheet that cannot load leaves the part unstyled, never missing).
#[cfg(feature = "split")]
pub async fn load(sheets: &[Sheet]) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(Some(meta)), Ok(Some(head))) = (
        doc.query_selector("meta[name=truecost-styles]"),
        doc.query_selector("head"),
    ) else {
        return;
    };
    for sheet in sheets {
        let name = sheet.name();
        let selector = format!("link[data-sheet={name}]");
        if doc.query_selector(&selector).ok().flatten().is_some() {
            continue;
        }
        let Some(href) = meta
            .get_attribute(&format!("data-{name}"))
            .filter(|h| !h.is_empty())
        else {
            continue;
        };
        let Ok(link) = doc.create_element("link") else {
            continue;
        };
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", &href);
        let _ = link.set_attribute("data-sheet", name);
        let loaded = js_sys::Promise::new(&mut |resolve, _| {
            let done = Closure::once_into_js(move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            });
            let target: &web_sys::EventTarget = link.unchecked_ref();
            let _ = target.add_event_listener_with_callback("load", done.unchecked_ref());
            let _ = target.add_event_listener_with_callback("error", done.unchecked_ref());
        });
        if head.append_child(&link).is_ok() {
            let _ = wasm_bindgen_futures::JsFuture::from(loaded).await;
        }
    }
}
