#![cfg(not(target_arch = "wasm32"))]
//! The requirements-fit scorecard in the engine: the fit percentage worked by hand, must-have
//! failures, [B]'s 60 % warning, disagreements between reviewers, bounds refused with the field
//! named, the starter list, keeping the shared list in step across candidates, and the JSON.

use std::str::FromStr;

use crm_truecost::model::fit::{self, Disagreement, FIT_THRESHOLD, GroupFit};
use crm_truecost::model::*;
use rust_decimal::Decimal;
use serde_json::json;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn weight(w: u64) -> Weight {
    Weight::new(w).unwrap()
}

fn score(s: u64) -> Score {
    Score::new(s).unwrap()
}

/// Reviewers p1, p2, p3 and the requirements given as (must-have, weight).
fn card(requirements: &[(bool, u64)]) -> Scorecard {
    let mut c = Scorecard::default();
    for name in ["Ann", "Bo", "Chai"] {
        c.add_reviewer(name.into());
    }
    for (i, (must_have, w)) in requirements.iter().enumerate() {
        c.add_requirement(
            format!("requirement {i}"),
            RequirementGroup::Features,
            *must_have,
            weight(*w),
        );
    }
    c
}

/// Sets scores: (requirement id, reviewer id `p<n>` = reviewer number n − 1, score).
fn scored(mut c: Scorecard, scores: &[(&str, &str, u64)]) -> Scorecard {
    for (requirement, reviewer, s) in scores {
        let reviewer: usize = reviewer.trim_start_matches('p').parse::<usize>().unwrap() - 1;
        let r = c
            .requirements
            .iter_mut()
            .find(|r| r.id == *requirement)
            .unwrap();
        r.set_score(reviewer, Some(score(*s)));
    }
    c
}

fn warning_codes(c: &Scorecard) -> Vec<String> {
    let s = Scenario {
        fit: c.clone(),
        ..Scenario::default()
    };
    evaluate(&s)
        .unwrap()
        .warnings
        .into_iter()
        .map(|w| w.code)
        .filter(|code| code.starts_with("fit_"))
        .collect()
}

#[test]
fn fit_percentage_by_hand() {
    // r1 must-have, weight 5: scores 2 and 1 → average 1.5;
    // r2 weight 3: 1 and 1 → 1; r3 weight 1: only p1, 0 → 0.
    // Fit = (5 × 1.5 + 3 × 1 + 1 × 0) / (2 × (5 + 3 + 1)) = 10.5 / 18 = 58.3333 %.
    let c = scored(
        card(&[(true, 5), (false, 3), (false, 1)]),
        &[
            ("r1", "p1", 2),
            ("r1", "p2", 1),
            ("r2", "p1", 1),
            ("r2", "p2", 1),
            ("r3", "p1", 0),
        ],
    );
    let f = fit::evaluate(&c).unwrap();
    assert_eq!(f.score, d("10.5"));
    assert_eq!(f.max_score, d("18"));
    assert_eq!(f.fit, Some(d("0.583333")));
    assert!(f.below_threshold);
    assert!(!f.fails_must_have);
    let averages: Vec<_> = f
        .requirements
        .iter()
        .map(|r| (r.average, r.votes))
        .collect();
    assert_eq!(
        averages,
        [(Some(d("1.5")), 2), (Some(d("1")), 2), (Some(d("0")), 1)]
    );
    assert_eq!(
        f.by_group,
        [GroupFit {
            group: RequirementGroup::Features,
            fit: d("0.583333")
        }]
    );
    // The scores as stored: one character per reviewer.
    let stored: Vec<_> = c.requirements.iter().map(|r| r.scores.as_str()).collect();
    assert_eq!(stored, ["21", "11", "0"]);
    // In the results, with [B]'s warning.
    let s = Scenario {
        fit: c.clone(),
        ..Scenario::default()
    };
    let r = evaluate(&s).unwrap();
    assert_eq!(r.fit.as_ref().and_then(|f| f.fit), Some(d("0.583333")));
    let w = r
        .warnings
        .iter()
        .find(|w| w.code == "fit_below_threshold")
        .unwrap();
    assert_eq!(w.field, "fit");
    assert!(w.message.contains("58.3 %"), "{}", w.message);
    assert!(w.message.contains("60 %"));
}

