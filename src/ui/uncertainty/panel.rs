//! The "How sure is this number?" panel: trials and seed, P10 / P50 / P90 of TCO, NPV and
//! payback, the two probabilities, the budget at 80 % confidence next to the planned TCO and
//! its contingency reserve, the spread charts and the tornado.
//!
//! Typing never waits for it: the deterministic results update on every keystroke elsewhere,
//! while this panel starts a simulation only after the scenario has been still for
//! [`PAUSE`], and runs it in slices of about [`SLICE_MS`] each (`Simulation::run_chunk`),
//! yielding to the browser between them. A newer scenario, trial count or seed cancels the run
//! in progress (its generation no longer matches) and starts again.

use std::time::Duration;

use leptos::prelude::*;
use truecost_model::Scenario;
use truecost_model::uncertainty::{
    MAX_TRIALS, Simulation, SimulationResults, SimulationSettings, add_typical_ranges,
    typical_ranges,
};
use wasm_bindgen::prelude::wasm_bindgen;

use super::spread_chart::SpreadChart;
use super::tornado_chart::TornadoChart;
use super::{show, ux};
use crate::i18n::Ux;
use crate::i18n::format::Style;
use crate::ui::charts::projection::to_f64;
use crate::ui::fields::Planner;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds, sub-millisecond resolution.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn now() -> f64;
}

/// How long the scenario must stay unchanged before a simulation starts.
const PAUSE: Duration = Duration::from_millis(400);
/// The time one slice of trials aims at (well under the 50 ms of a long task).
const SLICE_MS: f64 = 12.0;
/// Trials in the first slice, before the speed is known.
const FIRST_SLICE: u32 = 500;

/// Where the panel's simulation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// No ranges (or a scenario the engine refuses): nothing to run.
    Idle,
    /// Waiting for typing to pause.
    Waiting,
    /// Running: trials done so far.
    Running(u32),
    /// Finished.
    Done,
}

impl Phase {
    fn tag(self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Waiting => "waiting",
            Phase::Running(_) => "running",
            Phase::Done => "done",
        }
    }
}

/// The run in progress: its generation (bumped to cancel it), the pending start, the engine's
/// simulation, the measured speed and the time spent.
#[derive(Default)]
struct Run {
    generation: u64,
    timer: Option<TimeoutHandle>,
    simulation: Option<Simulation>,
    trials_per_ms: f64,
    started: f64,
    busy_ms: f64,
}

/// The panel's state, all `Copy`, so the slices can be scheduled from plain functions.
#[derive(Clone, Copy)]
struct Ctx {
    scenario: RwSignal<Scenario>,
    /// The scenario's trials and seed.
    settings: Memo<SimulationSettings>,
    /// Whether the scenario is a shared link shown read-only (the settings cannot change).
    read_only: Signal<bool>,
    run: StoredValue<Run, LocalStorage>,
    phase: RwSignal<Phase>,
    results: RwSignal<Option<SimulationResults>>,
    /// The scenario the results and the tornado are for.
    settled: RwSignal<Option<Scenario>>,
    /// (milliseconds of computing, milliseconds from start to finish) of the last run.
    timing: RwSignal<(f64, f64)>,
}

/// Cancels any run and schedules a new one after `delay` (none without ranges).
fn restart(c: Ctx, delay: Duration) {
    let generation = c.run.with_value(|r| r.generation) + 1;
    c.run.update_value(|r| {
        r.generation = generation;
        r.simulation = None;
        if let Some(t) = r.timer.take() {
            t.clear();
        }
    });
    if c.scenario.with_untracked(|s| s.ranges.is_empty()) {
        c.phase.set(Phase::Idle);
        return;
    }
    c.phase.set(Phase::Waiting);
    let timer = set_timeout_with_handle(move || start(c, generation), delay).ok();
    c.run.update_value(|r| r.timer = timer);
}

/// Builds the simulation for the current scenario and runs its first slice.
fn start(c: Ctx, generation: u64) {
    let scenario = c.scenario.get_untracked();
    let Ok(simulation) = Simulation::new(&scenario, c.settings.get_untracked()) else {
        c.phase.set(Phase::Idle);
        return;
    };
    c.run.update_value(|r| {
        r.timer = None;
        r.simulation = Some(simulation);
        r.started = now();
        r.busy_ms = 0.0;
    });
    c.settled.set(Some(scenario));
    slice(c, generation);
}

