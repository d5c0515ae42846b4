//! "Étape 2 sur 5" with a segmented bar and the next step's name. It informs; it does not
//! navigate (the previous/next buttons do).

use crate::components::heading::Heading;
use crate::i18n::{step_of, texts};
use assessment_core::Lang;
use yew::prelude::*;

pub struct StepperProps {
    pub lang: Lang,
    /// 1-based number of the current step.
    pub current: usize,
    pub total: usize,
    pub title: AttrValue,
    /// Name of the next step, if any.
    pub next_title: Option<AttrValue>,
    pub heading: NodeRef,
}

pub fn stepper(props: &StepperProps) -> Html {
    let t = texts(props.lang);
    html! {
        <div class="stepper">
            <Heading level={2} class="stepper__title" focus={props.heading.clone()}>
                <span class="stepper__state">{ step_of(props.lang, props.current, props.total) }</span>
                { props.title.clone() }
            </Heading>
            <div class="stepper__steps" aria-hidden="true">
                for number in 1..=props.total {
                    <span class={classes!(
                        "stepper__segment",
                        (number < props.current).then_some("is-done"),
                        (number == props.current).then_some("is-current"),
                    )}></span>
                }
            </div>
            if let Some(next) = &props.next_title {
                <p class="stepper__details">
                    <span class="stepper__details-label">{ t.next_step }</span>{ " " }{ next.clone() }
                </p>
            }
        </div>
    }
}
