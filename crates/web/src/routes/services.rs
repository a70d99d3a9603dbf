//! "Use of municipal services" on a city's profile: the latest period each department
//! reported, users per group with the rate per 1,000 of the group's population and the gap
//! to the native-born or nationals ([`services`]). Nothing is shown for a city whose
//! departments reported nothing.

use super::city::group_name;
use crate::layout::num;
use crate::{AppError, AppState};
use maud::{Markup, html};

pub fn city_section(state: &AppState, code: &str) -> Result<Markup, AppError> {
    let uses = state.db.read(|s| Ok(services::latest(s, code)?))?;
    if uses.is_empty() {
        return Ok(html! {});
    }
    Ok(html! {
        section aria-labelledby="services" {
            h2 #services { (t!("services-title")) }
            p.muted.small { (t!("services-intro")) }
            @for u in &uses {
                table {
                    caption { (u.department) " · " (u.service) " · " (u.period) }
                    thead { tr {
                        th scope="col" { (t!("services-col-group")) }
                        th.num scope="col" { (t!("services-col-users")) }
                        th.num scope="col" { (t!("services-col-population")) }
                        th.num scope="col" { (t!("services-col-rate")) }
                        th.num scope="col" { (t!("services-col-gap")) }
                    } }
                    tbody { @for g in &u.groups {
                        tr {
                            th scope="row" { (group_name(&g.group)) }
                            td.num { (num(g.count, 0)) }
                            @match &g.denominator {
                                Some(d) => td.num { (num(d.population, 0)) " " span.small.muted title=(d.source) { "(" (d.year) ")" } },
                                None => td.num.muted { (t!("services-no-population")) },
                            }
                            td.num { @if let Some(r) = g.per_1000 { (num(r, 1)) } @else { "–" } }
                            td.num { @if let Some(x) = g.gap { (super::city::signed(x, 1)) } @else { "–" } }
                        }
                    } }
                }
                p.small.muted { (t!("services-source", source = u.source.as_str())) }
            }
        }
    })
}
