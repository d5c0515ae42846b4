//! The team's non-aggression pact on one printable page, after the course's answer to the
//! validation loop: six months of autonomy in exchange for full transparency, then a review.
//! Every field starts from the results and stays editable; edits are kept with the session.
//! Each field has a print-only copy of its text, because form fields clip text on paper.

use crate::browser;
use crate::components::footer::SEQUENCE_URL;
use crate::components::heading::Heading;
use crate::components::keep_panel::{review_date_field, review_day, today};
use crate::components::reflection::limit_status;
use crate::i18n::keep::{format_date, keep_texts};
use crate::i18n::texts;
use crate::state::{SessionHandle, SharedBank};
use assessment_core::{
    assess, recommend, Action, Lang, PactFields, Step, MAX_PACT_LONG_CHARS, MAX_PACT_SHORT_CHARS,
};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PactViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    /// The session, shared by handle: cheap to pass and to compare.
    pub session: SessionHandle,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

/// One editable field of the pact.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Team,
    Sponsor,
    Date,
    Autonomy,
    Transparency,
    Commitments,
}

impl Field {
    /// The `data-pact-field` hook, also used in element ids.
    fn key(self) -> &'static str {
        match self {
            Field::Team => "team",
            Field::Sponsor => "sponsor",
            Field::Date => "date",
            Field::Autonomy => "autonomy",
            Field::Transparency => "transparency",
            Field::Commitments => "commitments",
        }
    }

    fn slot(self, pact: &mut PactFields) -> &mut String {
        match self {
            Field::Team => &mut pact.team,
            Field::Sponsor => &mut pact.sponsor,
            Field::Date => &mut pact.date,
            Field::Autonomy => &mut pact.autonomy,
            Field::Transparency => &mut pact.transparency,
            Field::Commitments => &mut pact.commitments,
        }
    }
}

#[component]
pub fn PactView(props: &PactViewProps) -> Html {
    let lang = props.lang;
    let (t, k) = (texts(lang), keep_texts(lang));
    let start_here = || {
        let (bank, answers) = (&props.bank, &props.session.answers);
        recommend(bank, answers, &assess(bank, answers))
            .start_here()
            .iter()
            .map(|r| format!("– {}", bank.fix(r.fix).title.get(lang)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let review = review_day(&props.session);

    let field = |field: Field, label: &'static str| {
        let key = field.key();
        let mut pact = props.session.pact.clone();
        let stored = field.slot(&mut pact).clone();
        let text = match field {
            _ if !stored.is_empty() => stored,
            Field::Date => format_date(lang, today()),
            Field::Autonomy => k.default_autonomy.to_string(),
            Field::Transparency => k.default_transparency.to_string(),
            Field::Commitments => start_here(),
            Field::Team | Field::Sponsor => String::new(),
        };
        let oninput = {
            let on_action = props.on_action.clone();
            Callback::from(move |event: InputEvent| {
                let value = event
                    .target_dyn_into::<HtmlInputElement>()
                    .map(|input| input.value())
                    .or_else(|| {
                        event
                            .target_dyn_into::<HtmlTextAreaElement>()
                            .map(|area| area.value())
                    });
                if let Some(value) = value {
                    let mut next = pact.clone();
                    *field.slot(&mut next) = value;
                    on_action.emit(Action::SetPact(next));
                }
            })
        };
        let id = format!("pi-pact-{key}");
        let long = matches!(
            field,
            Field::Autonomy | Field::Transparency | Field::Commitments
        );
        let limit = if long {
            MAX_PACT_LONG_CHARS
        } else {
            MAX_PACT_SHORT_CHARS
        };
        let limit_id = format!("{id}-limit");
        html! {
            <div class={classes!("field", "pact__field", format!("pact__field--{key}"))}>
                <label for={id.clone()}>{ label }</label>
                if long {
                    <textarea {id} rows="4" data-pact-field={key} maxlength={limit.to_string()}
                        aria-describedby={limit_id.clone()} value={text.clone()} {oninput} />
                } else {
                    <input {id} type="text" data-pact-field={key} maxlength={limit.to_string()}
                        aria-describedby={limit_id.clone()} value={text.clone()} {oninput} />
                }
                { limit_status(&limit_id, &text, limit, lang) }
                <p class="print-only pact__print">{ text }</p>
            </div>
        }
    };

    html! {
        <section class="step pact" data-step="pact">
            <Heading level={2} focus={props.heading.clone()}>{ k.pact_title }</Heading>
            <p class="pact__intro">
                { k.pact_intro }{ " " }
                <a href={SEQUENCE_URL} target="_blank" rel="noopener noreferrer">
                    { t.sequence_link }
                    <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                </a>
            </p>
            <p class="pact__hint">{ k.pact_hint }</p>
            <div class="pact__parties">
                { field(Field::Team, k.pact_team) }
                { field(Field::Sponsor, k.pact_sponsor) }
                { field(Field::Date, k.pact_date) }
            </div>
            { field(Field::Autonomy, k.pact_autonomy) }
            { field(Field::Transparency, k.pact_transparency) }
            { field(Field::Commitments, k.pact_commitments) }
            <div class="pact__field">
                { review_date_field(lang, review, true, &props.on_action) }
                <p class="print-only pact__print">{ format_date(lang, review) }</p>
            </div>
            <div class="pact__signatures">
                for title in [k.sign_team, k.sign_sponsor] {
                    <div class="pact__signature">
                        <p class="pact__signature-title">{ title }</p>
                        <p class="pact__signature-hint">{ k.sign_hint }</p>
                    </div>
                }
            </div>
            <div class="step__nav">
                <button type="button" class="button button--secondary" data-action="back-to-results"
                    onclick={props.on_action.reform(|_| Action::Show(Step::Results))}>
                    { k.back }
                </button>
                <button type="button" class="button button--primary" data-action="print-pact"
                    onclick={Callback::from(|_| browser::print())}>
                    { k.print_pact }
                </button>
            </div>
        </section>
    }
}
