//! A box plot per problem in SVG: the whisker runs from the lowest to the highest score, the
//! box from Q1 to Q3, and a thick mark shows the median. The values are also written next to
//! each row, and the table that follows repeats them, so the chart is never the only way in.

use crate::i18n::texts;
use crate::state::{SharedBank, SharedResult};
use assessment_core::team::{HalfTenths, ProblemStats};
use assessment_core::Lang;
use yew::prelude::*;

pub struct BoxPlotProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub result: SharedResult,
    /// One problem only (the workshop layout), or every problem.
    pub only: Option<usize>,
}

const LEFT: u32 = 16;
/// SVG units per half-tenth: 10.0 (200 half-tenths) spans 600 units.
const SCALE: u32 = 3;
/// The problem's name, its figures on a line of their own (one line was clipped by the chart's
/// edge with wider text spacing, RGAA 10.12), then the plot.
const ROW_HEIGHT: u32 = 84;
const TOP: u32 = 8;

fn x_of(value: HalfTenths) -> u32 {
    LEFT + u32::from(value.half_tenths()) * SCALE
}

fn row(bank: &SharedBank, lang: Lang, problem: &ProblemStats, y: u32) -> Html {
    let t = texts(lang);
    let label = bank
        .problems
        .get(problem.problem)
        .map(|p| p.label.get(lang).to_string())
        .unwrap_or_default();
    let Some(stats) = problem.stats else {
        return html! {
            <g class="boxplot__row boxplot__row--none">
                <text class="chart__label" x={LEFT.to_string()} y={(y + 14).to_string()}>{ label }</text>
                <text class="chart__value" x={LEFT.to_string()} y={(y + 40).to_string()}>
                    { if problem.hidden.is_some() { t.median_hidden } else { t.no_score } }
                </text>
            </g>
        };
    };
    let (min, max) = (
        HalfTenths::from_score(stats.min),
        HalfTenths::from_score(stats.max),
    );
    let mid = y + 56;
    let summary = format!(
        "{} {} · Q1–Q3 {}–{} · min–max {}–{}",
        t.col_median,
        stats.median.format(lang),
        stats.q1.format(lang),
        stats.q3.format(lang),
        min.format(lang),
        max.format(lang)
    );
    html! {
        <g class={classes!("boxplot__row", format!("chart__row--{}", problem.band_key()))}>
            <text class="chart__label" x={LEFT.to_string()} y={(y + 14).to_string()}>{ label }</text>
            <text class="chart__label" x={LEFT.to_string()} y={(y + 32).to_string()}>{ summary }</text>
            <line class="boxplot__whisker" x1={x_of(min).to_string()} x2={x_of(max).to_string()}
                y1={mid.to_string()} y2={mid.to_string()} />
            <line class="boxplot__whisker" x1={x_of(min).to_string()} x2={x_of(min).to_string()}
                y1={(mid - 8).to_string()} y2={(mid + 8).to_string()} />
            <line class="boxplot__whisker" x1={x_of(max).to_string()} x2={x_of(max).to_string()}
                y1={(mid - 8).to_string()} y2={(mid + 8).to_string()} />
            <rect class="boxplot__box" x={x_of(stats.q1).to_string()} y={(mid - 12).to_string()}
                width={(x_of(stats.q3) - x_of(stats.q1)).max(1).to_string()} height="24" />
            <line class="boxplot__median" x1={x_of(stats.median).to_string()} x2={x_of(stats.median).to_string()}
                y1={(mid - 16).to_string()} y2={(mid + 16).to_string()} />
        </g>
    }
}

pub fn box_plot(props: &BoxPlotProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let problems: Vec<&ProblemStats> = props
        .result
        .problems
        .iter()
        .filter(|p| props.only.is_none_or(|only| only == p.problem))
        .collect();
    let rows = problems.len() as u32;
    let axis_y = TOP + rows * ROW_HEIGHT;
    let height = axis_y + 24;
    let id = props.only.map_or("team-chart".to_string(), |only| {
        format!("team-chart-{only}")
    });
    html! {
        <figure class="chart boxplot">
            <svg class="chart__svg" viewBox={format!("0 0 640 {height}")} role="img"
                aria-labelledby={format!("{id}-title {id}-desc")}>
                <title id={format!("{id}-title")}>{ t.chart_title }</title>
                <desc id={format!("{id}-desc")}>{ t.chart_desc }</desc>
                // Scale lines first, so the rows' text is drawn over them.
                for tick in [0u16, 50, 80, 100] {
                    <line class="chart__threshold"
                        x1={x_of(HalfTenths::new(tick * 2)).to_string()} x2={x_of(HalfTenths::new(tick * 2)).to_string()}
                        y1={TOP.to_string()} y2={axis_y.to_string()} />
                    <text class="chart__tick" x={x_of(HalfTenths::new(tick * 2)).to_string()}
                        y={(axis_y + 16).to_string()} text-anchor="middle">{ tick / 10 }</text>
                }
                for (at, problem) in problems.iter().enumerate() {
                    { row(&props.bank, lang, problem, TOP + at as u32 * ROW_HEIGHT) }
                }
            </svg>
        </figure>
    }
}
