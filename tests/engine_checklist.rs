#![cfg(not(target_arch = "wasm32"))]
//! The hidden-fee checklist in the engine: each answer's effect on the numbers (TCO before and
//! after, worked by hand), the line it adds with its tags, the statement and the inputs it
//! names; open questions; bounds refused with the field named; the JSON shape, and old
//! scenarios reading exactly as before.

use std::str::FromStr;

use crm_truecost::model::checklist::{ChecklistEffect, EffectKind, apply};
use crm_truecost::model::*;
use rust_decimal::Decimal;
use serde_json::json;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn money(text: &str) -> Money {
    Money::try_from(d(text)).unwrap()
}

/// 10 users, no growth, $50 a seat billed monthly, no uplift, no tiers or add-ons, consulting
/// entered at 0, no overtime, 10 % contingency, no support fee: every effect is worked by hand.
fn base() -> Scenario {
    let mut s = Scenario::default();
    s.organisation.users = Count::try_from(10u64).unwrap();
    s.organisation.user_growth = Growth::ZERO;
    s.pricing.seat_price_per_month = money("50");
    s.pricing.billing = BillingCycle::Monthly;
    s.pricing.renewal_uplift = Percent::ZERO;
    s.pricing.contact_tiers.clear();
    s.pricing.add_ons.clear();
    s.project.consulting.mode = ConsultingMode::Entered;
    s.project.consulting.entered_fee = Money::ZERO;
    s.project.overtime.share_of_vendor_work = Percent::ZERO;
    s.project.contingency = Percent::try_from(d("0.10")).unwrap();
    s
}

/// An answer with `reply` and no values; `answered` sets its question.
fn answer(reply: Reply) -> Answer {
    Answer::new(Question::AutoRenewal, reply)
}

fn with_amount(reply: Reply, amount: &str) -> Answer {
    Answer {
        amount: Some(money(amount)),
        ..answer(reply)
    }
}

fn answered(mut s: Scenario, answers: Vec<(Question, Answer)>) -> Scenario {
    for (question, a) in answers {
        s.checklist.set(Answer { question, ..a });
    }
    s
}

/// Results before and after one answer, and the answer's effect.
fn before_after(
    s: &Scenario,
    question: Question,
    a: Answer,
) -> (Results, Results, ChecklistEffect) {
    let before = evaluate(s).unwrap();
    let after = evaluate(&answered(s.clone(), vec![(question, a)])).unwrap();
    assert_eq!(after.checklist.len(), 1);
    let effect = after.checklist[0].clone();
    assert_eq!(effect.question, question);
    (before, after, effect)
}

fn line<'a>(r: &'a Results, id: &str) -> &'a Line {
    r.lines
        .iter()
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("no line {id}"))
}

fn has_line(r: &Results, id: &str) -> bool {
    r.lines.iter().any(|l| l.id == id)
}

#[test]
fn renewal_uplift_sets_the_uplift() {
    // $6,000 a year; 8 % at each yearly renewal adds 6,000 × (1.08^k − 1) in year k + 1:
    // 480 + 998.40 + 1,558.27 + 2,162.93 = 5,199.60.
    let s = base();
    let a = Answer {
        percent: Some(Percent::try_from(d("0.08")).unwrap()),
        ..answer(Reply::Yes)
    };
    let (before, after, e) = before_after(&s, Question::RenewalUplift, a);
    assert_eq!(after.totals.tco - before.totals.tco, d("5199.60"));
    assert_eq!(e.effect, EffectKind::RenewalUpliftSet);
    assert_eq!((e.before, e.after), (Some(d("0")), Some(d("0.08"))));
    assert_eq!(e.fields, ["pricing.renewal_uplift"]);
    assert_eq!(e.line_ids, ["subscription.renewal_uplift"]);
    assert!(e.statement().contains("8 %"), "{}", e.statement());
    let l = line(&after, "subscription.renewal_uplift");
    assert_eq!(l.quadrant, Quadrant::HiddenMoney);
    assert_eq!(l.category, Category::SubscriptionLicence);
    assert_eq!(l.amounts[2], d("480"));

    // "No" removes the default template's 7 %; "Yes" without a % keeps it, and says so.
    let mut s7 = base();
    s7.pricing.renewal_uplift = Percent::try_from(d("0.07")).unwrap();
    let (before, after, e) = before_after(&s7, Question::RenewalUplift, answer(Reply::No));
    assert!(has_line(&before, "subscription.renewal_uplift"));
    assert!(!has_line(&after, "subscription.renewal_uplift"));
    assert_eq!(e.after, Some(d("0")));
    let (before, after, e) = before_after(&s7, Question::RenewalUplift, answer(Reply::Yes));
    assert_eq!(after.totals.tco, before.totals.tco);
    assert_eq!(e.effect, EffectKind::RenewalUpliftKept);
    assert!(e.fields.is_empty());
    assert!(e.statement().contains("7 %"));
}

