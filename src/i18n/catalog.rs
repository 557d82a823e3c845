//! The Chinese and Thai texts at run time. The wasm carries the interface in English only; the
//! two translations are JSON catalogs (`i18n/zh-Hans.json`, `i18n/th.json` next to the page,
//! written by `make i18n` from the text tables, precached by the service worker) that the page
//! fetches before it shows a translated interface. Until a catalog is installed, every text is
//! English.
//!
//! A catalog holds each table's texts in the order of its variants, with the fingerprint of
//! the table's keys and English texts ([`TableId`]): a table whose fingerprint differs (a
//! catalog of another build) is not used, so a text never shows under the wrong key. The
//! assumptions' rationales are keyed by their register id.
//!
//! ```json
//! { "locale": "th",
//!   "rationales": { "horizon": "…" },
//!   "tables": { "Msg": { "fingerprint": "0123456789abcdef", "texts": ["…", "…"] } } }
//! ```

use std::sync::OnceLock;

use serde_json::Value;

use super::Locale;

/// A text table as the catalogs know it: its name and a fingerprint of its keys and English
/// texts, both fixed at compile time (the `text_table!` macro makes one per table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableId {
    /// The table's type name, e.g. `"Msg"`.
    pub name: &'static str,
    /// FNV-1a (64 bit) of the name, every key and every English text.
    pub fingerprint: u64,
}

impl TableId {
    /// The id of table `name` whose entries are `keys_and_english` (key, English, key, …).
    /// Evaluated at compile time: the keys never reach the wasm.
    pub const fn new(name: &'static str, keys_and_english: &[&str]) -> Self {
        let mut hash = fnv(FNV_OFFSET, name);
        let mut i = 0;
        while i < keys_and_english.len() {
            hash = fnv(hash, keys_and_english[i]);
            i += 1;
        }
        TableId {
            name,
            fingerprint: hash,
        }
    }

    /// The fingerprint as catalogs write it: 16 lowercase hex digits.
    pub fn fingerprint_hex(&self) -> String {
        format!("{:016x}", self.fingerprint)
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Folds `text` and a terminating 0xff (a byte UTF-8 never has) into an FNV-1a hash.
const fn fnv(mut hash: u64, text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    hash ^= 0xff;
    hash.wrapping_mul(FNV_PRIME)
}

/// The path of `locale`'s catalog, relative to the page (`None` for English, which is built in).
pub fn path(locale: Locale) -> Option<String> {
    (locale != Locale::En).then(|| format!("i18n/{}.json", locale.tag()))
}

/// One locale's installed texts.
#[derive(Debug)]
struct Catalog {
    /// (table fingerprint, texts in variant order).
    tables: Vec<(u64, Vec<&'static str>)>,
    /// (assumption id, rationale).
    rationales: Vec<(String, &'static str)>,
}

/// The installed catalogs of Simplified Chinese and Thai; each is installed at most once and
/// then lives as long as the page.
static CATALOGS: [OnceLock<Catalog>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(locale: Locale) -> Option<&'static OnceLock<Catalog>> {
    match locale {
        Locale::En => None,
        Locale::ZhHans => Some(&CATALOGS[0]),
        Locale::Th => Some(&CATALOGS[1]),
    }
}

/// Whether the interface can be shown in `locale` now: English always, the others once their
/// catalog is installed.
pub fn is_ready(locale: Locale) -> bool {
    slot(locale).is_none_or(|s| s.get().is_some())
}

/// Why a catalog was not installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// It could not be fetched (offline on a first visit, a server without the file …).
    Unavailable(String),
    /// It is not a catalog of this locale.
    Malformed(String),
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogError::Unavailable(why) => write!(f, "catalog unavailable: {why}"),
            CatalogError::Malformed(why) => write!(f, "catalog unreadable: {why}"),
        }
    }
}

/// Installs `json` as the catalog of `locale` (a second install of a locale changes nothing).
/// Its strings are kept for the life of the page.
pub fn install(locale: Locale, json: &str) -> Result<(), CatalogError> {
    let bad = |why: &str| CatalogError::Malformed(format!("{}: {why}", locale.tag()));
    let slot = slot(locale).ok_or_else(|| bad("English has no catalog"))?;
    let value: Value = serde_json::from_str(json).map_err(|e| bad(&e.to_string()))?;
    if value.get("locale").and_then(Value::as_str) != Some(locale.tag()) {
        return Err(bad("written for another locale"));
    }
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    let mut tables = Vec::new();
    for (name, table) in value
        .get("tables")
        .and_then(Value::as_object)
        .ok_or_else(|| bad("no tables"))?
    {
        let fingerprint = table
            .get("fingerprint")
            .and_then(Value::as_str)
            .and_then(|h| u64::from_str_radix(h, 16).ok())
            .ok_or_else(|| bad(&format!("table {name} has no fingerprint")))?;
        let texts = table
            .get("texts")
            .and_then(Value::as_array)
            .ok_or_else(|| bad(&format!("table {name} has no texts")))?
            .iter()
            .map(|t| t.as_str().map(leak))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| bad(&format!("table {name} has a text that is not a string")))?;
        tables.push((fingerprint, texts));
    }
    let rationales = value
        .get("rationales")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter_map(|(id, t)| Some((id.clone(), leak(t.as_str()?))))
                .collect()
        })
        .unwrap_or_default();
    // A concurrent install of the same locale won: its texts are the same.
    let _ = slot.set(Catalog { tables, rationales });
    Ok(())
}

fn installed(locale: Locale) -> Option<&'static Catalog> {
    slot(locale)?.get()
}

/// Entry `index` of `table` in `locale`, else `english`: the text tables' `text()` on wasm.
pub fn text(table: &TableId, index: usize, english: &'static str, locale: Locale) -> &'static str {
    installed(locale)
        .and_then(|c| c.tables.iter().find(|(fp, _)| *fp == table.fingerprint))
        .and_then(|(_, texts)| texts.get(index).copied())
        .unwrap_or(english)
}

/// The rationale of assumption `id` in `locale`'s installed catalog.
pub fn rationale(id: &str, locale: Locale) -> Option<&'static str> {
    installed(locale)?
        .rationales
        .iter()
        .find(|(k, _)| k == id)
        .map(|(_, t)| *t)
}

/// Fetches `locale`'s catalog (from the service worker's cache when offline) and installs it.
/// Nothing to do for English or an installed catalog.
#[cfg(target_arch = "wasm32")]
pub async fn load(locale: Locale) -> Result<(), CatalogError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let Some(path) = path(locale).filter(|_| !is_ready(locale)) else {
        return Ok(());
    };
    let unavailable = |_| CatalogError::Unavailable(format!("{path}: network error"));
    let window = web_sys::window().ok_or_else(|| CatalogError::Unavailable("no window".into()))?;
    // Revalidated with the server (a deploy may have changed it); the service worker answers
    // offline.
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(&path, &init))
        .await
        .map_err(unavailable)?
        .unchecked_into();
    if !response.ok() {
        return Err(CatalogError::Unavailable(format!(
            "{path}: HTTP {}",
            response.status()
        )));
    }
    let text = JsFuture::from(response.text().map_err(unavailable)?)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default();
    install(locale, &text)
}
