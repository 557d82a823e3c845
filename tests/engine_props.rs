#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the engine: no input panics, every aggregate adds up to the cent, zero
//! users cost no seats, and raising any single cost input never lowers the TCO.

use crm_truecost::model::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

// ---- value strategies: ordinary values most of the time, the bounds now and then ----------

fn money() -> BoxedStrategy<Money> {
    prop_oneof![
        4 => (0i64..=20_000_000).prop_map(|cents| Decimal::new(cents, 2)),
        1 => Just(Decimal::ZERO),
        1 => Just(Money::MAX),
        1 => (0i64..=1_000_000_000_000).prop_map(Decimal::from),
    ]
    .prop_map(|v| Money::try_from(v).unwrap())
    .boxed()
}

fn percent() -> BoxedStrategy<Percent> {
    prop_oneof![
        4 => (0i64..=10_000).prop_map(|bp| Decimal::new(bp, 4)),
        1 => Just(Decimal::ZERO),
        1 => Just(Decimal::ONE),
    ]
    .prop_map(|v| Percent::try_from(v).unwrap())
    .boxed()
}

fn growth() -> BoxedStrategy<Growth> {
    prop_oneof![
        4 => (-2_000i64..=3_000).prop_map(|bp| Decimal::new(bp, 4)),
        1 => Just(Growth::MIN),
        1 => Just(Growth::MAX),
    ]
    .prop_map(|v| Growth::try_from(v).unwrap())
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

fn factor() -> BoxedStrategy<Factor> {
    prop_oneof![
        4 => (0i64..=300).prop_map(|h| Decimal::new(h, 2)),
        1 => Just(Factor::MAX),
    ]
    .prop_map(|v| Factor::try_from(v).unwrap())
    .boxed()
}

fn count() -> BoxedStrategy<Count> {
    prop_oneof![
        4 => 0u64..=500,
        1 => Just(0u64),
        1 => Just(1_000_000u64),
    ]
    .prop_map(|v| Count::try_from(v).unwrap())
    .boxed()
}

fn contacts() -> BoxedStrategy<Contacts> {
    prop_oneof![4 => 0u64..=200_000, 1 => Just(10_000_000_000u64)]
        .prop_map(|v| Contacts::try_from(v).unwrap())
        .boxed()
}

fn role_hours() -> impl Strategy<Value = RoleHours> {
    (hours(), hours(), hours(), hours(), hours()).prop_map(
        |(sales, it, admin, management, trainer)| RoleHours {
            sales,
            it,
            admin,
            management,
            trainer,
        },
    )
}

fn role_rate() -> impl Strategy<Value = RoleRate> {
    (any::<bool>(), money(), money(), factor()).prop_map(
        |(hourly_basis, hourly, salary, loading)| RoleRate {
            basis: if hourly_basis {
                RateBasis::Hourly
            } else {
                RateBasis::Salary
            },
            hourly,
            annual_salary: salary,
            loading,
        },
    )
}

// ---- section strategies -------------------------------------------------------------------

prop_compose! {
    fn organisation()(users in count(), user_growth in growth(),
        rates in (role_rate(), role_rate(), role_rate(), role_rate(), role_rate())) -> Organisation {
        Organisation {
            users,
            user_growth,
            rates: RoleRates { sales: rates.0, it: rates.1, admin: rates.2, management: rates.3, trainer: rates.4 },
        }
    }
}

prop_compose! {
    fn deployment()(
        model in prop::sample::select(DeploymentModel::ALL.to_vec()),
        lease in any::<bool>(),
        infra in (money(), prop_oneof![19 => 0u8..=10, 1 => 11u8..=255], money(), money(), hours(), money()),
        on_premise in (money(), money(), percent()),
        built in (money(), hours(), hours(), money()),
        open in (hours(), money()),
    ) -> Deployment {
        Deployment {
            model,
            infrastructure: Infrastructure {
                hardware: if lease { HardwareMode::Lease } else { HardwareMode::Buy },
                hardware_purchase: infra.0,
                hardware_refresh_years: infra.1,
                hardware_lease_per_month: infra.2,
                hosting_per_year: infra.3,
                it_upkeep_hours_per_month: infra.4,
                it_staff_training: infra.5,
            },
            on_premise: OnPremise {
                licence_per_seat: on_premise.0,
                licence_flat: on_premise.1,
                maintenance_rate: on_premise.2,
            },
            self_built: SelfBuilt {
                development_fee: built.0,
                development_hours: built.1,
                testing_hours: built.2,
                operations_per_year: built.3,
            },
            open_source: OpenSource { setup_hours: open.0, support_contract_per_year: open.1 },
        }
    }
}

fn contact_tiers() -> impl Strategy<Value = Vec<ContactTier>> {
    // Mostly sorted with rising prices (valid); sometimes arbitrary (invalid, must not panic).
    prop::collection::vec((contacts(), money()), 0..5).prop_flat_map(|raw| {
        let sorted = {
            let mut ups: Vec<_> = raw.iter().map(|(c, _)| *c).collect();
            let mut prices: Vec<_> = raw.iter().map(|(_, p)| *p).collect();
            ups.sort();
            ups.dedup();
            prices.sort();
            ups.into_iter()
                .zip(prices)
                .map(|(up_to, price_per_month)| ContactTier {
                    up_to,
                    price_per_month,
                })
                .collect::<Vec<_>>()
        };
        let arbitrary: Vec<_> = raw
            .into_iter()
            .map(|(up_to, price_per_month)| ContactTier {
                up_to,
                price_per_month,
            })
            .collect();
        prop_oneof![4 => Just(sorted), 1 => Just(arbitrary)]
    })
}

prop_compose! {
    fn pricing()(
        per_seat in any::<bool>(),
        prices in (money(), money(), count(), money()),
        concurrent in any::<bool>(),
        concurrency_ratio in percent(),
        volume in (contacts(), growth(), contact_tiers()),
        add_ons in prop::collection::vec((any::<bool>(), money(), any::<bool>()), 0..3),
        billing in prop::sample::select(vec![BillingCycle::Monthly, BillingCycle::Quarterly, BillingCycle::Annual]),
        annual_discount in percent(),
        minimum_term_years in prop_oneof![38 => 1u8..=10, 1 => Just(0u8), 1 => 11u8..=255],
        renewal_uplift in percent(),
        vendor_terms in (count(), money(), percent()),
    ) -> Pricing {
        Pricing {
            plan: if per_seat { PlanKind::PerSeat } else { PlanKind::FlatPlan },
            seat_price_per_month: prices.0,
            flat_plan_price_per_month: prices.1,
            included_seats: prices.2,
            extra_seat_price_per_month: prices.3,
            seat_licensing: if concurrent { SeatLicensing::Concurrent } else { SeatLicensing::Named },
            concurrency_ratio,
            contacts: volume.0,
            contact_growth: volume.1,
            contact_tiers: volume.2,
            add_ons: add_ons
                .into_iter()
                .map(|(seat, price_per_month, hidden)| AddOn {
                    name: "add-on".into(),
                    basis: if seat { AddOnBasis::PerSeat } else { AddOnBasis::Flat },
                    price_per_month,
                    hidden,
                })
                .collect(),
            billing,
            annual_discount,
            minimum_term_years,
            renewal_uplift,
            minimum_seats: vendor_terms.0,
            onboarding_fee: vendor_terms.1,
            support_rate: vendor_terms.2,
        }
    }
}

prop_compose! {
    fn project()(
        activities in prop::collection::vec(
            (prop::sample::select(Activity::ALL.to_vec()), role_hours(), money()), 0..6),
        rule in any::<bool>(),
        consulting in (money(), factor(), money()),
        overtime in (percent(), prop_oneof![
            19 => (100i64..=300).prop_map(|h| Factor::try_from(Decimal::new(h, 2)).unwrap()),
            1 => factor(),
        ]),
        contingency in percent(),
    ) -> Project {
        Project {
            activities: activities
                .into_iter()
                .map(|(kind, hours, fee)| ProjectActivity { kind, hours, fee })
                .collect(),
            consulting: Consulting {
                mode: if rule { ConsultingMode::Rule } else { ConsultingMode::Entered },
                entered_fee: consulting.0,
                ratio: consulting.1,
                floor: consulting.2,
            },
            overtime: Overtime { share_of_vendor_work: overtime.0, multiplier: overtime.1 },
            contingency,
        }
    }
}

prop_compose! {
    fn training()(t in (hours(), hours(), count(), money(), percent(), money())) -> Training {
        Training {
            coordination_hours: t.0,
            hours_per_user: t.1,
            onsite_visits: t.2,
            visit_fee: t.3,
            new_hire_turnover: t.4,
            ongoing_fee_per_year: t.5,
        }
    }
}

prop_compose! {
    fn operations()(
        fte in (0i64..=5_000).prop_map(|h| Fte::try_from(Decimal::new(h, 2)).unwrap()),
        salary in (money(), factor()),
        tier in prop::sample::select(vec![SupportTier::None, SupportTier::Basic, SupportTier::Priority, SupportTier::AroundTheClock]),
        fees in (money(), money(), money(), money()),
        downtime in (hours(), percent(), percent()),
    ) -> Operations {
        Operations {
            admin_fte: fte,
            admin_salary: salary.0,
            admin_loading: salary.1,
            support_tier: tier,
            support_fee_per_year: fees.0,
            upgrades_per_year: fees.1,
            security_compliance_per_year: fees.2,
            consultants_per_year: fees.3,
            downtime: Downtime {
                outage_hours_per_year: downtime.0,
                affected_share: downtime.1,
                productivity_loss: downtime.2,
            },
        }
    }
}

prop_compose! {
    fn benefits()(
        revenue in (money(), percent()),
        time in (hours(), (0i64..=52).prop_map(|w| Weeks::try_from(Decimal::from(w)).unwrap()), percent()),
        retired in money(),
        adoption in prop_oneof![
            19 => prop::collection::vec(percent(), 0..=10),
            1 => prop::collection::vec(percent(), 11..=12),
        ],
    ) -> Benefits {
        Benefits {
            revenue_uplift_per_year: revenue.0,
            gross_margin: revenue.1,
            hours_saved_per_user_per_week: time.0,
            working_weeks_per_year: time.1,
            productivity_correction: time.2,
            retired_tools_per_year: retired,
            adoption,
        }
    }
}

prop_compose! {
    fn finance()(
        rates in (percent(), any::<bool>(), percent(), any::<bool>()),
        risks in (percent(), percent()),
    ) -> Finance {
        Finance {
            discount_rate: rates.0,
            discount_basis: if rates.1 { DiscountBasis::Real } else { DiscountBasis::Nominal },
            inflation: rates.2,
            convention: if rates.3 { DiscountConvention::MidYear } else { DiscountConvention::EndOfYear },
            cost_risk: risks.0,
            benefit_risk: risks.1,
        }
    }
}

fn custom_lines() -> impl Strategy<Value = Vec<CustomLine>> {
    prop::collection::vec(
        (
            any::<bool>(),
            prop::sample::select(Category::ALL.to_vec()),
            prop::sample::select(Quadrant::ALL.to_vec()),
            prop::sample::select(Phase::ALL.to_vec()),
            prop::collection::vec(money(), 0..12),
            prop::option::of(percent()),
        )
            .prop_map(
                |(is_cost, category, quadrant, phase, amounts, risk)| CustomLine {
                    name: "custom".into(),
                    kind: if is_cost {
                        LineKind::Cost
                    } else {
                        LineKind::Benefit
                    },
                    category,
                    quadrant,
                    phase,
                    amounts,
                    risk,
                },
            ),
        0..4,
    )
}

prop_compose! {
    fn scenario()(
        horizon in (1u64..=10).prop_map(|h| Horizon::try_from(h).unwrap()),
        organisation in organisation().boxed(),
        deployment in deployment().boxed(),
        pricing in pricing().boxed(),
        project in project().boxed(),
        training in training().boxed(),
        operations in operations().boxed(),
        benefits in benefits().boxed(),
        finance in finance().boxed(),
        mut custom_lines in custom_lines().boxed(),
        fit_custom_lines in prop::bool::weighted(0.9),
    ) -> Scenario {
        if fit_custom_lines {
            for line in &mut custom_lines {
                line.amounts.truncate(horizon.years() + 1);
            }
        }
        Scenario {
            horizon,
            organisation,
            deployment,
            pricing,
            project,
            training,
            operations,
            benefits,
            finance,
            custom_lines,
            ..Scenario::default()
        }
    }
}

// ---- raising one cost input ---------------------------------------------------------------

fn up_money(m: &mut Money, by: Decimal) {
    *m = Money::try_from((m.get() + by).min(Money::MAX)).unwrap();
}
fn up_hours(h: &mut Hours, by: Decimal) {
    *h = Hours::try_from((h.get() + by).min(Hours::MAX)).unwrap();
}
fn up_percent(p: &mut Percent, by: Decimal) {
    *p = Percent::try_from((p.get() + by / Decimal::ONE_HUNDRED).min(Decimal::ONE)).unwrap();
}
fn up_factor(f: &mut Factor, by: Decimal) {
    *f = Factor::try_from((f.get() + by / Decimal::TEN).min(Factor::MAX)).unwrap();
}

/// Raises one cost input of a scenario by an amount derived from the `Decimal`.
type Raise = fn(&mut Scenario, Decimal);

/// The cost inputs: each raises one field of the scenario by an amount derived from `by`.
const COST_INPUTS: &[(&str, Raise)] = &[
    ("organisation.users", |s, by| {
        let users = u64::from(s.organisation.users.get()) + by.trunc().try_into().unwrap_or(1u64);
        s.organisation.users = Count::try_from(users.min(1_000_000)).unwrap();
    }),
    ("organisation.user_growth", |s, by| {
        let g = (s.organisation.user_growth.get() + by / Decimal::ONE_HUNDRED).min(Growth::MAX);
        s.organisation.user_growth = Growth::try_from(g).unwrap();
    }),
    ("rates.sales.hourly", |s, by| {
        up_money(&mut s.organisation.rates.sales.hourly, by)
    }),
    ("rates.it.annual_salary", |s, by| {
        up_money(&mut s.organisation.rates.it.annual_salary, by)
    }),
    ("rates.admin.loading", |s, by| {
        up_factor(&mut s.organisation.rates.admin.loading, by)
    }),
    ("pricing.seat_price_per_month", |s, by| {
        up_money(&mut s.pricing.seat_price_per_month, by)
    }),
    ("pricing.flat_plan_price_per_month", |s, by| {
        up_money(&mut s.pricing.flat_plan_price_per_month, by)
    }),
    ("pricing.extra_seat_price_per_month", |s, by| {
        up_money(&mut s.pricing.extra_seat_price_per_month, by)
    }),
    ("pricing.concurrency_ratio", |s, by| {
        up_percent(&mut s.pricing.concurrency_ratio, by)
    }),
    ("pricing.contacts", |s, by| {
        let c = s.pricing.contacts.get() + by.trunc().try_into().unwrap_or(1u64) * 1000;
        s.pricing.contacts = Contacts::try_from(c.min(Contacts::MAX)).unwrap();
    }),
    ("pricing.contact_growth", |s, by| {
        let g = (s.pricing.contact_growth.get() + by / Decimal::ONE_HUNDRED).min(Growth::MAX);
        s.pricing.contact_growth = Growth::try_from(g).unwrap();
    }),
    ("pricing.contact_tiers[last].price_per_month", |s, by| {
        if let Some(tier) = s.pricing.contact_tiers.last_mut() {
            up_money(&mut tier.price_per_month, by);
        }
    }),
    ("pricing.add_ons[0].price_per_month", |s, by| {
        if let Some(add_on) = s.pricing.add_ons.first_mut() {
            up_money(&mut add_on.price_per_month, by);
        }
    }),
    ("pricing.renewal_uplift", |s, by| {
        up_percent(&mut s.pricing.renewal_uplift, by)
    }),
    ("on_premise.licence_per_seat", |s, by| {
        up_money(&mut s.deployment.on_premise.licence_per_seat, by)
    }),
    ("on_premise.licence_flat", |s, by| {
        up_money(&mut s.deployment.on_premise.licence_flat, by)
    }),
    ("on_premise.maintenance_rate", |s, by| {
        up_percent(&mut s.deployment.on_premise.maintenance_rate, by)
    }),
    ("infrastructure.hardware_purchase", |s, by| {
        up_money(&mut s.deployment.infrastructure.hardware_purchase, by)
    }),
    ("infrastructure.hardware_lease_per_month", |s, by| {
        up_money(
            &mut s.deployment.infrastructure.hardware_lease_per_month,
            by,
        )
    }),
    ("infrastructure.hosting_per_year", |s, by| {
        up_money(&mut s.deployment.infrastructure.hosting_per_year, by)
    }),
    ("infrastructure.it_upkeep_hours_per_month", |s, by| {
        up_hours(
            &mut s.deployment.infrastructure.it_upkeep_hours_per_month,
            by,
        )
    }),
    ("infrastructure.it_staff_training", |s, by| {
        up_money(&mut s.deployment.infrastructure.it_staff_training, by)
    }),
    ("self_built.development_fee", |s, by| {
        up_money(&mut s.deployment.self_built.development_fee, by)
    }),
    ("self_built.development_hours", |s, by| {
        up_hours(&mut s.deployment.self_built.development_hours, by)
    }),
    ("self_built.testing_hours", |s, by| {
        up_hours(&mut s.deployment.self_built.testing_hours, by)
    }),
    ("self_built.operations_per_year", |s, by| {
        up_money(&mut s.deployment.self_built.operations_per_year, by)
    }),
    ("open_source.setup_hours", |s, by| {
        up_hours(&mut s.deployment.open_source.setup_hours, by)
    }),
    ("open_source.support_contract_per_year", |s, by| {
        up_money(&mut s.deployment.open_source.support_contract_per_year, by)
    }),
    ("project.activities[0].hours.it", |s, by| {
        if let Some(a) = s.project.activities.first_mut() {
            up_hours(&mut a.hours.it, by);
        }
    }),
    ("project.activities[0].fee", |s, by| {
        if let Some(a) = s.project.activities.first_mut() {
            up_money(&mut a.fee, by);
        }
    }),
    ("project.consulting.entered_fee", |s, by| {
        up_money(&mut s.project.consulting.entered_fee, by)
    }),
    ("project.consulting.ratio", |s, by| {
        up_factor(&mut s.project.consulting.ratio, by)
    }),
    ("project.consulting.floor", |s, by| {
        up_money(&mut s.project.consulting.floor, by)
    }),
    ("project.overtime.share_of_vendor_work", |s, by| {
        up_percent(&mut s.project.overtime.share_of_vendor_work, by)
    }),
    ("project.overtime.multiplier", |s, by| {
        up_factor(&mut s.project.overtime.multiplier, by)
    }),
    ("project.contingency", |s, by| {
        up_percent(&mut s.project.contingency, by)
    }),
    ("training.coordination_hours", |s, by| {
        up_hours(&mut s.training.coordination_hours, by)
    }),
    ("training.hours_per_user", |s, by| {
        up_hours(&mut s.training.hours_per_user, by)
    }),
    ("training.onsite_visits", |s, by| {
        let v = u64::from(s.training.onsite_visits.get()) + 1;
        s.training.onsite_visits = Count::try_from(v.min(1_000_000)).unwrap();
        let _ = by;
    }),
    ("training.visit_fee", |s, by| {
        up_money(&mut s.training.visit_fee, by)
    }),
    ("training.new_hire_turnover", |s, by| {
        up_percent(&mut s.training.new_hire_turnover, by)
    }),
    ("training.ongoing_fee_per_year", |s, by| {
        up_money(&mut s.training.ongoing_fee_per_year, by)
    }),
    ("operations.admin_fte", |s, by| {
        let f = (s.operations.admin_fte.get() + by / Decimal::ONE_HUNDRED).min(Fte::MAX);
        s.operations.admin_fte = Fte::try_from(f).unwrap();
    }),
    ("operations.admin_salary", |s, by| {
        up_money(&mut s.operations.admin_salary, by)
    }),
    ("operations.admin_loading", |s, by| {
        up_factor(&mut s.operations.admin_loading, by)
    }),
    ("operations.support_fee_per_year", |s, by| {
        up_money(&mut s.operations.support_fee_per_year, by)
    }),
    ("operations.upgrades_per_year", |s, by| {
        up_money(&mut s.operations.upgrades_per_year, by)
    }),
    ("operations.security_compliance_per_year", |s, by| {
        up_money(&mut s.operations.security_compliance_per_year, by)
    }),
    ("operations.consultants_per_year", |s, by| {
        up_money(&mut s.operations.consultants_per_year, by)
    }),
    ("operations.downtime.outage_hours_per_year", |s, by| {
        up_hours(&mut s.operations.downtime.outage_hours_per_year, by)
    }),
    ("operations.downtime.affected_share", |s, by| {
        up_percent(&mut s.operations.downtime.affected_share, by)
    }),
    ("operations.downtime.productivity_loss", |s, by| {
        up_percent(&mut s.operations.downtime.productivity_loss, by)
    }),
    ("finance.inflation", |s, by| {
        up_percent(&mut s.finance.inflation, by)
    }),
    ("custom_lines[0].amounts[0]", |s, by| {
        if let Some(line) = s.custom_lines.iter_mut().find(|l| l.kind == LineKind::Cost) {
            match line.amounts.first_mut() {
                Some(a) => up_money(a, by),
                None => line.amounts.push(Money::try_from(by).unwrap()),
            }
        }
    }),
];

fn assert_adds_up(r: &Results) -> Result<(), TestCaseError> {
    let mut tco = Decimal::ZERO;
    for y in &r.years {
        prop_assert_eq!(y.by_category.len(), 10);
        prop_assert_eq!(y.by_quadrant.len(), 4);
        prop_assert_eq!(y.by_phase.len(), 7);
        prop_assert_eq!(y.by_category.values().sum::<Decimal>(), y.costs);
        prop_assert_eq!(y.by_quadrant.values().sum::<Decimal>(), y.costs);
        prop_assert_eq!(y.by_phase.values().sum::<Decimal>(), y.costs);
        prop_assert_eq!(y.net, y.benefits - y.costs);
        prop_assert_eq!(y.costs, y.costs.round_dp(2));
        tco += y.costs;
    }
    let t = &r.totals;
    prop_assert_eq!(tco, t.tco);
    prop_assert_eq!(t.by_category.values().sum::<Decimal>(), t.tco);
    prop_assert_eq!(t.by_quadrant.values().sum::<Decimal>(), t.tco);
    prop_assert_eq!(t.by_phase.values().sum::<Decimal>(), t.tco);
    prop_assert_eq!(t.npv, t.pv_benefits - t.pv_costs);
    let line_costs: Decimal = r
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Cost)
        .map(|l| l.total)
        .sum();
    prop_assert_eq!(line_costs, t.tco);
    for line in &r.lines {
        prop_assert_eq!(line.amounts.len(), r.years.len());
        prop_assert_eq!(line.amounts.iter().sum::<Decimal>(), line.total);
        for a in &line.amounts {
            prop_assert_eq!(*a, a.round_dp(2), "{} not in cents", line.id);
            prop_assert!(*a >= Decimal::ZERO, "{} negative", line.id);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Any scenario — valid or not, with extreme values — gives Ok or an error, never a panic;
    /// the unvalidated ledger never panics either.
    #[test]
    fn no_input_panics(s in scenario()) {
        let _ = ledger(&s);
        match evaluate(&s) {
            Ok(r) => assert_adds_up(&r)?,
            Err(e) => prop_assert!(!e.errors.is_empty()),
        }
    }

    /// Totals = Σ categories = Σ quadrants = Σ phases, to the cent, per period and overall.
    #[test]
    fn aggregates_add_up_to_the_cent(s in scenario()) {
        if let Ok(r) = evaluate(&s) {
            assert_adds_up(&r)?;
        }
    }

    /// With no users (and no vendor minimum of billed seats) there is no per-seat cost: no
    /// seats, per-seat add-ons or seat licences.
    #[test]
    fn zero_users_cost_no_seats(mut s in scenario()) {
        s.organisation.users = Count::try_from(0u64).unwrap();
        s.pricing.minimum_seats = Count::try_from(0u64).unwrap();
        if let Ok(r) = evaluate(&s) {
            for line in &r.lines {
                let per_seat_add_on = line.id.starts_with("subscription.add_on[")
                    && line.id.trim_start_matches("subscription.add_on[")
                        .trim_end_matches(']')
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| s.pricing.add_ons.get(i))
                        .is_some_and(|a| a.basis == AddOnBasis::PerSeat);
                let seat_line = matches!(
                    line.id.as_str(),
                    "subscription.seats" | "licence.seats" | "licence.additional_seats"
                ) || line.id.starts_with("subscription.seats") || per_seat_add_on;
                prop_assert!(!seat_line || line.total.is_zero(), "{} = {}", line.id, line.total);
            }
            prop_assert!(r.years.iter().all(|y| y.seats.is_zero()));
        }
    }

}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Raising any single cost input never lowers the TCO (each input in turn).
    #[test]
    fn raising_a_cost_input_never_lowers_tco(
        s in scenario(),
        by in (1i64..=100_000).prop_map(|c| Decimal::new(c, 2)),
    ) {
        let Ok(before) = evaluate(&s) else { return Ok(()) };
        for (name, raise) in COST_INPUTS {
            let mut raised = s.clone();
            raise(&mut raised, by);
            if let Ok(after) = evaluate(&raised) {
                prop_assert!(
                    after.totals.tco >= before.totals.tco,
                    "raising {} lowered TCO from {} to {}", name, before.totals.tco, after.totals.tco
                );
            }
        }
    }
}

