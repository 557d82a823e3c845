//! Field-named messages for JSON that does not fit the scenario format.
//!
//! serde_json reports where it stopped (line and column); [`field_error`] turns that position
//! back into the field's path in the document (`organisation.users`,
//! `project.activities[3].fee`). Doing it on the text keeps one deserializer in the wasm (a
//! wrapping deserializer would compile every scenario type's decoding a second time).

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
/// from reading `text`.
pub fn field_error(text: &str, error: &serde_json::Error) -> (String, String) {
    let mut at = offset_of(text, error.line(), error.column());
    let full = error.to_string();
    let message = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_string(),
        None => full,
    };
    // A missing field is reported at the object's closing brace: step past it, so the path
    // names the object rather than its last key.
    if message.starts_with("missing field") {
        at = at.saturating_add(1);
    }
    (path_at(text, at), message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use truecost_model::Scenario;

    fn error_path(json: &str) -> String {
        let err = serde_json::from_str::<Scenario>(json).expect_err("must not parse");
        field_error(json, &err).0
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
        let err = serde_json::from_str::<Scenario>(json).expect_err("must not parse");
        let (path, message) = field_error(json, &err);
        assert_eq!(path, "organisation.users");
        assert!(!message.contains("line"), "{message}");
        assert!(!message.is_empty());
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
