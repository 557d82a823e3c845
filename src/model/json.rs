//! Reading the engine's input types from a parsed JSON document (`serde_json::Value`).
//!
//! One small, hand-written decoder instead of serde's derived visitors: each type reads itself
//! with [`FromJson`], field by field, and an error names the field's path in the document
//! (`organisation.users`, `project.activities[3].fee`) because the decoder knows where it is.
//! The rules are serde's, as the types used to declare them: unknown fields are ignored, a
//! missing field takes the default (the struct's own `Default` where the whole struct was
//! `#[serde(default)]`, the field type's otherwise) or is an error ("missing field `kind`"),
//! enums are their snake_case names, decimals are strings or numbers. Messages keep serde's
//! wording ("invalid type: string \"x\", expected u8"). The impls for the scenario's types
//! live in `json/scenario.rs`; the value types implement it next to their definitions.
//!
//! Each type that implements [`FromJson`] also gets a `serde::Deserialize` that goes through
//! it ([`deserialize_via`]), so serde callers (tests, the results' own derives) read the same
//! way; the app and the CLI call [`FromJson`] directly.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::Unexpected;
use serde_json::{Map, Value};

mod scenario;

/// A type that can be read from a JSON value.
pub trait FromJson: Sized {
    /// Reads `value`, which lies at `path` in the document; errors name that path (or the
    /// field below it that is wrong).
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self>;
}

/// Reads a whole document (the value at the top level) as `T`.
pub fn decode<T: FromJson>(value: &Value) -> Result<T, DecodeError> {
    T::from_json(value, &mut JsonPath::new()).map_err(|e| *e)
}

/// What the decoding functions return: the error is boxed, so that a result is small and
/// every field's `?` stays cheap in code.
pub type JsonResult<T> = Result<T, Box<DecodeError>>;

/// A value that does not fit its type: where (the field path, empty at the top level) and
/// why (serde's wording, or the value type's own message such as "must be between 0 % and
/// 100 %").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// The path of the value, e.g. `pricing.add_ons[1].price_per_month`.
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DecodeError {}

/// Where the decoder is in the document: keys joined with `.`, list items as `[n]`.
#[derive(Clone, Debug, Default)]
pub struct JsonPath(String);

impl JsonPath {
    /// The top level.
    pub fn new() -> Self {
        Self(String::new())
    }

    /// The path so far (empty at the top level).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An error at this path.
    pub fn error(&self, message: impl Into<String>) -> Box<DecodeError> {
        Box::new(DecodeError {
            path: self.0.clone(),
            message: message.into(),
        })
    }

    /// Serde's "invalid type" error for `value` where `expected` was wanted.
    pub fn invalid_type(&self, value: &Value, expected: &str) -> Box<DecodeError> {
        self.error(format!(
            "invalid type: {}, expected {expected}",
            describe(value)
        ))
    }

    /// Steps into the member `key`; returns the mark to [`JsonPath::leave`] with.
    fn enter(&mut self, key: &str) -> usize {
        let mark = self.0.len();
        if !self.0.is_empty() {
            self.0.push('.');
        }
        self.0.push_str(key);
        mark
    }

    /// Steps into list item `index`.
    fn enter_index(&mut self, index: usize) -> usize {
        let mark = self.0.len();
        self.0.push('[');
        self.0.push_str(&index.to_string());
        self.0.push(']');
        mark
    }

    /// Steps back out to `mark`.
    fn leave(&mut self, mark: usize) {
        self.0.truncate(mark);
    }

    /// `value` as an object, else an "invalid type" error naming `expected` (`struct Pricing`).
    pub fn object<'v>(
        &self,
        value: &'v Value,
        expected: &str,
    ) -> JsonResult<&'v Map<String, Value>> {
        match value {
            Value::Object(object) => Ok(object),
            other => Err(self.invalid_type(other, expected)),
        }
    }

    /// The member `key` of `object`, with the path stepped into it (and the mark to
    /// [`JsonPath::leave`] with); `None` when it is absent. Not inlined: it is the part of
    /// every field's reading that does not depend on the field's type.
    #[inline(never)]
    fn member<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        key: &str,
    ) -> Option<(&'v Value, usize)> {
        let value = object.get(key)?;
        Some((value, self.enter(key)))
    }

    /// The member `key` of `object` read as `T`; `None` when it is absent.
    pub fn field<T: FromJson>(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
    ) -> JsonResult<Option<T>> {
        let Some((value, mark)) = self.member(object, key) else {
            return Ok(None);
        };
        let read = T::from_json(value, self)?;
        self.leave(mark);
        Ok(Some(read))
    }

    /// Reads the member `key` into `slot` when present; an absent member leaves `slot` as it
    /// is (its default).
    pub fn set<T: FromJson>(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        slot: &mut T,
    ) -> JsonResult<()> {
        if let Some((value, mark)) = self.member(object, key) {
            *slot = T::from_json(value, self)?;
            self.leave(mark);
        }
        Ok(())
    }

    /// A member that must be there: serde's "missing field" error (at the object's path)
    /// when it was not.
    pub fn required<T>(&self, read: Option<T>, key: &str) -> JsonResult<T> {
        read.ok_or_else(|| self.error(format!("missing field `{key}`")))
    }
}