#[test]
fn sixty_percent_is_not_below_sixty_percent() {
    // Weights 1 and 4, the first scored 2, the second 1: (1 × 2 + 4 × 1) / (2 × 5) = 60 %.
    let c = scored(
        card(&[(false, 1), (false, 4)]),
        &[("r1", "p1", 2), ("r2", "p1", 1)],
    );
    let f = fit::evaluate(&c).unwrap();
    assert_eq!(f.fit, Some(FIT_THRESHOLD));
    assert!(!f.below_threshold);
    assert!(warning_codes(&c).is_empty());
    // One point less on the first requirement: (1 + 4) / 10 = 50 % → the warning.
    let c = scored(c, &[("r1", "p1", 1)]);
    assert_eq!(fit::evaluate(&c).unwrap().fit, Some(d("0.5")));
    assert_eq!(warning_codes(&c), ["fit_below_threshold"]);
}

#[test]
fn a_must_have_fails_when_its_average_is_below_a_half() {
    // Documented rule: average < 0.5 (closer to none than to partial).
    let base = card(&[(false, 1), (true, 3)]);
    let full_first = [("r1", "p1", 2), ("r1", "p2", 2), ("r1", "p3", 2)];
    let with = |second: &[(&str, &str, u64)]| {
        let c = scored(scored(base.clone(), &full_first), second);
        fit::evaluate(&c).unwrap()
    };
    // All zero → fails.
    let f = with(&[("r2", "p1", 0), ("r2", "p2", 0)]);
    assert!(f.fails_must_have);
    assert_eq!(f.failed_must_haves, [1]);
    // 0, 0, 1 → 1/3 < 0.5 → fails.
    assert!(with(&[("r2", "p1", 0), ("r2", "p2", 0), ("r2", "p3", 1)]).fails_must_have);
    // 0 and 1 → 0.5 → does not fail (partial on average).
    assert!(!with(&[("r2", "p1", 0), ("r2", "p2", 1)]).fails_must_have);
    // Unscored must-have → not (yet) failing.
    assert!(!with(&[]).fails_must_have);
    // A nice-to-have at 0 never fails the candidate.
    let c = scored(card(&[(false, 1)]), &[("r1", "p1", 0)]);
    assert!(!fit::evaluate(&c).unwrap().fails_must_have);
    // The warning points at the failing requirement.
    let c = scored(scored(base.clone(), &full_first), &[("r2", "p1", 0)]);
    let s = Scenario {
        fit: c,
        ..Scenario::default()
    };
    let r = evaluate(&s).unwrap();
    let w = r
        .warnings
        .iter()
        .find(|w| w.code == "fit_fails_must_have")
        .unwrap();
    assert_eq!(w.field, "fit.requirements[1]");
    assert!(w.message.starts_with("1 must-have"), "{}", w.message);
}

#[test]
fn reviewers_who_differ_by_more_than_one_point_are_reported() {
    let c = scored(
        card(&[(false, 1), (false, 1), (false, 1), (false, 1)]),
        &[
            // r1: 0 and 2 → disagreement (p1 low, p2 and p3 high).
            ("r1", "p1", 0),
            ("r1", "p2", 2),
            ("r1", "p3", 2),
            // r2: 0 and 1 → one point, not reported.
            ("r2", "p1", 0),
            ("r2", "p2", 1),
            // r3: 1 and 2 → not reported.
            ("r3", "p2", 1),
            ("r3", "p3", 2),
            // r4: one vote only.
            ("r4", "p1", 0),
        ],
    );
    let f = fit::evaluate(&c).unwrap();
    assert_eq!(
        f.disagreements,
        [Disagreement {
            requirement: 0,
            low: vec![0],
            high: vec![1, 2],
        }]
    );
}

#[test]
fn unscored_requirements_are_left_out_until_scored() {
    let c = card(&[(true, 5), (false, 1)]);
    let f = fit::evaluate(&c).unwrap();
    assert_eq!(f.fit, None);
    assert_eq!(f.unscored, [0, 1]);
    assert!(!f.below_threshold && !f.fails_must_have);
    assert!(warning_codes(&c).is_empty());
    // Only r2 scored (full): fit = 100 % of what is scored; r1 still listed as unscored.
    let c = scored(c, &[("r2", "p1", 2)]);
    let f = fit::evaluate(&c).unwrap();
    assert_eq!(f.fit, Some(d("1")));
    assert_eq!(f.unscored, [0]);
    // No requirements at all → no fit in the results.
    assert_eq!(fit::evaluate(&Scorecard::default()), None);
}

