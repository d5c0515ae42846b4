//! A horizontal bar chart of the four health scores, drawn in SVG. Every bar carries its value
//! as text, and the table that follows repeats the data, so colour is never the only signal.

use crate::components::results_body::Outcome;
use crate::i18n::{format_score, texts};
use crate::state::SharedBank;
use assessment_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

pub struct ScoreChartProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub outcome: Rc<Outcome>,
}

/// Width of a full bar (score 10) in SVG units; one point is a tenth of it.
const BAR_WIDTH: u32 = 300;
const ROW_HEIGHT: u32 = 52;
const TOP: u32 = 8;

fn x_of(tenths: u32) -> u32 {
    tenths * BAR_WIDTH / 100
}

pub fn score_chart(props: &ScoreChartProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let rows = props.outcome.assessment.problems.len() as u32;
    let height = TOP + rows * ROW_HEIGHT + 24;
    let axis_y = TOP + rows * ROW_HEIGHT;
    html! {
        <figure class="chart">
            <svg
                class="chart__svg"
                viewBox={format!("0 0 360 {height}")}
                role="img"
                aria-labelledby="pi-chart-title pi-chart-desc"
            >
                <title id="pi-chart-title">{ t.chart_title }</title>
                <desc id="pi-chart-desc">{ t.chart_desc }</desc>
                for result in props.outcome.assessment.problems.iter() {
                    {{
                        let y = TOP + result.problem as u32 * ROW_HEIGHT;
                        let label = props
                            .bank
                            .problems
                            .get(result.problem)
                            .map(|p| p.label.get(lang).to_string())
                            .unwrap_or_default();
                        let (width, value) = match result.score {
                            Some(score) => (x_of(u32::from(score.tenths())), format_score(lang, score)),
                            None => (0, "–".to_string()),
                        };
                        html! {
                            <g class={classes!("chart__row", format!("chart__row--{}", result.band_key()))}>
                                <text class="chart__label" x="0" y={(y + 14).to_string()}>{ label }</text>
                                <rect class="chart__track" x="0" y={(y + 22).to_string()}
                                    width={BAR_WIDTH.to_string()} height="18" />
                                <rect class="chart__bar" x="0" y={(y + 22).to_string()}
                                    width={width.to_string()} height="18" />
                                <text class="chart__value" x={(BAR_WIDTH + 8).to_string()}
                                    y={(y + 36).to_string()}>{ value }</text>
                            </g>
                        }
                    }}
                }
                for threshold in [50u32, 80] {
                    <line class="chart__threshold"
                        x1={x_of(threshold).to_string()} x2={x_of(threshold).to_string()}
                        y1={TOP.to_string()} y2={axis_y.to_string()} />
                    <text class="chart__tick" x={x_of(threshold).to_string()}
                        y={(axis_y + 16).to_string()} text-anchor="middle">
                        { threshold / 10 }
                    </text>
                }
                <text class="chart__tick" x="0" y={(axis_y + 16).to_string()}>{ "0" }</text>
                <text class="chart__tick" x={BAR_WIDTH.to_string()} y={(axis_y + 16).to_string()}
                    text-anchor="middle">{ "10" }</text>
            </svg>
        </figure>
    }
}
