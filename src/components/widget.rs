//! Owns the session and shows the screen for the current step.

use crate::browser;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::intro::Intro;
use crate::components::problem_step::ProblemStep;
use crate::components::results::Results;
use crate::i18n::texts;
use crate::state::{SessionState, SharedBank};
use assessment_core::{Action, Lang, Session, Step};
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub bank: SharedBank,
    pub initial_lang: Lang,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let session = {
        let bank = props.bank.clone();
        let lang = props.initial_lang;
        use_reducer(move || SessionState(Session::new(&bank, lang)))
    };
    let heading = use_node_ref();
    let on_action = {
        let dispatcher = session.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };

    use_effect_with(session.lang, |lang| {
        browser::set_document_lang(*lang, texts(*lang).app_title);
    });

    // Moving to another step moves focus to its heading, so keyboard and screen-reader users
    // start reading at the top of the new content. The first render keeps focus where the
    // host page left it.
    let first_render = use_mut_ref(|| true);
    use_effect_with(session.step, {
        let heading = heading.clone();
        move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(element) = heading.cast::<HtmlElement>() {
                // Focus can only fail on a detached element; nothing useful to do then.
                let _ = element.focus();
            }
        }
    });

    let lang = session.lang;
    let screen = match session.step {
        Step::Intro => html! {
            <Intro {lang} heading={heading.clone()} on_action={on_action.clone()} />
        },
        Step::Problem(at) => html! {
            <ProblemStep
                key={at}
                bank={props.bank.clone()}
                problem={at}
                {lang}
                answers={session.answers.clone()}
                step_count={session.step_count()}
                heading={heading.clone()}
                on_action={on_action.clone()}
            />
        },
        Step::Results => html! {
            <Results
                bank={props.bank.clone()}
                {lang}
                answers={session.answers.clone()}
                notes={session.notes.clone()}
                step_count={session.step_count()}
                heading={heading.clone()}
                on_action={on_action.clone()}
            />
        },
    };

    html! {
        <div class="pi-app" lang={lang.code()}>
            <Header {lang} on_action={on_action.clone()} />
            <main class="pi-main">{ screen }</main>
            <Footer {lang} />
        </div>
    }
}
