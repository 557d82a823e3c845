//! Reading JSON text into the scenario's types, with field-named messages.
//!
//! [`read`] is the one way the app and the CLI read a document: serde_json parses the text into
//! a `Value` once, then the engine's decoder ([`truecost_model::json`]) reads the type and names
//! the field of any value that does not fit (`organisation.users`, `project.activities[3].fee`).
//! For text that is not JSON at all, serde_json reports where it stopped (line and column);
//! [`field_error`] turns that position back into the path in the document.

use serde_json::Value;
use truecost_model::json::{FromJson, decode};

/// Why a JSON text was not read: where (the field path, empty at the top level) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// The path of the value, e.g. `pricing.add_ons[1].price_per_month`.
    pub path: String,
    /// What is wrong, without a position.
    pub message: String,
    /// Line and column (1-based) of a syntax error; `None` for a value of the wrong type or
    /// out of range, which the path names.
    pub line_column: Option<(usize, usize)>,
}

/// Parses `text` as JSON and reads it as `T` (one parse, then the engine's decoder).
pub fn read<T: FromJson>(text: &str) -> Result<T, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let (path, message) = field_error(text, &e);
        ReadError {
            path,
            message,
            line_column: Some((e.line(), e.column())),
        }
    })?;
    decode(&value).map_err(|e| ReadError {
        path: e.path,
        message: e.message,
        line_column: None,
    })
}

/// Where in a JSON document a position lies: the chain of object keys and array indices.
#[derive(Debug)]
enum Step {
    /// Inside an object; the key whose value is being read, once known.
    Object(Option<String>),
    /// Inside an array, at this index.
    Array(usize),
}

/// The path (`a.b[2].c`) of the value at byte offset `at` of `text`; empty at the top level.
pub fn path_at(text: &str, at: usize) -> String {
    let mut stack: Vec<Step> = Vec::new();
    let mut chars = text.char_indices().peekable();
    // After a string inside an object, the string was a key if a ':' follows.
    let mut last_string: Option<String> = None;
    while let Some((i, c)) = chars.next() {
        if i >= at {
            break;
        }
        match c {
            '"' => {
                let mut s = String::new();
                while let Some((j, c)) = chars.next() {
                    if j >= at {
                        break;
                    }
                    match c {
                        '\\' => {
                            if let Some((_, e)) = chars.next() {
                                s.push(e);
                            }
                        }
                        '"' => break,
                        c => s.push(c),
                    }
                }
                last_string = Some(s);
            }
            ':' => {
                if let Some(Step::Object(key)) = stack.last_mut() {
                    *key = last_string.take();
                }
            }
            ',' => match stack.last_mut() {
                Some(Step::Array(n)) => *n += 1,
                Some(Step::Object(key)) => *key = None,
                None => {}
            },
            '{' => stack.push(Step::Object(None)),
            '[' => stack.push(Step::Array(0)),
            '}' | ']' => {
                stack.pop();
            }
            _ => {}
        }
    }
    let mut path = String::new();
    for step in &stack {
        match step {
            Step::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Step::Object(None) => {}
            Step::Array(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
}

/// The byte offset of a 1-based `line` and `column` (serde_json counts columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// The field path and the message (without serde_json's "at line … column …") of an error
/// from parsing `text`.
pub fn field_error(text: &str, error: &serde_json::Error) -> (String, String) {
    let at = offset_of(text, error.line(), error.column());
    let full = error.to_string();
    let message = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_string(),
        None => full,
    };
    (path_at(text, at), message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use truecost_model::Scenario;

    fn error_path(json: &str) -> String {
        read::<Scenario>(json).expect_err("must not parse").path
    }

    #[test]
    fn a_wrong_value_is_named_by_its_path() {
        assert_eq!(
            error_path(r#"{"name":"x","organisation":{"users":-4}}"#),
            "organisation.users"
        );
        assert_eq!(
            error_path("{\n  \"finance\": {\n    \"discount_rate\": \"1.5\"\n  }\n}"),
            "finance.discount_rate"
        );
        assert_eq!(
            error_path(
                r#"{"pricing":{"add_ons":[{"name":"a","price_per_month":"1"},{"name":"b","price_per_month":"x"}]}}"#
            ),
            "pricing.add_ons[1].price_per_month"
        );
        assert_eq!(
            error_path(r#"{"name":"a \"quoted\", {tricky} [name]","horizon":11}"#),
            "horizon"
        );
        assert_eq!(
            error_path(r#"{"deployment":{"model":"mainframe"}}"#),
            "deployment.model"
        );
    }

    #[test]
    fn a_missing_field_names_its_object() {
        assert_eq!(
            error_path(r#"{"project":{"activities":[{"kind":"discovery"},{"fee":"3"}]}}"#),
            "project.activities[1]"
        );
    }

    #[test]
    fn the_message_drops_the_position() {
        let json = r#"{"organisation":{"users":"lots"}}"#;
        let err = read::<Scenario>(json).expect_err("must not parse");
        let (path, message) = (err.path, err.message);
        assert_eq!(path, "organisation.users");
        assert!(!message.contains("line"), "{message}");
        assert!(!message.is_empty());
    }

    #[test]
    fn a_syntax_error_keeps_its_path_and_position() {
        let err = read::<Scenario>("{\"organisation\": {\"users\": 4,}}").expect_err("not JSON");
        assert_eq!(err.path, "organisation");
        assert!(err.message.starts_with("trailing comma"), "{}", err.message);
        assert_eq!(err.line_column, Some((1, 30)));
        let err = read::<Scenario>(r#"{"organisation": {"users": 1e400}}"#).expect_err("range");
        assert_eq!(err.path, "organisation.users");
        assert!(err.line_column.is_some());
        // A value error has no position: the decoder names the field instead.
        let err = read::<Scenario>(r#"{"horizon": 0}"#).expect_err("out of range");
        assert_eq!((err.path.as_str(), err.line_column), ("horizon", None));
    }

    #[test]
    fn any_text_and_position_is_safe() {
        for text in [
            "",
            "{",
            "[[[",
            "\"\\",
            "{\"a\":[1,{\"b\":",
            "ไทย中文{\"é\":",
        ] {
            for at in 0..=text.len() + 2 {
                let _ = path_at(text, at);
            }
        }
        assert_eq!(offset_of("ab\ncd", 2, 2), 4);
        assert_eq!(offset_of("ab", 9, 9), 2);
    }
}