#[test]
fn weights_and_scores_out_of_range_are_refused_with_the_field() {
    assert_eq!(
        "6".parse::<Weight>().unwrap_err().message(),
        "must be a whole number from 1 to 5"
    );
    assert!("0".parse::<Weight>().is_err());
    assert!("2.5".parse::<Weight>().is_err());
    assert_eq!("5".parse::<Weight>().unwrap().get(), 5);
    assert_eq!(
        "3".parse::<Score>().unwrap_err().message(),
        "must be 0 (none), 1 (partial) or 2 (full)"
    );
    assert!("-1".parse::<Score>().is_err());
    assert_eq!(" 2 ".parse::<Score>().unwrap(), Score::FULL);
    assert!("two".parse::<Score>().is_err());

    let parse = |value: serde_json::Value| -> Result<Scenario, String> {
        let text = value.to_string();
        crm_truecost::json_error::read::<Scenario>(&text)
            .map_err(|e| format!("{}: {}", e.path, e.message))
    };
    let requirements: Vec<_> = (0..4)
        .map(|i| json!({"id": format!("r{i}"), "weight": if i == 3 { 7 } else { 2 }}))
        .collect();
    let err = parse(json!({"fit": {"requirements": requirements}})).unwrap_err();
    assert!(err.starts_with("fit.requirements[3].weight: "), "{err}");
    assert!(err.contains("1 to 5"), "{err}");
    let err = parse(json!({"fit": {
        "requirements": [{"id": "r1"}, {"id": "r2", "weight": 0}],
    }}))
    .unwrap_err();
    assert!(err.starts_with("fit.requirements[1].weight: "), "{err}");
    // A score out of range in the stored scores is refused by validation, at the field.
    let s = parse(json!({"fit": {
        "reviewers": ["Ann", "Bo"],
        "requirements": [{"id": "r1", "scores": "2"}, {"id": "r2", "scores": "13"}]
    }}))
    .unwrap();
    let e = s.validate().unwrap_err();
    assert_eq!(e.errors[0].path, "fit.requirements[1].scores");
    assert!(
        e.errors[0]
            .message
            .contains("0 (none), 1 (partial), 2 (full)")
    );
}

#[test]
fn list_rules_are_checked_with_the_field() {
    let paths = |c: &Scorecard| -> Vec<String> {
        let s = Scenario {
            fit: c.clone(),
            ..Scenario::default()
        };
        s.validate()
            .err()
            .map(|e| e.errors.into_iter().map(|f| f.path).collect())
            .unwrap_or_default()
    };
    let mut c = card(&[(false, 1), (false, 2), (false, 3)]);
    c.requirements[1].id = "r1".into();
    c.requirements[0].text = "x".repeat(MAX_REQUIREMENT_CHARS + 1);
    c.requirements[2].id = " ".into();
    c.requirements[2].scores = "2102".into(); // four scores, three reviewers
    c.reviewers[1] = "n".repeat(MAX_REVIEWER_CHARS + 1);
    assert_eq!(
        paths(&c),
        [
            "fit.requirements[0].text",
            "fit.requirements[1].id",
            "fit.requirements[2].id",
            "fit.requirements[2].scores",
            "fit.reviewers[1]",
        ]
    );
    let mut big = Scorecard::default();
    for i in 0..=MAX_REQUIREMENTS {
        big.add_requirement(
            format!("{i}"),
            RequirementGroup::Business,
            false,
            Weight::DEFAULT,
        );
    }
    for i in 0..=MAX_REVIEWERS {
        big.add_reviewer(format!("{i}"));
    }
    assert_eq!(paths(&big), ["fit.requirements", "fit.reviewers"]);
    let s = Scenario {
        fit: big.clone(),
        ..Scenario::default()
    };
    let errors = s.validate().unwrap_err().errors;
    assert_eq!(errors[0].code, ErrorCode::TooManyEntries);
    assert_eq!(errors[0].params["max"], "200");
    assert_eq!(errors[1].params["max"], "10");
    // The limits themselves are fine.
    big.requirements.truncate(MAX_REQUIREMENTS);
    big.reviewers.truncate(MAX_REVIEWERS);
    assert!(paths(&big).is_empty());
}

