//! Three-way merge of two edits of one scenario, field by field.
//!
//! Two pages changed the same scenario from a common ancestor: every field that only one of them
//! changed takes that change; a field both changed to different values is a conflict, and then
//! there is no merge (the caller keeps one edit as a copy). Objects merge key by key; anything
//! else — numbers, strings, lists — is one value. The merge works on the JSON form, so it knows
//! nothing of the scenario's fields and costs no code per field.

use serde_json::{Map, Value};
use truecost_model::Scenario;

/// `mine` and `theirs` merged over their common ancestor `base`, or `None` when both changed
/// one field differently or the result is not a valid scenario.
pub fn merge(base: &Scenario, theirs: &Scenario, mine: &Scenario) -> Option<Scenario> {
    let json = |s: &Scenario| -> Option<Value> {
        serde_json::from_str(&serde_json::to_string(s).ok()?).ok()
    };
    let merged = three_way(Some(&json(base)?), Some(&json(theirs)?), Some(&json(mine)?)).ok()??;
    let scenario: Scenario = truecost_model::json::decode(&merged).ok()?;
    scenario.validate().ok()?;
    Some(scenario)
}

/// The merge of one value (`None` = the key is absent); `Err` on a conflict.
fn three_way(
    base: Option<&Value>,
    theirs: Option<&Value>,
    mine: Option<&Value>,
) -> Result<Option<Value>, ()> {
    if mine == base || mine == theirs {
        return Ok(theirs.cloned());
    }
    if theirs == base {
        return Ok(mine.cloned());
    }
    let (Some(Value::Object(b)), Some(Value::Object(t)), Some(Value::Object(m))) =
        (base, theirs, mine)
    else {
        return Err(());
    };
    let mut out = Map::new();
    let mut done: Vec<&String> = Vec::new();
    for key in b.keys().chain(t.keys()).chain(m.keys()) {
        if done.contains(&key) {
            continue;
        }
        done.push(key);
        if let Some(v) = three_way(b.get(key), t.get(key), m.get(key))? {
            out.insert(key.clone(), v);
        }
    }
    Ok(Some(Value::Object(out)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use truecost_model::{Count, Horizon};

    fn users(s: &mut Scenario, n: u64) {
        s.organisation.users = Count::new(n).expect("in range");
    }

    #[test]
    fn edits_of_different_fields_are_both_kept() {
        let base = Scenario::default();
        let mut theirs = base.clone();
        users(&mut theirs, 41);
        let mut mine = base.clone();
        mine.horizon = Horizon::new(7).expect("in range");
        mine.name = "Mine".into();
        let merged = merge(&base, &theirs, &mine).expect("no conflict");
        assert_eq!(merged.organisation.users.get(), 41);
        assert_eq!(merged.horizon.get(), 7);
        assert_eq!(merged.name, "Mine");
    }

    #[test]
    fn the_same_field_changed_differently_is_a_conflict() {
        let base = Scenario::default();
        let mut theirs = base.clone();
        users(&mut theirs, 41);
        let mut mine = base.clone();
        users(&mut mine, 42);
        assert_eq!(merge(&base, &theirs, &mine), None);
        // …but the same change on both sides is no conflict.
        assert_eq!(merge(&base, &theirs, &theirs), Some(theirs.clone()));
        // Nothing changed on one side: the other side wins as it is.
        assert_eq!(merge(&base, &theirs, &base), Some(theirs.clone()));
        assert_eq!(merge(&base, &base, &theirs), Some(theirs));
    }

    #[test]
    fn lists_are_one_value() {
        let line = |name: &str| -> truecost_model::CustomLine {
            serde_json::from_value(serde_json::json!({
                "name": name, "kind": "cost", "category": "implementation",
                "quadrant": "hidden_money", "phase": "implementation", "amounts": ["100"]
            }))
            .expect("a custom line")
        };
        let base = Scenario {
            custom_lines: vec![line("a")],
            ..Scenario::default()
        };
        let mut theirs = base.clone();
        theirs.custom_lines.push(line("theirs"));
        let mut mine = base.clone();
        mine.custom_lines.push(line("mine"));
        // Both added a line: one list changed two ways — a conflict, never a silent pick.
        assert_eq!(merge(&base, &theirs, &mine), None);
        // One side's list change merges with the other side's field change.
        let mut renamed = base.clone();
        renamed.name = "Renamed".into();
        let merged = merge(&base, &theirs, &renamed).expect("no conflict");
        assert_eq!(merged.custom_lines, theirs.custom_lines);
        assert_eq!(merged.name, "Renamed");
    }

    #[test]
    fn a_merge_that_breaks_a_cross_field_rule_is_refused() {
        let base = Scenario::default();
        let mut theirs = base.clone();
        theirs.pricing.minimum_term_years = 1;
        let mut mine = base.clone();
        mine.name = "x".into();
        assert!(merge(&base, &theirs, &mine).is_some());
        // An invalid side never produces a "valid" merge.
        let mut broken = base.clone();
        broken.pricing.minimum_term_years = 0;
        assert_eq!(merge(&base, &broken, &mine), None);
    }
}