#[test]
fn minimum_term_sets_the_term() {
    // 7 % uplift: a 1-year term renews 4 times in 5 years (420 + 869.40 + 1,350.26 +
    // 1,864.78 = 4,504.44); a 3-year term once, before year 4: 420 + 420 = 840.
    let mut s = base();
    s.pricing.renewal_uplift = Percent::try_from(d("0.07")).unwrap();
    let a = Answer {
        count: Some(Count::try_from(3u64).unwrap()),
        ..answer(Reply::Yes)
    };
    let (before, after, e) = before_after(&s, Question::MinimumTerm, a);
    assert_eq!(
        before.totals.tco - after.totals.tco,
        d("4504.44") - d("840")
    );
    assert_eq!(e.effect, EffectKind::MinimumTermSet);
    assert_eq!((e.before, e.after), (Some(d("1")), Some(d("3"))));
    assert_eq!(e.fields, ["pricing.minimum_term_years"]);
    assert_eq!(e.line_ids, ["subscription.renewal_uplift"]);
    assert_eq!(
        line(&after, "subscription.renewal_uplift").amounts,
        [d("0"), d("0"), d("0"), d("0"), d("420"), d("420")]
    );
    // Yes without the years: nothing changes, a value is needed.
    let (before, after, e) = before_after(&s, Question::MinimumTerm, answer(Reply::Yes));
    assert_eq!(after.totals.tco, before.totals.tco);
    assert_eq!(e.effect, EffectKind::NeedsValue);
}

#[test]
fn concurrent_users_change_the_seats() {
    // 10 users × 25 % = 2.5 → 3 seats × $50 × 12 = 1,800 a year instead of 6,000: −21,000.
    let s = base();
    let a = Answer {
        percent: Some(Percent::try_from(d("0.25")).unwrap()),
        ..answer(Reply::Yes)
    };
    let (before, after, e) = before_after(&s, Question::ConcurrentUsers, a);
    assert_eq!(before.totals.tco - after.totals.tco, d("21000"));
    assert_eq!(e.effect, EffectKind::SeatsConcurrent);
    assert_eq!(e.after, Some(d("0.25")));
    assert_eq!(e.line_ids, ["subscription.seats"]);
    assert_eq!(after.years[1].seats, d("3"));
    assert!(e.statement().contains("25 %"));
    // Named (No) on a concurrent scenario restores one seat per user.
    let mut c = base();
    c.pricing.seat_licensing = SeatLicensing::Concurrent;
    let (_, after, e) = before_after(&c, Question::ConcurrentUsers, answer(Reply::No));
    assert_eq!(e.effect, EffectKind::SeatsNamed);
    assert_eq!(after.years[1].seats, d("10"));
}

