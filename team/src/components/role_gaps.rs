//! Role gaps: the median of each role group of at least *k* people, per problem, and the gap
//! between the highest and the lowest. Smaller groups are neither named nor counted.

use crate::i18n::texts;
use crate::state::{SharedBank, SharedResult};
use assessment_core::team::{role_gap_rule, team_words, RoleGaps};
use assessment_core::{format_score, Lang};
use yew::prelude::*;

pub struct RoleGapsProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub result: SharedResult,
}

pub fn role_gaps(props: &RoleGapsProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let w = team_words(lang);
    let result = &props.result;
    let status = match &result.role_gaps {
        RoleGaps::NoRoles => "no-roles",
        RoleGaps::GroupsTooSmall => "groups-too-small",
        RoleGaps::Shown(_) => "shown",
    };
    let table = result.role_gaps.shown().map(|comparison| {
        html! {
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="team-roles-caption">
                <table class="scores team-roles">
                    <caption id="team-roles-caption">{ t.roles_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ w.problem }</th>
                            for group in comparison.groups.iter() {
                                <th scope="col" data-role-group={group.role.key()}>
                                    { format!("{} ({} {})", group.role.label(lang), group.people, t.people) }
                                </th>
                            }
                            <th scope="col">{ t.col_gap }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for gap in comparison.problems.iter() {
                            <tr data-role-gap-problem={props.bank.problems.get(gap.problem).map(|p| p.id.clone()).unwrap_or_default()}>
                                <th scope="row">{ props.bank.problems.get(gap.problem).map(|p| p.label.get(lang).to_string()).unwrap_or_default() }</th>
                                for (_, median) in gap.medians.iter() {
                                    <td>{ median.map_or(t.median_hidden.to_string(), |m| m.format(lang)) }</td>
                                }
                                <td>
                                    { gap.gap.map_or("–".to_string(), |gap| format!("{} ({} > {})",
                                        format_score(lang, gap.value), gap.highest.label(lang), gap.lowest.label(lang))) }
                                </td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        }
    });
    html! {
        <section class="team__roles" aria-labelledby="team-roles-title" data-role-gaps={status}>
            <h3 id="team-roles-title" class="pi-h3">{ w.role_gaps }</h3>
            <p class="field__hint">{ role_gap_rule(lang, result.k) }</p>
            if let Some(note) = result.role_gaps.note(lang, result.k) {
                <p data-role-gaps-note="">{ note }</p>
            }
            { table.unwrap_or_default() }
        </section>
    }
}
