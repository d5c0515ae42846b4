//! Loads the question bank (the built-in one, or `banks/NAME.json`), then hands over to the
//! widget. While it loads, a short status; when it cannot be loaded, one sentence and a detail
//! for the administrator: never a half-loaded questionnaire, nor the built-in one in its place.

use crate::browser;
use crate::embedding::SharedEmbedding;
use crate::i18n::{texts, Texts};
use std::rc::Rc;
use ui_shared::bank_source::{use_bank, BankSource, BankState};
use ui_shared::bank_status::{bank_failure, bank_loading, BankTexts};
use yew::prelude::*;

use crate::components::widget::Widget;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub embedding: SharedEmbedding,
    pub bank_source: BankSource,
}

/// The sentences of the loading and failure views, in the page's words.
pub fn bank_texts(t: &Texts) -> BankTexts {
    BankTexts {
        loading: t.bank_loading,
        failed: t.bank_failed,
        trial_failed: t.bank_trial_failed,
        no_trial: t.bank_no_trial,
        name_invalid: t.bank_name_invalid,
        detail_title: t.bank_detail_title,
        name_rule: t.bank_name_rule,
        in_address: t.bank_in_address,
        in_attribute: t.bank_in_attribute,
        in_config: t.bank_in_config,
        file: t.bank_file,
        http: t.bank_http,
        network: t.bank_network,
        too_large: t.bank_too_large,
        faulty: t.bank_faulty,
        check_hint: t.bank_check_hint,
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = use_memo((), {
        let asked = props.embedding.lang();
        move |_| asked.unwrap_or_else(browser::initial_lang)
    });
    let state = use_bank(&props.bank_source);
    // The widget's embedding once the bank is known: its storage key and links follow the bank.
    let ready = use_memo((*state).clone(), {
        let embedding = props.embedding.clone();
        move |state| match state {
            BankState::Ready(loaded) => Some((
                loaded.bank.clone(),
                SharedEmbedding(Rc::new(embedding.with_bank(&loaded.from, &loaded.bank.id))),
            )),
            BankState::Loading | BankState::Failed(_) => None,
        }
    });
    // Until the widget takes over, the page still says which language it is in.
    let owns_document = props.embedding.owns_document();
    use_effect_with((*lang, ready.is_some()), move |(lang, ready)| {
        if owns_document && !*ready {
            browser::set_document_lang(*lang, texts(*lang).app_title);
        }
    });

    let t = texts(*lang);
    match (&*ready, &*state) {
        (Some((bank, embedding)), _) => html! {
            <ContextProvider<SharedEmbedding> context={embedding.clone()}>
                <Widget bank={bank.clone()} initial_lang={*lang} embedding={embedding.clone()} />
            </ContextProvider<SharedEmbedding>>
        },
        (None, BankState::Failed(error)) => html! {
            <div class="pi-app" lang={lang.code().to_string()} dir={lang.dir()}>
                <@{if owns_document { "main" } else { "div" }} class="pi-main">
                    { bank_failure(&bank_texts(t), error, *lang) }
                </@>
            </div>
        },
        (None, _) => html! {
            <div class="pi-app" lang={lang.code().to_string()} dir={lang.dir()}>
                <@{if owns_document { "main" } else { "div" }} class="pi-main">
                    { bank_loading(&bank_texts(t)) }
                </@>
            </div>
        },
    }
}
