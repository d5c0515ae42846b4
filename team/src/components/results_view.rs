//! The team's results, in reading order: spread per problem (chart and table), what to talk
//! about, blind spots, answers per question, role gaps, fixes, exports.

use crate::components::box_plot::{box_plot, BoxPlotProps};
use crate::components::distributions::{distributions, DistributionsProps};
use crate::components::export_bar::ExportBar;
use crate::components::role_gaps::{role_gaps, RoleGapsProps};
use crate::components::stats_table::{stats_table, StatsTableProps};
use crate::components::talk_about_it::{talk_about_it, TalkAboutItProps};
use crate::components::team_fixes::{team_fixes, TeamFixesProps};
use crate::i18n::texts;
use crate::state::{SharedBank, SharedResult};
use assessment_core::team::export::quartile_rule;
use assessment_core::Lang;
use yew::prelude::*;

pub struct ResultsViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    /// `None` while nothing is collected.
    pub result: Option<SharedResult>,
}

pub fn results_view(props: &ResultsViewProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let Some(result) = props.result.clone() else {
        return html! {
            <section class="team__results" aria-labelledby="team-results-title">
                <h2 id="team-results-title" class="pi-h2">{ t.results_title }</h2>
                <p data-team-empty="">{ t.nothing_yet }</p>
            </section>
        };
    };
    let bank = props.bank.clone();
    html! {
        <>
            <section class="team__results" aria-labelledby="team-results-title" data-team-results=""
                data-team-people={result.people.to_string()} data-team-k={result.k.to_string()}>
                <h2 id="team-results-title" class="pi-h2">{ t.results_title }</h2>
                <p class="team__summary">
                    <strong>{ result.people }</strong>{ " " }{ t.people }{ " · k = " }{ result.k }
                </p>
                if result.is_below_k() {
                    <p class="notice" data-below-k="">{ t.below_k }</p>
                }
                { box_plot(&BoxPlotProps { bank: bank.clone(), lang, result: result.clone(), only: None }) }
                { stats_table(&StatsTableProps { bank: bank.clone(), lang, result: result.clone() }) }
                <p class="field__hint">{ quartile_rule(lang) }</p>
                { talk_about_it(&TalkAboutItProps { bank: bank.clone(), lang, result: result.clone(), only: None }) }
                { distributions(&DistributionsProps { bank: bank.clone(), lang, result: result.clone() }) }
                { role_gaps(&RoleGapsProps { bank: bank.clone(), lang, result: result.clone() }) }
                { team_fixes(&TeamFixesProps { bank: bank.clone(), lang, result: result.clone() }) }
            </section>
            <ExportBar {bank} {lang} {result} />
        </>
    }
}
