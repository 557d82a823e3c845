//! Pretty JSON from compact JSON, laid out exactly as `serde_json::to_string_pretty` lays it
//! out (two-space indent, `"key": value`, `[]` and `{}` when empty). The page serializes a
//! scenario with the compact serializer only and indents the text here: one copy of the
//! scenario's encoding code in the wasm instead of one per formatter.

/// `compact` (serde_json's compact output: no white space outside strings) indented.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

// Native only: proptest is not a wasm dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::indent;
    use proptest::prelude::*;
    use serde_json::{Value, json};
    use truecost_model::{Scenario, template, template_names};

    fn same_as_serde(v: &impl serde::Serialize) {
        let compact = serde_json::to_string(v).expect("compact");
        let pretty = serde_json::to_string_pretty(v).expect("pretty");
        assert_eq!(indent(&compact), pretty);
    }

    #[test]
    fn scenarios_indent_exactly_as_serde_json_pretty_prints_them() {
        same_as_serde(&Scenario::default());
        for name in template_names() {
            let mut s = template(name).expect("template");
            s.name = "Vendor \"B\" — 中文 ไทย {x}: [y], z\\".into();
            same_as_serde(&s);
        }
    }

    #[test]
    fn strings_empty_containers_and_nesting() {
        same_as_serde(&json!({}));
        same_as_serde(&json!([]));
        same_as_serde(&json!({"a": [], "b": {}, "c": [[], [{}], {"d": []}]}));
        same_as_serde(&json!({
            "name": "a \"quoted\" {name}, [with] : colons, \\ back\\slashes \\\" and \u{1} \n tabs\t",
            "中文": "ไทย — é",
            "n": [1, -2.5, 0, null, true, false, "x"],
        }));
        same_as_serde(&json!("just a string, with {braces}"));
        same_as_serde(&json!(12));
    }

    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<String>().prop_map(Value::from),
            "[{}\\[\\],:\"\\\\ ]{0,6}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_json_indents_exactly_as_serde_json_pretty_prints_it(v in any_json()) {
            let compact = serde_json::to_string(&v).expect("compact");
            prop_assert_eq!(indent(&compact), serde_json::to_string_pretty(&v).expect("pretty"));
        }
    }
}
