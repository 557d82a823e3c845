//! The library in the browser's localStorage (wasm only): load with backup, and [`commit`] —
//! read, change, write — so that two tabs never overwrite each other's other scenarios.
//!
//! Never loses data: a value this version cannot read is copied to a backup key before anything
//! is written, and a value written by a *newer* version is never written over at all — this
//! page then keeps its own library under [`FALLBACK_KEY`] until the newer version is back.

use std::cell::RefCell;

use gloo_storage::Storage as _;

use super::{BACKUP_KEY, Envelope, LoadProblem, SCHEMA_VERSION, STORAGE_KEY, decode};

/// Where this version keeps its library while the main key holds a newer version's data.
pub const FALLBACK_KEY: &str = "crm-truecost.older-version";

thread_local! {
    /// The key this page writes: [`STORAGE_KEY`], or [`FALLBACK_KEY`] (see the module doc).
    static WRITE_KEY: RefCell<&'static str> = const { RefCell::new(STORAGE_KEY) };
}

fn write_key() -> &'static str {
    WRITE_KEY.with(|k| *k.borrow())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok()?
}

/// Copies `raw` to the backup key; an older backup is never replaced (a new key is used).
fn back_up(raw: &str) {
    let Some(storage) = local_storage() else {
        return;
    };
    let key = match storage.get_item(BACKUP_KEY).ok().flatten() {
        None => BACKUP_KEY.to_string(),
        Some(existing) if existing == raw => return,
        Some(_) => format!("{BACKUP_KEY}.{}", js_sys::Date::now() as u64),
    };
    let _ = storage.set_item(&key, raw);
}

/// True when a `storage` event about `key` concerns the library this page uses.
pub fn is_library_key(key: &str) -> bool {
    key == write_key()
}

/// Loads the library. A stored value that cannot be used is backed up first; the problem is
/// returned so the page can say so, and the page starts on defaults.
pub fn load() -> (Envelope, Option<LoadProblem>) {
    WRITE_KEY.with(|k| *k.borrow_mut() = STORAGE_KEY);
    let raw = read(STORAGE_KEY);
    match decode(raw.as_deref()) {
        Ok(found) => (found.unwrap_or_default(), None),
        Err(problem) => {
            if let Some(raw) = &raw {
                back_up(raw);
            }
            if let LoadProblem::Newer(_) = problem {
                WRITE_KEY.with(|k| *k.borrow_mut() = FALLBACK_KEY);
                let own = decode(read(FALLBACK_KEY).as_deref()).ok().flatten();
                return (own.unwrap_or_default(), Some(problem));
            }
            (Envelope::default(), Some(problem))
        }
    }
}

/// The library as stored now (another tab may have changed it); defaults when unreadable.
pub fn load_current() -> Envelope {
    decode(read(write_key()).as_deref())
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Reads the stored library, applies `change`, writes it back and returns it. A write the
/// browser refuses (quota, private mode) leaves the previous save as it was and returns why;
/// a stored value that became unreadable meanwhile is not written over.
pub fn commit(change: impl FnOnce(&mut Envelope)) -> Result<Envelope, String> {
    if local_storage().is_none() {
        return Err("this browser does not allow local storage".into());
    }
    let key = write_key();
    let raw = read(key);
    let mut envelope = match decode(raw.as_deref()) {
        Ok(found) => found.unwrap_or_default(),
        Err(LoadProblem::Unreadable(_)) => {
            // Corrupted after this page loaded: keep a backup, then start from what is safe.
            if let Some(raw) = &raw {
                back_up(raw);
            }
            Envelope::default()
        }
        // A newer version wrote here meanwhile: never write over its data.
        Err(LoadProblem::Newer(v)) => {
            return Err(format!(
                "a newer version of CRM TrueCost (format {v}) saved here; reload the page"
            ));
        }
    };
    change(&mut envelope);
    envelope.schema_version = SCHEMA_VERSION;
    gloo_storage::LocalStorage::set(key, &envelope).map_err(|e| e.to_string())?;
    Ok(envelope)
}
