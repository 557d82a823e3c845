#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the checklist and the scorecard: for random answers (any reply, values
//! missing or at their bounds) and random scorecards on every template and deployment model,
//! applying and evaluating never panics, the results still add up, every effect points at
//! lines that exist, open questions are exactly the Don't-know answers, Don't know changes no
//! number, and the fit stays within 0–100 %.

use crm_truecost::model::checklist::apply;
use crm_truecost::model::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn maybe<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    prop_oneof![1 => Just(None), 3 => s.prop_map(Some)].boxed()
}

fn money() -> BoxedStrategy<Money> {
    prop_oneof![
        4 => (0i64..=2_000_000).prop_map(|cents| Decimal::new(cents, 2)),
        1 => Just(Decimal::ZERO),
        1 => Just(Money::MAX),
    ]
    .prop_map(|v| Money::try_from(v).unwrap())
    .boxed()
}

fn percent() -> BoxedStrategy<Percent> {
    (0i64..=10_000)
        .prop_map(|bp| Percent::try_from(Decimal::new(bp, 4)).unwrap())
        .boxed()
}

fn hours() -> BoxedStrategy<Hours> {
    prop_oneof![
        4 => (0i64..=5_000).prop_map(|tenths| Decimal::new(tenths, 1)),
        1 => Just(Hours::MAX),
    ]
    .prop_map(|v| Hours::try_from(v).unwrap())
    .boxed()
}

fn reply() -> impl Strategy<Value = Reply> {
    prop_oneof![Just(Reply::Yes), Just(Reply::No), Just(Reply::DontKnow)]
}

prop_compose! {
    fn answer()(
        reply in reply(),
        amount in maybe(money()),
        percent in maybe(percent()),
        hours in maybe(hours()),
        count in maybe(prop_oneof![0u64..=12, Just(1_000_000)]),
        records in maybe(prop_oneof![0u64..=200_000, Just(Contacts::MAX)]),
        note in "[a-z <>&]{0,12}",
    ) -> Answer {
        Answer {
            question: Question::AutoRenewal,
            reply,
            amount,
            percent,
            hours,
            count: count.map(|c| Count::try_from(c).unwrap()),
            records: records.map(|r| Contacts::try_from(r).unwrap()),
            note,
        }
    }
}

/// Up to 12 answers in any order; one time in ten the same question may come twice (invalid).
fn answers() -> impl Strategy<Value = Vec<Answer>> {
    (
        proptest::collection::vec((0..Question::ALL.len(), answer()), 0..12),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(list, twice)| {
            let mut answers: Vec<Answer> = Vec::new();
            for (i, a) in list {
                let question = Question::ALL[i];
                if twice || !answers.iter().any(|b| b.question == question) {
                    answers.push(Answer { question, ..a });
                }
            }
            answers
        })
}

prop_compose! {
    fn scorecard()(
        requirements in proptest::collection::vec(
            (0usize..5, any::<bool>(), 1u64..=5), 0..25),
        reviewers in 0usize..5,
        scores in proptest::collection::vec((0usize..25, 0usize..5, 0u64..=2), 0..80),
    ) -> Scorecard {
        let mut card = Scorecard::default();
        for (group, must_have, weight) in requirements {
            card.add_requirement(
                "req".into(),
                RequirementGroup::ALL[group],
                must_have,
                Weight::new(weight).unwrap(),
            );
        }
        for i in 0..reviewers {
            card.add_reviewer(format!("reviewer {i}"));
        }
        for (r, p, s) in scores {
            if p < card.reviewers.len()
                && let Some(r) = card.requirements.get_mut(r)
            {
                r.set_score(p, Some(Score::new(s).unwrap()));
            }
        }
        card
    }
}

fn model() -> impl Strategy<Value = DeploymentModel> {
    prop_oneof![
        Just(DeploymentModel::Saas),
        Just(DeploymentModel::OnPremise),
        Just(DeploymentModel::Hybrid),
        Just(DeploymentModel::SelfBuilt),
        Just(DeploymentModel::OpenSource),
    ]
}

