//! What imaginary problems are, how long it takes, and that answers stay here.

use crate::components::footer::{COURSE_URL, SEQUENCE_URL};
use crate::components::heading::Heading;
use crate::components::keep_panel::{ImportField, ImportKind};
use crate::components::team_link::TeamLink;
use crate::i18n::texts;
use crate::state::SharedBank;
use assessment_core::bank_source::STANDARD_BANK_ID;
use assessment_core::{Action, Lang, Step};
use yew::prelude::*;

pub struct IntroProps {
    pub bank: SharedBank,
    pub lang: Lang,
    /// Whether past assessments are kept on this device (then the history is one click away).
    pub has_history: bool,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

pub fn intro(props: &IntroProps) -> Html {
    let t = texts(props.lang);
    // The intro's counts are the course bank's; another bank says its own.
    let how = if props.bank.id == STANDARD_BANK_ID {
        t.intro_how.to_string()
    } else {
        t.intro_how_custom
            .replace("{questions}", &props.bank.question_count().to_string())
            .replace("{problems}", &props.bank.problems.len().to_string())
    };
    html! {
        <section class="step intro" data-step="intro" aria-labelledby="pi-intro-title">
            <Heading level={2} id="pi-intro-title" focus={props.heading.clone()}>{ t.intro_lead }</Heading>
            <p>{ t.intro_why }</p>
            <p data-intro-how="">{ how }</p>
            <p>{ t.intro_duration }</p>
            <p class="notice">{ t.intro_privacy }</p>
            <button
                type="button"
                class="button button--primary"
                data-action="start"
                onclick={props.on_action.reform(|_| Action::Start)}
            >
                { t.start }
            </button>
            <div class="intro__resume" data-section="resume-from-file">
                <Heading level={3}>{ t.intro_resume }</Heading>
                <ImportField bank={props.bank.clone()} lang={props.lang} kind={ImportKind::Result} on_action={props.on_action.clone()} />
                <ImportField bank={props.bank.clone()} lang={props.lang} kind={ImportKind::History} on_action={props.on_action.clone()} />
            </div>
            if props.has_history {
                <p>
                    <button type="button" class="link-button" data-action="show-history"
                        onclick={props.on_action.reform(|_| Action::Show(Step::History))}>
                        { t.intro_show_history }
                    </button>
                </p>
            }
            <TeamLink lang={props.lang} />
            <p class="credit">{ t.intro_credit }</p>
            <ul class="credit-links">
                <li>
                    <a href={COURSE_URL} target="_blank" rel="noopener noreferrer">
                        { t.course_link }
                        <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                    </a>
                </li>
                <li>
                    <a href={SEQUENCE_URL} target="_blank" rel="noopener noreferrer">
                        { t.sequence_link }
                        <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                    </a>
                </li>
            </ul>
        </section>
    }
}