#[test]
fn migration_not_included_sets_the_quoted_fee() {
    // The template's data-migration fee 1,000 → the quote 2,500; with 10 % contingency the TCO
    // rises by 1,500 × 1.1 = 1,650.
    let s = base();
    let (before, after, e) = before_after(
        &s,
        Question::MigrationIncluded,
        with_amount(Reply::No, "2500"),
    );
    assert_eq!(after.totals.tco - before.totals.tco, d("1650"));
    assert_eq!(e.effect, EffectKind::MigrationFeeSet);
    assert_eq!((e.before, e.after), (Some(d("1000")), Some(d("2500"))));
    assert_eq!(e.fields, ["project.activities[3].fee"]);
    assert_eq!(
        e.line_ids,
        [
            "project.data_migration.fee",
            "project.data_migration.fee.contingency"
        ]
    );
    let fee = line(&after, "project.data_migration.fee");
    assert_eq!(fee.amounts[0], d("2500"));
    assert_eq!(fee.quadrant, Quadrant::HiddenMoney);
    assert_eq!(fee.category, Category::DataMigrationIntegration);
    assert_eq!(fee.phase, Phase::DataPreparation);
    assert_eq!(
        line(&after, "project.data_migration.fee.contingency").amounts[0],
        d("250")
    );
    // The page asks the results where a line or an input came from.
    let origin = |id: &str| after.line_origin(id).map(|e| e.question);
    assert_eq!(
        origin("project.data_migration.fee.contingency"),
        Some(Question::MigrationIncluded)
    );
    assert_eq!(origin("subscription.seats"), None);
    assert_eq!(
        after
            .field_origin("project.activities[3].fee")
            .map(|e| e.effect),
        Some(EffectKind::MigrationFeeSet)
    );
    assert_eq!(after.field_origin("project.activities[3].hours"), None);
}

#[test]
fn migration_included_removes_the_fee_and_an_entered_fee_is_kept() {
    let s = base();
    let (before, after, e) = before_after(&s, Question::MigrationIncluded, answer(Reply::Yes));
    assert_eq!(before.totals.tco - after.totals.tco, d("1100"));
    assert_eq!(e.effect, EffectKind::MigrationFeeRemoved);
    assert_eq!(e.before, Some(d("1000")));
    assert!(!has_line(&after, "project.data_migration.fee"));
    assert!(e.statement().contains("(was 1000)"), "{}", e.statement());
    let mut none = base();
    none.project
        .activities
        .retain(|a| a.kind != Activity::DataMigration);
    let (_, _, e) = before_after(&none, Question::MigrationIncluded, answer(Reply::Yes));
    assert_eq!(
        (e.effect, e.before),
        (EffectKind::MigrationFeeRemoved, None)
    );
    assert!(e.fields.is_empty());
    assert_eq!(
        e.statement(),
        "Migration is included; no data-migration fee is counted."
    );
    // No, without a quote, with a fee entered: that fee is counted, nothing changes.
    let (before, after, e) = before_after(&s, Question::MigrationIncluded, answer(Reply::No));
    assert_eq!(after.totals.tco, before.totals.tco);
    assert_eq!(e.effect, EffectKind::MigrationFeeKept);
    assert_eq!(e.after, Some(d("1000")));
}

#[test]
fn migration_fee_estimated_from_hours_when_no_source_gives_one() {
    // No fee entered, no quote: the template's data-migration hours (16 IT + 8 admin = 24)
    // at the IT rate (90,000 / 2,080 × 1.3 = 56.25 an hour) = 1,350; + 10 % contingency.
    let mut s = base();
    let i = s
        .project
        .activities
        .iter()
        .position(|a| a.kind == Activity::DataMigration)
        .unwrap();
    s.project.activities[i].fee = Money::ZERO;
    let (before, after, e) = before_after(&s, Question::MigrationIncluded, answer(Reply::No));
    assert_eq!(after.totals.tco - before.totals.tco, d("1485"));
    assert_eq!(e.effect, EffectKind::MigrationFeeEstimated);
    assert_eq!((e.after, e.detail), (Some(d("1350")), Some(d("24"))));
    assert!(
        e.statement().contains("no source gives a fee"),
        "{}",
        e.statement()
    );
    assert!(
        e.statement().contains("24 data-migration hours"),
        "{}",
        e.statement()
    );
    assert!(e.statement().contains("56.25"), "{}", e.statement());

    // No data-migration activity at all: a quote adds one; without a quote a value is needed.
    let mut bare = base();
    bare.project
        .activities
        .retain(|a| a.kind != Activity::DataMigration);
    let (before, after, e) = before_after(&bare, Question::MigrationIncluded, answer(Reply::No));
    assert_eq!(after.totals.tco, before.totals.tco);
    assert_eq!(e.effect, EffectKind::NeedsValue);
    let (before, after, e) = before_after(
        &bare,
        Question::MigrationIncluded,
        with_amount(Reply::No, "800"),
    );
    assert_eq!(after.totals.tco - before.totals.tco, d("880"));
    assert_eq!(
        e.fields,
        [format!(
            "project.activities[{}].fee",
            bare.project.activities.len()
        )]
    );
    assert!(has_line(&after, "project.data_migration.fee"));
}