/// Runs one slice of trials sized to [`SLICE_MS`]; schedules the next or finishes.
fn slice(c: Ctx, generation: u64) {
    let t0 = now();
    let step = c.run.try_update_value(|r| {
        if r.generation != generation {
            return None;
        }
        let chunk = if r.trials_per_ms > 0.0 {
            (r.trials_per_ms * SLICE_MS).clamp(50.0, 20_000.0) as u32
        } else {
            FIRST_SLICE
        };
        let simulation = r.simulation.as_mut()?;
        let ran = simulation.run_chunk(chunk);
        let spent = now() - t0;
        if ran > 0 && spent > 0.5 {
            r.trials_per_ms = f64::from(ran) / spent;
        }
        r.busy_ms += spent;
        Some((simulation.done(), simulation.is_finished()))
    });
    let Some(Some((done, finished))) = step else {
        return;
    };
    if !finished {
        c.phase.set(Phase::Running(done));
        set_timeout(move || slice(c, generation), Duration::ZERO);
        return;
    }
    let t1 = now();
    let finished = c.run.try_update_value(|r| {
        let results = r.simulation.take().map(Simulation::finish);
        r.busy_ms += now() - t1;
        results.map(|s| (s, r.busy_ms, now() - r.started))
    });
    if let Some(Some((results, busy, wall))) = finished {
        c.results.set(Some(results));
        c.timing.set((busy, wall));
        c.phase.set(Phase::Done);
    }
}

/// The currency of the scenario the results are for (read once per run, not per keystroke).
fn currency(c: Ctx) -> String {
    c.settled
        .with(|s| s.as_ref().map(|s| s.currency.as_str().to_owned()))
        .unwrap_or_default()
}

/// Parses a whole number typed into a settings field.
fn whole(text: &str) -> Option<u64> {
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    digits.parse().ok()
}

/// One settings input (trials or seed) that commits on change, with its message.
fn setting(
    c: Ctx,
    label: Ux,
    testid: &'static str,
    get: fn(&SimulationSettings) -> u64,
    put: fn(&mut SimulationSettings, u64) -> bool,
    refused: Ux,
) -> impl IntoView {
    let error = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let ok = whole(&event_target_value(&ev)).is_some_and(|v| {
            let mut s = c.settings.get_untracked();
            let ok = put(&mut s, v) && s.validate().is_ok();
            if ok {
                c.scenario.update(|scenario| scenario.simulation = s);
            }
            ok
        });
        error.set(!ok);
    };
    let id = format!("sim-{testid}");
    let error_id = format!("{id}-error");
    view! {
        <div class="field sim-setting" class:invalid=move || error.get()>
            <label for=id.clone()>{ux(label)}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                data-testid=format!("sim-{testid}")
                aria-invalid=move || error.get().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || c.settings.with(|s| get(s).to_string())
                disabled=move || c.read_only.get()
                on:change=on_change
            />
            <p class="field-error" id=error_id role="alert" data-testid=format!("sim-{testid}-error")>
                {move || error.get().then(ux(refused))}
            </p>
        </div>
    }
}

/// A figure of the results, formatted, with its raw value in `data-value` for tests.
fn figure(
    c: Ctx,
    testid: String,
    pick: fn(&SimulationResults) -> Option<f64>,
    money: bool,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let value = move || c.results.with(|r| r.as_ref().and_then(pick));
    let text = move || {
        let l = locale.get();
        match value() {
            Some(v) if money => {
                let currency = currency(c);
                show(v, &Style::Money(currency), l)
            }
            Some(v) => show(v, &Style::Number(1), l),
            None if c.results.with(Option::is_some) => Ux::NotWithin.text(l).to_owned(),
            None => String::new(),
        }
    };
    view! {
        <td class="num" data-testid=testid data-value=move || value().map(|v| format!("{v:.2}"))>
            {text}
        </td>
    }
}

/// One row of the percentile table: a figure's P10, P50 and P90.
fn row(
    c: Ctx,
    name: Ux,
    key: &'static str,
    picks: [fn(&SimulationResults) -> Option<f64>; 3],
    money: bool,
) -> impl IntoView {
    let [p10, p50, p90] = picks;
    view! {
        <tr>
            <th scope="row">{ux(name)}</th>
            {figure(c, format!("sim-{key}-p10"), p10, money)}
            {figure(c, format!("sim-{key}-p50"), p50, money)}
            {figure(c, format!("sim-{key}-p90"), p90, money)}
        </tr>
    }
}

