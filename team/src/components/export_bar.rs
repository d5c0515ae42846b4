//! Exports of the team result: JSON (documented schema, docs/team-format.md), CSV, Markdown,
//! and print. None of them holds a code, a nonce or a per-person row.

use crate::browser;
use crate::i18n::texts;
use crate::state::{SharedBank, SharedResult};
use assessment_core::{export_team_csv, export_team_json, export_team_markdown, Date, Lang};
use ui_shared::download::save_text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub result: SharedResult,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
    Markdown,
}

#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let t = texts(props.lang);
    let failed = use_state(|| false);

    let export = |format: Format| {
        let bank = props.bank.clone();
        let result = props.result.clone();
        let lang = props.lang;
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            let (year, month, day) = browser::today();
            // The clock is the browser's; a nonsense date falls back to the epoch's first day
            // rather than refusing the export.
            let date = Date::new(year, month, day)
                .or_else(|_| Date::new(1970, 1, 1))
                .ok();
            let Some(date) = date else {
                failed.set(true);
                return;
            };
            let stem = format!("{}-{date}", texts(lang).file_prefix);
            let (name, mime, content) = match format {
                Format::Json => (
                    format!("{stem}.json"),
                    "application/json",
                    export_team_json(&bank, &result, lang, date),
                ),
                Format::Csv => (
                    format!("{stem}.csv"),
                    "text/csv;charset=utf-8",
                    export_team_csv(&bank, &result, lang),
                ),
                Format::Markdown => (
                    format!("{stem}.md"),
                    "text/markdown;charset=utf-8",
                    export_team_markdown(&bank, &result, lang, date),
                ),
            };
            failed.set(!save_text(&name, mime, &content));
        })
    };

    html! {
        <section class="team__exports no-print" aria-labelledby="team-exports-title">
            <h2 id="team-exports-title" class="pi-h2">{ t.exports_title }</h2>
            <div class="team__export-buttons">
                <button type="button" class="button button--secondary" data-action="export-team-json"
                    onclick={export(Format::Json)}>{ t.export_json }</button>
                <button type="button" class="button button--secondary" data-action="export-team-csv"
                    onclick={export(Format::Csv)}>{ t.export_csv }</button>
                <button type="button" class="button button--secondary" data-action="export-team-markdown"
                    onclick={export(Format::Markdown)}>{ t.export_markdown }</button>
                <button type="button" class="button button--secondary" data-action="print"
                    onclick={Callback::from(|_: MouseEvent| browser::print())}>{ t.print }</button>
            </div>
            <p role="status" class="field__status">
                if *failed { { t.download_failed } }
            </p>
        </section>
    }
}
