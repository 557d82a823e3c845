//! The library in the browser's localStorage (wasm only): [`load`] with backup, and
//! [`transact`] — read, change, write in one synchronous step — so a page never writes over what
//! another page saved without seeing it (the change itself decides, see `versions.rs`).
//!
//! Every failure leaves the last good save as it was and says so truthfully:
//! - a write the browser refuses (storage full) changes nothing stored and returns why;
//! - a value this version cannot read is copied to a backup key once (never twice, never over
//!   an older backup) before anything is written over it; when even the backup does not fit,
//!   nothing is written at all — the page works on in memory until the person has downloaded
//!   the value and chosen [`replace_unreadable`];
//! - a value written by a *newer* version is never written over: this page keeps its own library
//!   under [`FALLBACK_KEY`] until the newer version is back;
//! - without localStorage (blocked, private mode) the library lives in memory, and the page says
//!   that nothing is saved.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use super::{BACKUP_KEY, Envelope, LoadProblem, SCHEMA_VERSION, STORAGE_KEY, decode};

/// Where this version keeps its library while the main key holds a newer version's data.
pub const FALLBACK_KEY: &str = "crm-truecost.older-version";

/// Why a change was not saved. Nothing stored was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage for this site is full.
    Full,
    /// A newer version of the app saved here since this page was opened (its format).
    Newer(u32),
    /// localStorage stopped working (blocked meanwhile).
    Unavailable,
    /// Anything else the browser said.
    Other(String),
}

/// A change that went through.
#[derive(Debug, Clone, PartialEq)]
pub struct Committed<T> {
    /// The library as it is now.
    pub envelope: Envelope,
    /// What the change returned.
    pub value: T,
    /// False when the library lives in memory only (storage unavailable, or an unreadable value
    /// waits for the person's decision): the change is on this page, not saved.
    pub persisted: bool,
}

/// What this page knows about its storage.
struct State {
    /// The key this page writes: [`STORAGE_KEY`], or [`FALLBACK_KEY`] (see the module doc).
    key: &'static str,
    /// `Some` while nothing is written to localStorage: the library lives here.
    memory: Option<Envelope>,
    /// Why the library lives in memory, or what was wrong at load.
    problem: Option<LoadProblem>,
    /// The library as last read or written: where a write starts when the stored value turned
    /// unreadable after it was backed up.
    last_good: Envelope,
    /// The backup key holding the unreadable value found at load.
    kept: Option<String>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State {
        key: STORAGE_KEY,
        memory: None,
        problem: None,
        last_good: Envelope::default(),
        kept: None,
    });
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The name of a DOMException (`"QuotaExceededError"` …).
fn error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn write_error(e: &JsValue) -> WriteError {
    match error_name(e).as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => WriteError::Full,
        "SecurityError" => WriteError::Unavailable,
        name => {
            let message = js_sys::Reflect::get(e, &JsValue::from_str("message"))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            WriteError::Other(format!("{name} {message}").trim().to_string())
        }
    }
}

/// Keeps `raw` under a backup key and returns the key. A value already kept under some backup
/// key is not written again; an older backup is never replaced (a new key is used).
fn back_up(storage: &web_sys::Storage, raw: &str) -> Result<String, WriteError> {
    let len = storage.length().unwrap_or(0);
    for i in 0..len {
        if let Ok(Some(key)) = storage.key(i)
            && key.starts_with(BACKUP_KEY)
            && storage.get_item(&key).ok().flatten().as_deref() == Some(raw)
        {
            return Ok(key);
        }
    }
    let taken = |k: &str| storage.get_item(k).ok().flatten().is_some();
    let mut key = BACKUP_KEY.to_string();
    let now = js_sys::Date::now() as u64;
    let mut n = 0;
    while taken(&key) {
        key = format!(
            "{BACKUP_KEY}.{now}{}",
            if n == 0 {
                String::new()
            } else {
                format!("-{n}")
            }
        );
        n += 1;
    }
    storage
        .set_item(&key, raw)
        .map(|()| key)
        .map_err(|e| write_error(&e))
}

