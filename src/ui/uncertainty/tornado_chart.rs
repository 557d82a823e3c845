//! The tornado: each ranged input alone from its low to its high value, every other input at
//! its value — the engine's [`tornado`], top 10, sorted by the swing in TCO or, switched, in
//! NPV. One table row per input (its translated name, range, the figure at low and at high)
//! with its bar drawn on a scale shared by all rows; rows update in place.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::Scenario;
use truecost_model::uncertainty::{Tornado, TornadoSort, tornado};

use super::{input_value, show, ux};
use crate::i18n::Ux;
use crate::i18n::format::Style;
use crate::ui::charts::projection::coord;
use crate::ui::charts::projection::spread::{TORNADO_FRAME, TornadoRow, tornado_layout};
use crate::ui::charts::{Item, PlotSvg, indexed, text};
use crate::ui::fields::Planner;

/// The figure at low and at high of each bar, and the base, for the chosen sort.
fn figures(t: &Tornado) -> (Vec<(f64, f64)>, f64) {
    let npv = t.sort == TornadoSort::Npv;
    let rows = t
        .bars
        .iter()
        .map(|b| {
            if npv {
                (b.npv_at_low, b.npv_at_high)
            } else {
                (b.tco_at_low, b.tco_at_high)
            }
        })
        .collect();
    (rows, if npv { t.base_npv } else { t.base_tco })
}

/// The tornado of the scenario the last simulation ran on, with its sort switch.
#[component]
pub fn TornadoChart(
    /// The scenario the panel last simulated (none yet: nothing shown).
    settled: RwSignal<Option<Scenario>>,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let sort = RwSignal::new(TornadoSort::Tco);
    let data = Memo::new(move |_| {
        let sort = sort.get();
        settled.with(|s| s.as_ref().and_then(|s| tornado(s, sort).ok()))
    });
    let layout = Memo::new(move |_| {
        data.with(|t| {
            t.as_ref().map_or((0.0, Vec::new()), |t| {
                let (rows, base) = figures(t);
                tornado_layout(&rows, base, TORNADO_FRAME)
            })
        })
    });
    let count = Memo::new(move |_| data.with(|t| t.as_ref().map_or(0, |t| t.bars.len())));
    let f = TORNADO_FRAME;
    let row: Item = Arc::new(move |i: usize| {
        let bar = move |g: fn(&TornadoRow) -> f64| {
            text(move || layout.with(|l| coord(l.1.get(i).map_or(0.0, g))))
        };
        let base = text(move || layout.with(|l| coord(l.0)));
        let cell = move |g: fn(&truecost_model::uncertainty::TornadoBar, &Tornado) -> String| {
            text(move || {
                data.with(|t| {
                    t.as_ref()
                        .and_then(|t| t.bars.get(i).map(|b| g(b, t)))
                        .unwrap_or_default()
                })
            })
        };
        view! {
            <tr data-testid="tornado-row" data-field=cell(|b, _| b.field.clone())>
                <th scope="row">
                    {text(move || {
                        data.with(|t| {
                            t.as_ref()
                                .and_then(|t| t.bars.get(i))
                                .map(|b| {
                                    let l = locale.get();
                                    format!(
                                        "{} ({} – {})",
                                        settled.with(|s| {
                                            s.as_ref()
                                                .map(|s| super::input_name(&b.field, s, l))
                                                .unwrap_or_default()
                                        }),
                                        input_value(&b.field, b.low, l),
                                        input_value(&b.field, b.high, l),
                                    )
                                })
                                .unwrap_or_default()
                        })
                    })}
                </th>
                <td class="tornado-bar">
                    <PlotSvg frame=f title=Signal::derive(ux(Ux::Tornado))>
                        <rect class="tornado-low" x=bar(|r| r.low_x) width=bar(|r| r.low_width) y=coord(f.plot_top()) height=coord(f.plot_bottom() - f.plot_top())></rect>
                        <rect class="tornado-high" x=bar(|r| r.high_x) width=bar(|r| r.high_width) y=coord(f.plot_top()) height=coord(f.plot_bottom() - f.plot_top())></rect>
                        <line class="axis-zero" x1=base x2=base y1="0" y2=coord(f.height)></line>
                    </PlotSvg>
                </td>
                <td class="num">
                    {text(move || {
                        let l = locale.get();
                        data.with(|t| {
                            t.as_ref()
                                .and_then(|t| {
                                    let (rows, _) = figures(t);
                                    let currency = settled.with(|s| s.as_ref().map(|s| s.currency.as_str().to_owned()))?;
                                    let (a, b) = *rows.get(i)?;
                                    let style = Style::Money(currency);
                                    Some(format!("{} → {}", show(a, &style, l), show(b, &style, l)))
                                })
                                .unwrap_or_default()
                        })
                    })}
                </td>
            </tr>
        }
        .into_any()
    });
    let on_sort = move |ev: leptos::ev::Event| {
        sort.set(if event_target_value(&ev) == "npv" {
            TornadoSort::Npv
        } else {
            TornadoSort::Tco
        });
    };
    view! {
        <div class="tornado" data-testid="tornado" hidden=move || count.get() == 0>
            <h3>{ux(Ux::Tornado)}</h3>
            <p class="explain">{ux(Ux::TornadoHelp)}</p>
            <div class="field">
                <label for="tornado-sort">{ux(Ux::SortBy)}</label>
                <select id="tornado-sort" data-testid="tornado-sort" on:change=on_sort>
                    <option value="tco">{ux(Ux::Tco)}</option>
                    <option value="npv">{ux(Ux::Npv)}</option>
                </select>
            </div>
            <table class="tornado-table">
                <thead>
                    <tr>
                        <th scope="col">{ux(Ux::Input)}</th>
                        <th scope="col"></th>
                        <th scope="col">{ux(Ux::AtLowHigh)}</th>
                    </tr>
                </thead>
                <tbody>{indexed(count, row)}</tbody>
            </table>
        </div>
    }
}
