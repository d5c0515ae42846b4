//! Loads the question bank, then hands over to the widget; a broken bank gets a sentence.

use crate::browser;
use crate::components::widget::Widget;
use crate::i18n::texts;
use crate::state::SharedBank;
use assessment_core::built_in_bank;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let bank = use_memo((), |_| {
        built_in_bank().map(|bank| SharedBank(Rc::new(bank)))
    });
    let lang = use_memo((), |_| browser::initial_lang());
    match &*bank {
        Ok(bank) => html! { <Widget bank={bank.clone()} initial_lang={*lang} /> },
        Err(error) => html! {
            <div class="pi-app">
                <p class="alert" role="alert">
                    { texts(*lang).bank_error }{ " " }{ error.to_string() }
                </p>
            </div>
        },
    }
}