#[test]
fn add_on_questions_add_hidden_add_ons() {
    // Flat: $50 a month × 12 × 5 years = 3,000. Per seat (permissions): 10 seats × $10 × 12 ×
    // 5 = 6,000. Sandbox not included (No) at $100 a month: 6,000.
    let s = base();
    let cases = [
        (
            Question::StorageLimit,
            Reply::Yes,
            "50",
            "3000",
            EffectKind::AddOnAdded,
        ),
        (
            Question::ApiLimit,
            Reply::Yes,
            "50",
            "3000",
            EffectKind::AddOnAdded,
        ),
        (
            Question::CustomizationLimits,
            Reply::Yes,
            "50",
            "3000",
            EffectKind::AddOnAdded,
        ),
        (
            Question::PremiumAddOns,
            Reply::Yes,
            "50",
            "3000",
            EffectKind::AddOnAdded,
        ),
        (
            Question::PermissionTier,
            Reply::Yes,
            "10",
            "6000",
            EffectKind::PerSeatAddOnAdded,
        ),
        (
            Question::SandboxIncluded,
            Reply::No,
            "100",
            "6000",
            EffectKind::AddOnAdded,
        ),
    ];
    for (question, reply, price, added, kind) in cases {
        let (before, after, e) = before_after(&s, question, with_amount(reply, price));
        assert_eq!(
            after.totals.tco - before.totals.tco,
            d(added),
            "{question:?}"
        );
        assert_eq!(e.effect, kind, "{question:?}");
        assert_eq!(e.fields, ["pricing.add_ons[0]"], "{question:?}");
        assert_eq!(e.line_ids, ["subscription.add_on[0]"], "{question:?}");
        assert!(e.counted);
        assert!(e.statement().contains(price), "{}", e.statement());
        let l = line(&after, "subscription.add_on[0]");
        assert_eq!(l.quadrant, Quadrant::HiddenMoney);
        assert_eq!(l.category, Category::SubscriptionLicence);
        assert_eq!(l.phase, Phase::Operation);
    }
    // The other reply costs nothing; a charge without its amount needs a value.
    let (before, after, e) = before_after(&s, Question::SandboxIncluded, answer(Reply::Yes));
    assert_eq!(
        (after.totals.tco, e.effect),
        (before.totals.tco, EffectKind::Recorded)
    );
    let (before, after, e) = before_after(&s, Question::StorageLimit, answer(Reply::Yes));
    assert_eq!(
        (after.totals.tco, e.effect),
        (before.totals.tco, EffectKind::NeedsValue)
    );
    // The user's own add-ons keep their indices; the checklist's come after them.
    let mut own = base();
    own.pricing.add_ons.push(AddOn {
        name: "Mine".into(),
        basis: AddOnBasis::Flat,
        price_per_month: money("5"),
        hidden: false,
    });
    let (_, _, e) = before_after(&own, Question::ApiLimit, with_amount(Reply::Yes, "20"));
    assert_eq!(e.line_ids, ["subscription.add_on[1]"]);
}

#[test]
fn subscription_answers_are_not_counted_without_a_subscription() {
    let mut s = base();
    s.deployment.model = DeploymentModel::OnPremise;
    let (before, after, e) =
        before_after(&s, Question::StorageLimit, with_amount(Reply::Yes, "50"));
    assert_eq!(after.totals.tco, before.totals.tco);
    assert!(!e.counted);
    assert!(e.line_ids.is_empty());
    assert!(e.statement().contains("Not counted"));
}