#[test]
fn the_starter_list() {
    let list = starter_requirements();
    assert!((18..=24).contains(&list.len()));
    let mut ids: Vec<_> = list.iter().map(|r| r.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), list.len());
    for group in RequirementGroup::ALL {
        assert!(list.iter().any(|r| r.group == group), "{group:?}");
    }
    assert!(list.iter().any(|r| r.must_have) && list.iter().any(|r| !r.must_have));
    for (r, starter) in list.iter().zip(StarterRequirement::ALL) {
        assert!(r.text.is_empty());
        assert_eq!(StarterRequirement::from_code(&r.id), Some(starter));
        assert_eq!(r.weight, starter.weight());
        assert!((1..=5).contains(&r.weight.get()));
    }
    // Added once, whatever the number of clicks; a valid scorecard.
    let mut c = Scorecard::default();
    c.add_starter_requirements();
    c.add_starter_requirements();
    assert_eq!(c.requirements, list);
    let s = Scenario {
        fit: c,
        ..Scenario::default()
    };
    assert_eq!(s.validate(), Ok(()));
    // Unedited starter texts stay out of the JSON; an edited one is kept.
    let value = serde_json::to_value(&s).unwrap();
    assert!(value["fit"]["requirements"][0].get("text").is_none());
}

#[test]
fn the_shared_list_is_kept_in_step_by_id_keeping_each_candidates_scores() {
    let mut a = scored(card(&[(true, 5), (false, 2)]), &[("r1", "p1", 2)]);
    let mut b = Scorecard::default();
    let bob = b.add_reviewer("Bob".into());
    b.sync_requirements_from(&a);
    assert!(b.same_requirements(&a));
    assert!(
        b.requirements.iter().all(|r| r.scores.is_empty()),
        "A's scores stay in A"
    );
    b.requirements[0].set_score(bob, Some(Score::NONE));
    b.requirements[1].set_score(bob, Some(Score::FULL));
    assert!(b.same_requirements(&a), "scores are not part of the list");
    // The list changes in A (r2 deleted, r1 reweighted, a new one added) and is copied to B:
    // B keeps its r1 score, loses its r2 score, keeps its own reviewer.
    a.remove_requirement("r2");
    a.requirements[0].weight = weight(4);
    let new = a.add_requirement(
        "Offline mode".into(),
        RequirementGroup::Functional,
        false,
        weight(2),
    );
    assert_eq!(new, "r3", "a deleted requirement's id is never reused");
    assert!(!b.same_requirements(&a));
    b.sync_requirements_from(&a);
    assert!(b.same_requirements(&a));
    assert_eq!(b.requirements[0].weight.get(), 4);
    assert_eq!(b.requirements[0].score(bob), Some(Score::NONE));
    assert_eq!(b.requirements[1].id, "r3");
    assert_eq!(b.requirements[1].score(bob), None);
    assert_eq!(b.last_id, 3, "the id counter travels with the list");
    assert_eq!(b.reviewers, ["Bob"]);
}

#[test]
fn scores_are_one_character_per_reviewer() {
    let mut c = card(&[(false, 1)]);
    let r = &mut c.requirements[0];
    r.set_score(2, Some(Score::FULL));
    assert_eq!(r.scores, "--2");
    r.set_score(0, Some(Score::PARTIAL));
    assert_eq!(r.scores, "1-2");
    assert_eq!(
        r.votes().collect::<Vec<_>>(),
        [(0, Score::PARTIAL), (2, Score::FULL)]
    );
    r.set_score(2, None);
    assert_eq!(r.scores, "1", "trailing unscored places are dropped");
    // Removing a reviewer removes their column; later reviewers move up.
    c.requirements[0].scores = "012".into();
    c.remove_reviewer(1);
    assert_eq!(c.reviewers, ["Ann", "Chai"]);
    assert_eq!(c.requirements[0].scores, "02");
    c.remove_reviewer(1);
    assert_eq!(c.requirements[0].scores, "0");
    c.remove_reviewer(7); // no such reviewer: nothing happens
    assert_eq!(c.reviewers, ["Ann"]);
}

#[test]
fn json_round_trip_and_compactness() {
    let c = scored(card(&[(true, 5)]), &[("r1", "p2", 1)]);
    let s = Scenario {
        fit: c,
        ..Scenario::default()
    };
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(serde_json::from_str::<Scenario>(&text).unwrap(), s);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["fit"]["reviewers"], json!(["Ann", "Bo", "Chai"]));
    assert_eq!(value["fit"]["last_id"], json!(1));
    assert_eq!(
        value["fit"]["requirements"][0],
        json!({"id": "r1", "text": "requirement 0", "group": "features", "must_have": true,
               "weight": 5, "scores": "-1"})
    );
    // Partial items fill from defaults: group features, nice-to-have, weight 3.
    let read: Scenario =
        serde_json::from_value(json!({"fit": {"requirements": [{"id": "x"}]}})).unwrap();
    assert_eq!(read.fit.requirements[0].weight, Weight::DEFAULT);
    assert!(!read.fit.requirements[0].must_have);
    // Results round-trip too.
    let r = evaluate(&s).unwrap();
    let back: Results = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
}