/// True when a `storage` event about `key` concerns the library this page uses.
pub fn is_library_key(key: &str) -> bool {
    STATE.with(|s| {
        let s = s.borrow();
        s.memory.is_none() && key == s.key
    })
}

/// A random stamp for one write (never 0, which marks migrated and unsaved versions).
pub fn new_stamp() -> u32 {
    ((js_sys::Math::random() * f64::from(u32::MAX)) as u32).max(1)
}

/// Loads the library and decides where this page writes. A stored value that cannot be used
/// is kept (see the module doc); the problem is returned so the page can say so, and the page
/// starts on defaults.
pub fn load() -> (Envelope, Option<LoadProblem>) {
    let (envelope, problem, key, memory, kept) = read_at_load();
    STATE.with(|s| {
        *s.borrow_mut() = State {
            key,
            memory: memory.then(|| envelope.clone()),
            problem: problem.clone(),
            last_good: envelope.clone(),
            kept,
        }
    });
    (envelope, problem)
}

type Loaded = (
    Envelope,
    Option<LoadProblem>,
    &'static str,
    bool,
    Option<String>,
);

fn read_at_load() -> Loaded {
    let in_memory = |problem| (Envelope::default(), Some(problem), STORAGE_KEY, true, None);
    let Some(storage) = local_storage() else {
        return in_memory(LoadProblem::Unavailable);
    };
    let Ok(raw) = storage.get_item(STORAGE_KEY) else {
        return in_memory(LoadProblem::Unavailable);
    };
    match decode(raw.as_deref()) {
        Ok(None) => (Envelope::default(), None, STORAGE_KEY, false, None),
        Ok(Some(envelope)) => {
            // Migrated or repaired (e.g. duplicate ids): write it back now, so every page
            // agrees. A refused write changes nothing; the next change writes it.
            if let Ok(json) = serde_json::to_string(&envelope)
                && raw.as_deref() != Some(json.as_str())
            {
                let _ = storage.set_item(STORAGE_KEY, &json);
            }
            (envelope, None, STORAGE_KEY, false, None)
        }
        Err(LoadProblem::Newer(v)) => {
            let own = storage
                .get_item(FALLBACK_KEY)
                .ok()
                .flatten()
                .and_then(|raw| decode(Some(&raw)).ok().flatten())
                .unwrap_or_default();
            (own, Some(LoadProblem::Newer(v)), FALLBACK_KEY, false, None)
        }
        Err(LoadProblem::Unreadable(message)) => {
            let raw = raw.unwrap_or_default();
            match back_up(&storage, &raw) {
                Ok(key) => (
                    Envelope::default(),
                    Some(LoadProblem::Unreadable(message)),
                    STORAGE_KEY,
                    false,
                    Some(key),
                ),
                Err(_) => in_memory(LoadProblem::UnreadableNotKept(message)),
            }
        }
        Err(other) => in_memory(other),
    }
}

/// What is wrong with storage now (`None`: saving normally). Changes only at load, when an
/// unreadable value cannot be backed up, and when the person replaces it.
pub fn problem() -> Option<LoadProblem> {
    STATE.with(|s| s.borrow().problem.clone())
}

/// The library as stored now (another page may have changed it). `None` when the stored value
/// cannot be read (a later write handles that) or storage is unavailable.
pub fn read_current() -> Option<Envelope> {
    STATE.with(|s| {
        let s = s.borrow();
        if let Some(memory) = &s.memory {
            return Some(memory.clone());
        }
        let raw = local_storage()?.get_item(s.key).ok()?;
        match decode(raw.as_deref()) {
            Ok(found) => Some(found.unwrap_or_default()),
            Err(_) => None,
        }
    })
}

/// The library as stored now; defaults when it cannot be read.
pub fn load_current() -> Envelope {
    read_current().unwrap_or_default()
}

/// Reads the library, applies `change`, writes it back, all in one synchronous step. A write
/// the browser refuses changes nothing stored and returns why. In memory mode the change is
/// applied in memory only (`persisted: false`).
pub fn transact<T>(change: impl FnOnce(&mut Envelope) -> T) -> Result<Committed<T>, WriteError> {
    // One copy of the work for every caller; only this wrapper is generic.
    let mut change = Some(change);
    let mut value = None;
    let (envelope, persisted) = read_change_write(&mut |env| {
        if let Some(change) = change.take() {
            value = Some(change(env));
        }
    })?;
    let value = value.ok_or_else(|| WriteError::Other("the change did not run".into()))?;
    Ok(Committed {
        envelope,
        value,
        persisted,
    })
}