#[test]
fn hourly_support_and_training_add_yearly_fees() {
    // Support: $120 × 20 h = 2,400 a year × 5 = 12,000. Training: $100 × 10 h = 1,000 × 5.
    let s = base();
    let hourly = |rate: &str, hours: &str| Answer {
        amount: Some(money(rate)),
        hours: Some(Hours::try_from(d(hours)).unwrap()),
        ..answer(Reply::Yes)
    };
    let (before, after, e) = before_after(&s, Question::SupportHourly, hourly("120", "20"));
    assert_eq!(after.totals.tco - before.totals.tco, d("12000"));
    assert_eq!(e.effect, EffectKind::SupportFeeAdded);
    assert_eq!(
        (e.before, e.after, e.detail),
        (Some(d("0")), Some(d("2400")), Some(d("2400")))
    );
    assert_eq!(e.line_ids, ["operations.support"]);
    let l = line(&after, "operations.support");
    assert_eq!(l.amounts[1], d("2400"));
    assert_eq!(l.category, Category::MaintenanceSupport);
    assert_eq!(l.quadrant, Quadrant::HiddenMoney);

    let (before, after, e) = before_after(&s, Question::TrainingHourly, hourly("100", "10"));
    assert_eq!(after.totals.tco - before.totals.tco, d("5000"));
    assert_eq!(e.effect, EffectKind::TrainingFeeAdded);
    assert_eq!(e.line_ids, ["training.ongoing.fee"]);
    assert_eq!(
        line(&after, "training.ongoing.fee").category,
        Category::OngoingTrainingUserAdmin
    );

    // Support tier "none" ignores its fee (with a warning); hourly support is paid anyway: the
    // tier becomes basic and only the hourly amount counts.
    let mut none = base();
    none.operations.support_tier = SupportTier::None;
    none.operations.support_fee_per_year = money("3000");
    let (before, after, e) = before_after(&none, Question::SupportHourly, hourly("120", "20"));
    assert!(
        before
            .warnings
            .iter()
            .any(|w| w.code == "support_fee_without_tier")
    );
    assert!(
        !after
            .warnings
            .iter()
            .any(|w| w.code == "support_fee_without_tier")
    );
    assert_eq!(after.totals.tco - before.totals.tco, d("12000"));
    assert_eq!(e.before, Some(d("0")));
    // Rate without hours: a value is needed.
    let (_, _, e) = before_after(&s, Question::SupportHourly, with_amount(Reply::Yes, "120"));
    assert_eq!(e.effect, EffectKind::NeedsValue);
}

#[test]
fn record_limit_sets_contact_tiers() {
    // Contacts 5,000 growing 25 %: 5,000, 6,250, 7,812, 9,766, 12,207. A limit of 8,000 with
    // $40 a month more above it: years 4 and 5 pay 480 each.
    let s = base();
    let a = Answer {
        records: Some(Contacts::try_from(8000u64).unwrap()),
        amount: Some(money("40")),
        ..answer(Reply::Yes)
    };
    let (before, after, e) = before_after(&s, Question::RecordLimit, a);
    assert_eq!(after.totals.tco - before.totals.tco, d("960"));
    assert_eq!(e.effect, EffectKind::ContactTiersSet);
    assert_eq!((e.after, e.detail), (Some(d("40")), Some(d("8000"))));
    assert!(e.statement().contains("up to 8000"), "{}", e.statement());
    assert_eq!(e.line_ids, ["subscription.contacts_upgrade"]);
    let l = line(&after, "subscription.contacts_upgrade");
    assert_eq!(
        l.amounts,
        [d("0"), d("0"), d("0"), d("0"), d("480"), d("480")]
    );
    assert_eq!(l.quadrant, Quadrant::HiddenMoney);
    assert!(
        !after
            .warnings
            .iter()
            .any(|w| w.code == "contacts_beyond_last_tier")
    );

    // No limit: one tier at the base price, the template's upgrades go.
    let t = Scenario::default();
    let (before, after, e) = before_after(&t, Question::RecordLimit, answer(Reply::No));
    assert!(has_line(&before, "subscription.contacts_upgrade"));
    assert!(!has_line(&after, "subscription.contacts_upgrade"));
    assert_eq!(e.effect, EffectKind::ContactLimitRemoved);
}

