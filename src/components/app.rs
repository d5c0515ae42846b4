//! Loads the question bank, then hands over to the widget; a broken bank gets a sentence.

use crate::browser;
use crate::components::widget::Widget;
use crate::embedding::SharedEmbedding;
use crate::i18n::texts;
use crate::state::SharedBank;
use assessment_core::built_in_bank;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub embedding: SharedEmbedding,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let bank = use_memo((), |_| {
        built_in_bank().map(|bank| SharedBank(Rc::new(bank)))
    });
    let lang = use_memo((), {
        let asked = props.embedding.lang();
        move |_| asked.unwrap_or_else(browser::initial_lang)
    });
    let content = match &*bank {
        Ok(bank) => {
            html! { <Widget bank={bank.clone()} initial_lang={*lang} embedding={props.embedding.clone()} /> }
        }
        Err(error) => html! {
            <div class="pi-app">
                <p class="alert" role="alert">
                    { texts(*lang).bank_error }{ " " }{ error.to_string() }
                </p>
            </div>
        },
    };
    html! {
        <ContextProvider<SharedEmbedding> context={props.embedding.clone()}>
            { content }
        </ContextProvider<SharedEmbedding>>
    }
}