/// The body of [`transact`]: the library as it is now, and whether it was written to storage.
fn read_change_write(
    change: &mut dyn FnMut(&mut Envelope),
) -> Result<(Envelope, bool), WriteError> {
    let (key, in_memory, last_good) = STATE.with(|s| {
        let s = s.borrow();
        (s.key, s.memory.clone(), s.last_good.clone())
    });
    if let Some(mut envelope) = in_memory {
        change(&mut envelope);
        STATE.with(|s| s.borrow_mut().memory = Some(envelope.clone()));
        return Ok((envelope, false));
    }
    let storage = local_storage().ok_or(WriteError::Unavailable)?;
    let raw = storage.get_item(key).map_err(|e| write_error(&e))?;
    let mut envelope = match decode(raw.as_deref()) {
        Ok(found) => found.unwrap_or_default(),
        Err(LoadProblem::Newer(v)) => return Err(WriteError::Newer(v)),
        // Became unreadable after this page loaded: keep it first; if it cannot be kept, write
        // nothing over it from now on.
        Err(problem) => {
            if back_up(&storage, raw.as_deref().unwrap_or_default()).is_err() {
                let message = match problem {
                    LoadProblem::Unreadable(m) => m,
                    _ => String::new(),
                };
                let mut envelope = last_good;
                change(&mut envelope);
                STATE.with(|s| {
                    let mut s = s.borrow_mut();
                    s.memory = Some(envelope.clone());
                    s.problem = Some(LoadProblem::UnreadableNotKept(message));
                    s.kept = None;
                });
                return Ok((envelope, false));
            }
            last_good
        }
    };
    change(&mut envelope);
    envelope.schema_version = SCHEMA_VERSION;
    envelope.prune(js_sys::Date::now() as u64);
    let json = serde_json::to_string(&envelope).map_err(|e| WriteError::Other(e.to_string()))?;
    if raw.as_deref() != Some(json.as_str()) {
        storage.set_item(key, &json).map_err(|e| write_error(&e))?;
    }
    STATE.with(|s| s.borrow_mut().last_good = envelope.clone());
    Ok((envelope, true))
}

/// [`transact`] for a change that returns nothing: the library as it is now.
pub fn commit(change: impl FnOnce(&mut Envelope)) -> Result<Envelope, WriteError> {
    transact(change).map(|c| c.envelope)
}

/// The unreadable value found in storage, for "Download the unreadable data": from its backup
/// key, or — when it could not be backed up — from the main key, where it still is.
pub fn kept_unreadable() -> Option<String> {
    let (kept, blocked) = STATE.with(|s| {
        let s = s.borrow();
        (
            s.kept.clone(),
            matches!(s.problem, Some(LoadProblem::UnreadableNotKept(_))),
        )
    });
    let key = kept.or_else(|| blocked.then(|| STORAGE_KEY.to_string()))?;
    local_storage()?.get_item(&key).ok()?
}

/// The person's decision after an unreadable value could not be backed up: write this page's
/// library over it, and save normally from now on.
pub fn replace_unreadable() -> Result<Envelope, WriteError> {
    let memory = STATE.with(|s| {
        let s = s.borrow();
        matches!(s.problem, Some(LoadProblem::UnreadableNotKept(_)))
            .then(|| s.memory.clone())
            .flatten()
    });
    let Some(mut envelope) = memory else {
        return Ok(load_current());
    };
    envelope.schema_version = SCHEMA_VERSION;
    let json = serde_json::to_string(&envelope).map_err(|e| WriteError::Other(e.to_string()))?;
    local_storage()
        .ok_or(WriteError::Unavailable)?
        .set_item(STORAGE_KEY, &json)
        .map_err(|e| write_error(&e))?;
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.memory = None;
        s.problem = None;
        s.last_good = envelope.clone();
    });
    Ok(envelope)
}