#[test]
fn exit_export_fee_counts_in_the_last_year() {
    let s = base();
    let (before, after, e) =
        before_after(&s, Question::ExitExport, with_amount(Reply::Yes, "3000"));
    assert_eq!(after.totals.tco - before.totals.tco, d("3000"));
    assert_eq!(e.effect, EffectKind::ExitFeeAdded);
    assert_eq!(e.fields, ["custom_lines[0]"]);
    assert_eq!(e.line_ids, ["custom[0]"]);
    let l = line(&after, "custom[0]");
    assert_eq!(l.amounts[5], d("3000"));
    assert_eq!(l.total, d("3000"));
    assert_eq!(l.quadrant, Quadrant::HiddenMoney);
    assert_eq!(l.category, Category::DataMigrationIntegration);
    assert_eq!(e.detail, Some(d("5")));
    assert!(e.statement().contains("year 5"));
}

#[test]
fn questions_without_a_cost_effect_are_recorded() {
    let s = base();
    for question in Question::ALL.into_iter().filter(|q| !q.has_cost_effect()) {
        let a = Answer {
            note: "30 days, capped at fees paid".into(),
            ..answer(Reply::Yes)
        };
        let (before, after, e) = before_after(&s, question, a);
        assert_eq!(after.totals.tco, before.totals.tco, "{question:?}");
        assert_eq!(e.effect, EffectKind::Recorded);
        assert!(e.fields.is_empty() && e.line_ids.is_empty());
        assert!(
            question
                .slots()
                .iter()
                .all(|slot| slot.kind != ValueKind::Amount)
        );
        assert_eq!(question.concerns(&s), None);
    }
}

#[test]
fn dont_know_answers_are_open_questions_in_sheet_order() {
    let s = answered(
        base(),
        vec![
            (Question::BreachLiability, answer(Reply::DontKnow)),
            (Question::RenewalUplift, answer(Reply::DontKnow)),
            (Question::StorageLimit, with_amount(Reply::Yes, "50")),
            (Question::AutoRenewal, answer(Reply::DontKnow)),
        ],
    );
    let r = evaluate(&s).unwrap();
    assert_eq!(
        r.open_questions,
        [
            Question::AutoRenewal,
            Question::RenewalUplift,
            Question::BreachLiability
        ]
    );
    assert_eq!(s.checklist.open_questions(), r.open_questions);
    let kinds: Vec<_> = r.checklist.iter().map(|e| (e.question, e.effect)).collect();
    assert_eq!(
        kinds,
        [
            (Question::AutoRenewal, EffectKind::OpenQuestion),
            (Question::RenewalUplift, EffectKind::OpenQuestion),
            (Question::StorageLimit, EffectKind::AddOnAdded),
            (Question::BreachLiability, EffectKind::OpenQuestion),
        ]
    );
    // A Don't know changes nothing: only the storage add-on (3,000) moves the TCO.
    let plain = evaluate(&base()).unwrap();
    assert_eq!(r.totals.tco - plain.totals.tco, d("3000"));
    // The range hook names the input each open question is about.
    assert_eq!(
        Question::RenewalUplift.concerns(&s).as_deref(),
        Some("pricing.renewal_uplift")
    );
    assert_eq!(
        Question::MigrationIncluded.concerns(&s).as_deref(),
        Some("project.activities[3].fee")
    );
}

#[test]
fn apply_is_pure_and_borrows_when_nothing_is_answered() {
    let s = base();
    let applied = apply(&s).unwrap();
    assert!(matches!(applied.scenario, std::borrow::Cow::Borrowed(_)));
    let s = answered(s, vec![(Question::ApiLimit, with_amount(Reply::Yes, "20"))]);
    let once = apply(&s).unwrap();
    assert_eq!(once, apply(&s).unwrap());
    // The stored scenario keeps the person's own inputs; only the effective one changes.
    assert!(s.pricing.add_ons.is_empty());
    assert_eq!(once.scenario.pricing.add_ons.len(), 1);
    // The ledger applies the answers too, like `evaluate`.
    assert!(
        ledger(&s)
            .unwrap()
            .iter()
            .any(|l| l.id == "subscription.add_on[0]")
    );
}

