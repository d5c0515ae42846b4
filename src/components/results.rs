//! One's own results screen: the results, the course's two reflective prompts, sharing,
//! keeping (exports, history, rendez-vous, pact), and "start again".

use crate::components::confirm_action::ConfirmAction;
use crate::components::keep_panel::KeepPanel;
use crate::components::reflection::{reflection, ReflectionProps};
use crate::components::results_body::ResultsBody;
use crate::components::share_panel::SharePanel;
use crate::components::stepper::{stepper, StepperProps};
use crate::components::team_link::TeamLink;
use crate::i18n::texts;
use crate::state::{SessionHandle, SharedBank};
use assessment_core::{encode_code, share_fragment, Action, Lang};
use yew::prelude::*;

pub struct ResultsProps {
    pub bank: SharedBank,
    pub lang: Lang,
    /// The session, shared by handle: cheap to pass and to compare.
    pub session: SessionHandle,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
    /// The address share links lead to, without fragment.
    pub share_base: AttrValue,
}

pub fn results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let session = &props.session;
    // The nonce is drawn when the results are first shown; until then there is no code.
    let share = session.nonce.map(|nonce| {
        let code = encode_code(&props.bank, &session.answers, nonce, session.role);
        let url = format!("{}{}", props.share_base, share_fragment(&code));
        (AttrValue::from(code), AttrValue::from(url))
    });

    html! {
        <section class="step results" data-step="results">
            { stepper(&StepperProps { lang, current: session.step_count(), total: session.step_count(), title: t.results_title.into(), heading: props.heading.clone(), next_title: None }) }
            <p class="step__summary">{ t.results_lead }</p>
            <ResultsBody bank={props.bank.clone()} {lang} answers={session.answers.clone()} />
            { reflection(&ReflectionProps { lang, notes: session.notes.clone(), on_action: props.on_action.clone() }) }
            if let Some((code, url)) = share {
                <SharePanel {lang} code={code} url={url.clone()} role={session.role}
                    on_role={props.on_action.reform(Action::SetRole)} />
                <TeamLink {lang} />
                <KeepPanel
                    bank={props.bank.clone()}
                    {lang}
                    session={session.clone()}
                    share_url={url}
                    on_action={props.on_action.clone()}
                />
            }
            <div class="step__nav">
                <button
                    type="button"
                    class="button button--secondary"
                    data-action="previous"
                    onclick={props.on_action.reform(|_| Action::Previous)}
                >
                    { t.edit_answers }
                </button>
                <ConfirmAction
                    action="restart"
                    class="button button--secondary"
                    label={t.restart}
                    question={t.restart_confirm_text}
                    confirm_label={t.restart_confirm}
                    cancel_label={t.restart_cancel}
                    on_confirm={props.on_action.reform(|()| Action::Restart)}
                />
            </div>
        </section>
    }
}
