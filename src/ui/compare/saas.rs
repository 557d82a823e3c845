//! SaaS against on-premise: the person's own cost ratios beside the Yankee Group reference
//! cited by [C], labelled a contested reference (the engine's figures; never used in a figure).

use std::sync::Arc;

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::compare::SaasReference as Pair;

use super::format::percent;
use super::state::Cmp;
use crate::i18n::{Cx, Locale, Msg};
use crate::ui::charts::{Item, indexed, text};
use crate::ui::fields::lt;

/// A ratio as a percentage, or "n/a".
fn ratio(v: Option<Decimal>, l: Locale) -> String {
    v.map_or_else(|| Msg::NotAvailable.text(l).to_owned(), |v| percent(v, l))
}

/// The table of SaaS / on-premise pairs; nothing when the comparison has none.
#[component]
pub fn SaasReference() -> impl IntoView {
    let cmp = Cmp::get();
    let c = cmp.comparison;
    let locale = cmp.planner.locale;
    let pairs = Memo::new(move |_| c.with(|c| c.as_ref().map_or(0, |c| c.saas_on_premise.len())));
    let read = move |i: usize, f: fn(Cmp, &Pair, Locale) -> String| {
        text(move || {
            let l = locale.get();
            c.with(|c| {
                c.as_ref()
                    .and_then(|c| c.saas_on_premise.get(i))
                    .map(|p| f(cmp, p, l))
                    .unwrap_or_default()
            })
        })
    };
    let row: Item = Arc::new(move |i: usize| {
        view! {
            <tr>
                <th scope="row">
                    {read(i, |cmp, p, l| {
                        Cx::SaasPair
                            .text(l)
                            .replace("{a}", &cmp.label(p.saas))
                            .replace("{b}", &cmp.label(p.on_premise))
                    })}
                </th>
                <td class="num" data-testid="saas-first-year">{read(i, |_, p, l| ratio(p.first_year_ratio, l))}</td>
                <td class="num reference">{read(i, |_, p, l| ratio(Some(p.reference_first_year), l))}</td>
                <td class="num">{read(i, |_, p, l| ratio(p.five_year_ratio, l))}</td>
                <td class="num reference">{read(i, |_, p, l| ratio(Some(p.reference_five_year), l))}</td>
                <td class="num">{read(i, |_, p, l| ratio(p.horizon_ratio, l))}</td>
            </tr>
        }
        .into_any()
    });
    let any = Memo::new(move |_| pairs.get() > 0);
    view! {
        <section hidden=move || !any.get() class="result-block saas-reference" data-testid="saas-reference">
                <h3>{lt(Cx::SaasTitle)}</h3>
                <p class="explain">{lt(Cx::SaasHelp)}</p>
                <div class="table-scroll">
                    <table class="compare-table">
                        <thead>
                            <tr>
                                <th></th>
                                <th scope="col">{lt(Cx::SaasFirstYear)} " — " {lt(Cx::Yours)}</th>
                                <th scope="col">{lt(Cx::Reference)}</th>
                                <th scope="col">{lt(Cx::SaasFiveYears)} " — " {lt(Cx::Yours)}</th>
                                <th scope="col">{lt(Cx::Reference)}</th>
                                <th scope="col">{lt(Cx::SaasHorizon)} " — " {lt(Cx::Yours)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {indexed(pairs, row)}
                        </tbody>
                    </table>
                </div>
            </section>
    }
}