prop_compose! {
    fn scenario()(
        which in 0..template_names().len(),
        horizon in 1u64..=10,
        model in model(),
        users in prop_oneof![4 => 0u64..=200, 1 => Just(1_000_000)],
        answers in answers(),
        fit in scorecard(),
    ) -> Scenario {
        let mut s = template(template_names()[which]).unwrap();
        s.horizon = Horizon::try_from(horizon).unwrap();
        s.deployment.model = model;
        s.organisation.users = Count::try_from(users).unwrap();
        s.checklist.answers = answers;
        s.fit = fit;
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn apply_and_evaluate_never_panic(s in scenario()) {
        let _ = ledger(&s);
        let applied = apply(&s);
        prop_assert_eq!(&applied, &apply(&s), "apply is deterministic");
        let r = match evaluate(&s) {
            Ok(r) => r,
            Err(e) => {
                prop_assert!(!e.errors.is_empty());
                return Ok(());
            }
        };
        // Still adds up to the cent.
        let t = &r.totals;
        prop_assert_eq!(t.by_category.values().sum::<Decimal>(), t.tco);
        prop_assert_eq!(t.by_quadrant.values().sum::<Decimal>(), t.tco);
        let line_costs: Decimal = r.lines.iter()
            .filter(|l| l.kind == LineKind::Cost)
            .map(|l| l.total)
            .sum();
        prop_assert_eq!(line_costs, t.tco);
        // One effect per answered question, in sheet order; the lines they name exist.
        let questions: Vec<_> = r.checklist.iter().map(|e| e.question).collect();
        let answered: Vec<_> = Question::ALL
            .into_iter()
            .filter(|q| s.checklist.answer(*q).is_some())
            .collect();
        prop_assert_eq!(questions, answered);
        for effect in &r.checklist {
            for id in &effect.line_ids {
                prop_assert!(r.lines.iter().any(|l| &l.id == id), "{} not in the ledger", id);
            }
            prop_assert!(effect.counted || effect.line_ids.is_empty());
        }
        prop_assert_eq!(&r.open_questions, &s.checklist.open_questions());
        // The fit is a share, its lists name real requirements.
        match &r.fit {
            None => prop_assert!(s.fit.requirements.is_empty()),
            Some(fit) => {
                if let Some(f) = fit.fit {
                    prop_assert!(f >= Decimal::ZERO && f <= Decimal::ONE, "fit {}", f);
                }
                prop_assert_eq!(fit.requirements.len(), s.fit.requirements.len());
                for i in &fit.failed_must_haves {
                    prop_assert!(s.fit.requirements[*i].must_have);
                }
                for d in &fit.disagreements {
                    prop_assert!(!d.low.is_empty() && !d.high.is_empty());
                    let r = &s.fit.requirements[d.requirement];
                    for (low, high) in d.low.iter().zip(&d.high) {
                        prop_assert_eq!(r.score(*high).unwrap().get() - r.score(*low).unwrap().get(), 2);
                    }
                }
                prop_assert_eq!(
                    fit.fails_must_have,
                    r.warnings.iter().any(|w| w.code == "fit_fails_must_have")
                );
            }
        }
    }

    /// Don't know changes nothing: the same scenario with only its Don't-know answers costs
    /// what it costs with no answers at all.
    #[test]
    fn dont_know_changes_no_number(mut s in scenario()) {
        s.checklist.answers.retain(|a| a.reply == Reply::DontKnow);
        let mut none = s.clone();
        none.checklist = Checklist::default();
        if let (Ok(a), Ok(b)) = (evaluate(&s), evaluate(&none)) {
            prop_assert_eq!(a.totals, b.totals);
            prop_assert_eq!(a.lines, b.lines);
            prop_assert_eq!(a.open_questions, s.checklist.open_questions());
        }
    }
}