#[test]
fn out_of_bounds_answers_are_refused_with_the_field() {
    let paths = |s: &Scenario| -> Vec<String> {
        s.validate()
            .err()
            .map(|e| e.errors.into_iter().map(|f| f.path).collect())
            .unwrap_or_default()
    };
    let term = Answer {
        count: Some(Count::try_from(11u64).unwrap()),
        ..answer(Reply::Yes)
    };
    let note = Answer {
        note: "x".repeat(MAX_NOTE_CHARS + 1),
        ..answer(Reply::No)
    };
    let s = answered(
        base(),
        vec![(Question::MinimumTerm, term), (Question::ExitExport, note)],
    );
    assert_eq!(paths(&s), ["checklist[0].count", "checklist[1].note"]);
    // Coded, with the values the page needs to word them.
    let errors = s.validate().unwrap_err().errors;
    assert_eq!(errors[0].code, ErrorCode::YearsOutOfRange);
    assert_eq!(errors[0].params["max"], "10");
    assert_eq!(errors[1].code, ErrorCode::NameTooLong);
    assert_eq!(errors[1].params["max"], "500");
    // The same question twice.
    let mut twice = base();
    twice.checklist.answers = vec![
        Answer::new(Question::ApiLimit, Reply::Yes),
        Answer::new(Question::ApiLimit, Reply::No),
    ];
    assert_eq!(paths(&twice), ["checklist[1].question"]);
    assert!(evaluate(&s).is_err());

    // Rate × hours beyond the largest amount: an error naming the answer, not a panic.
    let huge = Answer {
        amount: Some(Money::try_from(Money::MAX).unwrap()),
        hours: Some(Hours::try_from(Hours::MAX).unwrap()),
        ..answer(Reply::Yes)
    };
    let s = answered(base(), vec![(Question::SupportHourly, huge)]);
    let e = evaluate(&s).unwrap_err();
    assert_eq!(e.errors[0].path, "checklist[0].hours");
    assert_eq!(e.errors[0].code, ErrorCode::TooLarge);
}

/// Parses like the CLI and the app do (`json_error::read`): the field named by the decoder.
fn parse(value: serde_json::Value) -> Result<Scenario, String> {
    let text = value.to_string();
    crm_truecost::json_error::read::<Scenario>(&text)
        .map_err(|e| format!("{}: {}", e.path, e.message))
}

#[test]
fn json_shape_and_round_trip() {
    let s = parse(json!({"checklist": [
        {"question": "renewal_uplift", "reply": "yes", "percent": "0.08"},
        {"question": "migration_included", "reply": "no", "amount": 2500},
        {"question": "breach_liability", "reply": "dont_know", "note": "<b>cap?</b>"}
    ]}))
    .unwrap();
    let a = s.checklist.answer(Question::RenewalUplift).unwrap();
    assert_eq!(a.percent.unwrap().get(), d("0.08"));
    assert_eq!(
        s.checklist.answer(Question::BreachLiability).unwrap().note,
        "<b>cap?</b>"
    );
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(serde_json::from_str::<Scenario>(&text).unwrap(), s);
    // Compact: values not given are left out.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value["checklist"][1],
        json!({"question": "migration_included", "reply": "no", "amount": "2500"})
    );

    let bad = parse(json!({"checklist": [
        {"question": "api_limit", "reply": "no"},
        {"question": "renewal_uplift", "reply": "yes", "percent": "1.5"}]}));
    assert!(
        bad.as_ref()
            .unwrap_err()
            .starts_with("checklist[1].percent: "),
        "{bad:?}"
    );
    let unknown = parse(json!({"checklist": [{"question": "free_lunch", "reply": "yes"}]}));
    assert!(unknown.unwrap_err().contains("free_lunch"));
    let reply = parse(json!({"checklist": [{"question": "api_limit", "reply": "maybe"}]}));
    assert!(reply.unwrap_err().starts_with("checklist[0].reply: "));

    // `set` keeps sheet order and one answer per question; `clear` forgets one.
    let mut c = Checklist::default();
    c.set(Answer::new(Question::ExitExport, Reply::No));
    c.set(Answer::new(Question::ConcurrentUsers, Reply::No));
    c.set(Answer::new(Question::ExitExport, Reply::Yes));
    let order: Vec<_> = c.answers.iter().map(|a| (a.question, a.reply)).collect();
    assert_eq!(
        order,
        [
            (Question::ConcurrentUsers, Reply::No),
            (Question::ExitExport, Reply::Yes)
        ]
    );
    c.clear(Question::ConcurrentUsers);
    assert_eq!(c.answers.len(), 1);
}