/// A labelled figure of the summary list (`dt` / `dd`).
fn fact(
    c: Ctx,
    name: Ux,
    testid: &'static str,
    pick: fn(&SimulationResults) -> f64,
    style: u8,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let text = move || {
        let l = locale.get();
        c.results.with(|r| {
            r.as_ref()
                .map(|r| {
                    let style = match style {
                        0 => Style::Money(currency(c)),
                        _ => Style::Percent(0),
                    };
                    show(pick(r), &style, l)
                })
                .unwrap_or_default()
        })
    };
    view! {
        <div class="sim-fact">
            <dt>{ux(name)}</dt>
            <dd
                class="num"
                data-testid=testid
                data-value=move || c.results.with(|r| r.as_ref().map(|r| format!("{:.4}", pick(r))))
            >
                {text}
            </dd>
        </div>
    }
}

/// "How sure is this number?": the simulation's settings, figures and charts, or how to add
/// ranges when the scenario has none. With `add_typical_now` it adds the typical ranges as it
/// mounts (the placeholder's button was clicked before this panel was loaded).
#[component]
pub fn UncertaintyPanel(
    /// Add the typical ranges at once.
    #[prop(optional)]
    add_typical_now: bool,
) -> impl IntoView {
    let planner = Planner::get();
    let (scenario, locale) = (planner.scenario, planner.locale);
    let library = crate::ui::library::Library::get();
    let c = Ctx {
        scenario,
        settings: Memo::new(move |_| scenario.with(|s| s.simulation)),
        read_only: library.shared.into(),
        run: StoredValue::new_local(Run::default()),
        phase: RwSignal::new(Phase::Idle),
        results: RwSignal::new(None),
        settled: RwSignal::new(None),
        timing: RwSignal::new((0.0, 0.0)),
    };
    // A scenario edit waits for a pause; a new trial count or seed (part of the scenario too)
    // runs at once.
    let last_settings = StoredValue::new(None::<SimulationSettings>);
    Effect::new(move |first: Option<()>| {
        let now = scenario.with(|s| s.simulation);
        let new_settings = last_settings.with_value(|l| l.is_some_and(|l| l != now));
        last_settings.set_value(Some(now));
        restart(
            c,
            if first.is_none() || new_settings {
                Duration::ZERO
            } else {
                PAUSE
            },
        );
    });
    on_cleanup(move || {
        c.run.update_value(|r| {
            r.generation += 1;
            if let Some(t) = r.timer.take() {
                t.clear();
            }
        })
    });
    let has_ranges = Memo::new(move |_| scenario.with(|s| !s.ranges.is_empty()));
    let added = RwSignal::new(None::<Vec<String>>);
    let add_typical = move |_: ()| {
        let mut next = scenario.get_untracked();
        let typical = typical_ranges(&next);
        let keys = add_typical_ranges(&mut next);
        if next.validate().is_ok() {
            let l = locale.get_untracked();
            let list = typical
                .iter()
                .filter(|t| keys.contains(&t.field))
                .map(|t| {
                    let sources: Vec<&str> = t.sources.iter().map(|s| s.tag()).collect();
                    format!(
                        "{} {}–{} {}",
                        super::input_name(&t.field, &next, l),
                        super::input_value(&t.field, t.range.low, l),
                        super::input_value(&t.field, t.range.high, l),
                        sources.join(" ")
                    )
                })
                .collect();
            scenario.set(next);
            added.set(Some(list));
        }
    };
    if add_typical_now {
        add_typical(());
    }
    let status = move || {
        let l = locale.get();
        let total = c.settings.with(|s| s.trials);
        match c.phase.get() {
            Phase::Idle => String::new(),
            Phase::Waiting => Ux::Waiting.text(l).to_owned(),
            Phase::Running(done) => Ux::Running
                .text(l)
                .replace("{done}", &done.to_string())
                .replace("{total}", &total.to_string()),
            Phase::Done => c.results.with(|r| {
                r.as_ref()
                    .map(|r| {
                        Ux::Ran
                            .text(l)
                            .replace("{total}", &r.trials.to_string())
                            .replace("{seed}", &r.seed.to_string())
                    })
                    .unwrap_or_default()
            }),
        }
    };
    let progress = move || match c.phase.get() {
        Phase::Running(done) => Some(view! {
            <progress max=move || c.settings.with(|s| s.trials) value=done></progress>
        }),
        _ => None,
    };
    let shown = Memo::new(move |_| has_ranges.get() && c.results.with(Option::is_some));
    view! {
        <section
            class="panel uncertainty"
            data-testid="uncertainty"
            data-state=move || c.phase.get().tag()
            data-seed=move || c.results.with(|r| r.as_ref().map(|r| r.seed.to_string()))
            data-compute-ms=move || format!("{:.1}", c.timing.get().0)
            data-elapsed-ms=move || format!("{:.1}", c.timing.get().1)
            aria-labelledby="uncertainty-title"
        >
            <h2 id="uncertainty-title">{ux(Ux::Title)}</h2>
            <p class="explain">{ux(Ux::Intro)}</p>
            <div class="sim-actions">
                <button type="button" data-testid="add-typical-ranges" on:click=move |_| add_typical(())>
                    {ux(Ux::AddTypical)}
                </button>
            </div>
            {move || {
                added
                    .get()
                    .map(|list| {
                        let l = locale.get();
                        view! {
                            <div class="sim-added" data-testid="typical-added" role="status">
                                <p>
                                    {if list.is_empty() {
                                        Ux::NoneAdded.text(l)
                                    } else {
                                        Ux::Added.text(l)
                                    }}
                                </p>
                                <ul>{list.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                            </div>
                        }
                    })
            }}
            <p class="explain" data-testid="sim-no-ranges" hidden=move || has_ranges.get()>
                {ux(Ux::NoRanges)}
            </p>
            <div class="sim-settings" hidden=move || !has_ranges.get()>
                {setting(
                    c,
                    Ux::Trials,
                    "trials",
                    |s| u64::from(s.trials),
                    |s, v| {
                        let ok = (1..=u64::from(MAX_TRIALS)).contains(&v);
                        if ok {
                            s.trials = v as u32;
                        }
                        ok
                    },
                    Ux::TrialsOut,
                )}
                {setting(
                    c,
                    Ux::Seed,
                    "seed",
                    |s| s.seed,
                    |s, v| {
                        let ok = v < 1_000_000_000_000_000_000;
                        if ok {
                            s.seed = v;
                        }
                        ok
                    },
                    Ux::SeedOut,
                )}
                <p class="explain">{ux(Ux::SeedHelp)}</p>
                <p class="sim-status" role="status" data-testid="sim-status">
                    {status}
                    {progress}
                </p>
            </div>
            <div class="sim-results" hidden=move || !shown.get()>
                <dl class="sim-facts">
                    {fact(c, Ux::Budget80, "sim-budget80", |r| r.budget_at_80, 0)}
                    {fact(c, Ux::Planned, "sim-planned", |r| to_f64(r.deterministic.tco), 0)}
                    {fact(c, Ux::Reserve, "sim-reserve", |r| to_f64(r.deterministic.contingency_reserve), 0)}
                    {fact(c, Ux::Extra, "sim-extra", |r| r.reserve_needed_at_80, 0)}
                    {fact(c, Ux::ProbNpv, "sim-p-npv", |r| r.probability_npv_positive, 1)}
                    {fact(c, Ux::ProbPayback, "sim-p-payback", |r| r.payback.probability_within_horizon, 1)}
                </dl>
                <p class="explain">{ux(Ux::Budget80Help)}</p>
                <table class="sim-table" id="sim-table" data-testid="sim-table">
                    <thead>
                        <tr>
                            <th scope="col">{ux(Ux::Figure)}</th>
                            <th scope="col">{ux(Ux::P10)}</th>
                            <th scope="col">{ux(Ux::P50)}</th>
                            <th scope="col">{ux(Ux::P90)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {row(c, Ux::Tco, "tco", [|r| Some(r.tco.p10), |r| Some(r.tco.p50), |r| Some(r.tco.p90)], true)}
                        {row(c, Ux::Npv, "npv", [|r| Some(r.npv.p10), |r| Some(r.npv.p50), |r| Some(r.npv.p90)], true)}
                        {row(c, Ux::Payback, "payback", [|r| r.payback.p10, |r| r.payback.p50, |r| r.payback.p90], false)}
                    </tbody>
                </table>
                <span hidden data-testid="sim-npv-p80" data-value=move || c.results.with(|r| r.as_ref().map(|r| format!("{:.2}", r.npv.p80)))></span>
                <SpreadChart results=c.results settled=c.settled npv=false />
                <SpreadChart results=c.results settled=c.settled npv=true />
                <p class="explain sim-note">{ux(Ux::Uncorrelated)}</p>
            </div>
            <TornadoChart settled=c.settled />
        </section>
    }
}