/// How serde names a JSON value in an "invalid type" or "invalid value" message.
fn describe(value: &Value) -> String {
    let unexpected = match value {
        Value::Null => return "null".to_owned(),
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (None, Some(i), _) => Unexpected::Signed(i),
            (None, None, Some(f)) => Unexpected::Float(f),
            (None, None, None) => Unexpected::Other("number"),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    unexpected.to_string()
}

/// Serde's "invalid value" error: `value` has the right type but not an accepted value.
pub fn invalid_value(path: &JsonPath, value: &Value, expected: &str) -> Box<DecodeError> {
    path.error(format!(
        "invalid value: {}, expected {expected}",
        describe(value)
    ))
}

/// A whole number from 0 to `max`, as serde reads an unsigned integer field named `expected`
/// (`u8`, `u32`, `u64`): a JSON integer only.
fn unsigned(value: &Value, max: u64, expected: &str, path: &JsonPath) -> JsonResult<u64> {
    let Value::Number(n) = value else {
        return Err(path.invalid_type(value, expected));
    };
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) if u <= max => Ok(u),
        (Some(_), _) | (None, Some(_)) => Err(invalid_value(path, value, expected)),
        (None, None) => Err(path.invalid_type(value, expected)),
    }
}

impl FromJson for u8 {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let n = unsigned(value, u64::from(u8::MAX), "u8", path)?;
        Self::try_from(n).map_err(|_| invalid_value(path, value, "u8"))
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let n = unsigned(value, u64::from(u32::MAX), "u32", path)?;
        Self::try_from(n).map_err(|_| invalid_value(path, value, "u32"))
    }
}

impl FromJson for u64 {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        unsigned(value, u64::MAX, "u64", path)
    }
}

impl FromJson for bool {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        value
            .as_bool()
            .ok_or_else(|| path.invalid_type(value, "a boolean"))
    }
}

impl FromJson for String {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        value
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| path.invalid_type(value, "a string"))
    }
}

/// `null` is `None`; anything else is read as `T`.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        match value {
            Value::Null => Ok(None),
            other => T::from_json(other, path).map(Some),
        }
    }
}

/// A JSON array, item by item (`[n]` in the path).
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let Value::Array(items) = value else {
            return Err(path.invalid_type(value, "a sequence"));
        };
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let mark = path.enter_index(index);
            out.push(T::from_json(item, path)?);
            path.leave(mark);
        }
        Ok(out)
    }
}

/// A JSON object with any keys (the key is the next step of the path).
impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let object = path.object(value, "a map")?;
        let mut out = BTreeMap::new();
        for key in object.keys() {
            if let Some(read) = path.field(object, key)? {
                out.insert(key.clone(), read);
            }
        }
        Ok(out)
    }
}

/// The index of the unit variant `value` names among `names` (serde's externally tagged
/// unit enums: a JSON string); `expected` is serde's `enum Name`.
pub fn variant_index(
    value: &Value,
    names: &[&str],
    expected: &str,
    path: &JsonPath,
) -> JsonResult<usize> {
    let Value::String(name) = value else {
        return Err(path.invalid_type(value, expected));
    };
    names.iter().position(|n| n == name).ok_or_else(|| {
        let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        path.error(format!(
            "unknown variant `{name}`, expected one of {}",
            list.join(", ")
        ))
    })
}

/// Reads through [`FromJson`] from any serde deserializer (via a `Value`): the body of the
/// `Deserialize` impls that [`deserialize_via_from_json!`] writes.
pub fn deserialize_via<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: FromJson,
{
    let value = <Value as serde::Deserialize>::deserialize(deserializer)?;
    decode(&value).map_err(serde::de::Error::custom)
}

/// Gives each listed type a `serde::Deserialize` that reads through its [`FromJson`], so there
/// is one decoder per type.
#[macro_export]
macro_rules! deserialize_via_from_json {
    ($($ty:ty),* $(,)?) => {
        $(
            impl<'de> serde::Deserialize<'de> for $ty {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    $crate::json::deserialize_via(deserializer)
                }
            }
        )*
    };
}

/// [`FromJson`] (and `Deserialize` through it) for unit enums written as snake_case strings:
/// `Type { "name" => Variant, … }`. Every variant must be listed (checked when compiling).
#[macro_export]
macro_rules! from_json_enum {
    ($($ty:ident { $($name:literal => $variant:ident),* $(,)? })*) => {
        $(
            impl $crate::json::FromJson for $ty {
                fn from_json(
                    value: &serde_json::Value,
                    path: &mut $crate::json::JsonPath,
                ) -> $crate::json::JsonResult<Self> {
                    const NAMES: &[&str] = &[$($name),*];
                    const VARIANTS: &[$ty] = &[$($ty::$variant),*];
                    let index = $crate::json::variant_index(
                        value,
                        NAMES,
                        concat!("enum ", stringify!($ty)),
                        path,
                    )?;
                    VARIANTS
                        .get(index)
                        .copied()
                        .ok_or_else(|| path.error("unknown variant"))
                }
            }
            // Every variant is listed: a new one fails to compile here until it is.
            const _: fn($ty) = |v| match v {
                $($ty::$variant => {}),*
            };
            $crate::deserialize_via_from_json!($ty);
        )*
    };
}

/// [`FromJson`] (and `Deserialize` through it) for structs whose every field may be left out
/// (serde's struct-level `#[serde(default)]`): missing fields come from the struct's
/// `Default`. Every field must be listed (checked when compiling).
#[macro_export]
macro_rules! from_json_defaults {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {
        $(
            impl $crate::json::FromJson for $ty {
                fn from_json(
                    value: &serde_json::Value,
                    path: &mut $crate::json::JsonPath,
                ) -> $crate::json::JsonResult<Self> {
                    let object = path.object(value, concat!("struct ", stringify!($ty)))?;
                    let mut out = Self::default();
                    $(path.set(object, stringify!($field), &mut out.$field)?;)*
                    // Every field is listed: a new one fails to compile here until it is.
                    let $ty { $($field: _),* } = &out;
                    Ok(out)
                }
            }
            $crate::deserialize_via_from_json!($ty);
        )*
    };
}

#[cfg(test)]
mod tests;