#[test]
fn every_cost_input_moves_the_default_tco_somewhere() {
    // Guards the list above against mutators that silently do nothing: on a scenario where
    // every block is active for its model, each raise changes the TCO for some model.
    let models = DeploymentModel::ALL;
    for (name, raise) in COST_INPUTS {
        let moved = models.iter().any(|model| {
            let mut s = template("mid-size-on-premise").unwrap();
            s.deployment.model = *model;
            s.deployment.infrastructure.hardware = if name.contains("lease") {
                HardwareMode::Lease
            } else {
                HardwareMode::Buy
            };
            s.pricing.seat_licensing = if name.contains("concurrency") {
                SeatLicensing::Concurrent
            } else {
                SeatLicensing::Named
            };
            s.pricing.plan = if name.contains("flat_plan") || name.contains("extra_seat") {
                PlanKind::FlatPlan
            } else {
                PlanKind::PerSeat
            };
            s.pricing.contact_tiers = template("default").unwrap().pricing.contact_tiers;
            if name.contains("contact_tiers") {
                s.pricing.contacts = Contacts::try_from(200_000u64).unwrap();
            }
            s.pricing.add_ons = template("default").unwrap().pricing.add_ons;
            s.project.consulting.mode = if name.contains("ratio") || name.contains("floor") {
                ConsultingMode::Rule
            } else {
                ConsultingMode::Entered
            };
            s.project.consulting.floor = Money::try_from(Decimal::from(500_000)).unwrap();
            s.training.ongoing_fee_per_year = Money::try_from(Decimal::ONE).unwrap();
            let half = Percent::try_from(Decimal::new(5, 1)).unwrap();
            s.operations.downtime.affected_share = half;
            s.operations.downtime.productivity_loss = half;
            s.organisation.rates.sales.basis = RateBasis::Hourly;
            s.organisation.rates.sales.hourly = Money::try_from(Decimal::from(40)).unwrap();
            s.custom_lines.push(CustomLine {
                name: "c".into(),
                kind: LineKind::Cost,
                category: Category::InternalTime,
                quadrant: Quadrant::HiddenTime,
                phase: Phase::Operation,
                amounts: vec![Money::try_from(Decimal::ONE).unwrap()],
                risk: None,
            });
            let before = evaluate(&s).unwrap().totals.tco;
            raise(&mut s, Decimal::from(1000));
            evaluate(&s)
                .map(|r| r.totals.tco != before)
                .unwrap_or(false)
        });
        assert!(moved, "raising {name} never changes the TCO");
    }
}