#[test]
fn effects_follow_sheet_order_whatever_the_stored_order() {
    let mut s = base();
    s.checklist.answers = vec![
        with_amount(Reply::Yes, "20"),
        Answer::new(Question::AutoRenewal, Reply::DontKnow),
    ];
    s.checklist.answers[0].question = Question::ApiLimit;
    let r = evaluate(&s).unwrap();
    let order: Vec<_> = r.checklist.iter().map(|e| e.question).collect();
    assert_eq!(order, [Question::AutoRenewal, Question::ApiLimit]);
}

#[test]
fn old_scenarios_read_and_write_exactly_as_before() {
    for name in template_names() {
        let t = template(name).unwrap();
        let value = serde_json::to_value(&t).unwrap();
        // Nothing new in the JSON of a scenario without answers or scorecard…
        assert!(value.get("checklist").is_none(), "{name}");
        assert!(value.get("fit").is_none(), "{name}");
        // …and JSON written before these fields existed reads as the same scenario.
        let read: Scenario = serde_json::from_value(value).unwrap();
        assert_eq!(read, t);
        assert!(read.checklist.is_empty() && read.fit.is_empty());
        let r = evaluate(&read).unwrap();
        assert!(r.checklist.is_empty() && r.open_questions.is_empty());
        assert_eq!(r.fit, None);
        let results = serde_json::to_value(&r).unwrap();
        assert_eq!(results["open_questions"], json!([]));
        assert_eq!(results["fit"], json!(null));
    }
}

#[test]
fn every_question_has_a_code_slots_and_a_stable_order() {
    let codes: Vec<_> = Question::ALL.iter().map(|q| q.code()).collect();
    let mut unique = codes.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), Question::ALL.len());
    for q in Question::ALL {
        // The code is the JSON name.
        assert_eq!(serde_json::to_value(q).unwrap(), json!(q.code()));
        // Cost questions name the input they are about (the ranges hook).
        assert_eq!(q.has_cost_effect(), q.concerns(&base()).is_some(), "{q:?}");
    }
    let mut sorted = Question::ALL;
    sorted.sort();
    assert_eq!(sorted, Question::ALL);
}

#[test]
fn the_cli_prints_effects_open_questions_and_fit() {
    let scenario = json!({
        "checklist": [
            {"question": "api_limit", "reply": "dont_know"},
            {"question": "storage_limit", "reply": "yes", "amount": "50"}
        ],
        "fit": {
            "reviewers": ["Ann"],
            "requirements": [
                {"id": "contact_management", "must_have": true, "weight": 5, "scores": "0"}
            ]
        }
    });
    let path = std::env::temp_dir().join(format!("truecost-checklist-{}.json", std::process::id()));
    std::fs::write(&path, scenario.to_string()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_truecost"))
        .args(["eval", path.to_str().unwrap()])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["open_questions"], json!(["api_limit"]));
    assert_eq!(r["checklist"][0]["effect"], json!("add_on_added"));
    assert_eq!(
        r["checklist"][0]["statement"],
        json!("Adds the hidden add-on \"Storage overage\": 50 a month.")
    );
    assert_eq!(r["fit"]["fit"], json!("0"));
    assert_eq!(r["fit"]["fails_must_have"], json!(true));
    let codes: Vec<_> = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        codes.contains(&"fit_below_threshold".to_owned()),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"fit_fails_must_have".to_owned()),
        "{codes:?}"
    );
}
