//! The team view: loads the bank, then shows either the full results or the workshop layout
//! of one [`TeamState`], changed only through its reducer.

use crate::browser;
use crate::components::collect_panel::CollectPanel;
use crate::components::k_field::{k_field, KFieldProps};
use crate::components::results_view::{results_view, ResultsViewProps};
use crate::components::workshop_view::WorkshopView;
use crate::i18n::texts;
use crate::state::{SharedBank, TeamAction, TeamState};
use assessment_core::statement::{statement_file, STATEMENT_FOLDER};
use assessment_core::{built_in_bank, Lang};
use std::rc::Rc;
use ui_shared::lang_loader::use_lang_loader;
use ui_shared::lang_switch::{lang_switch, offered_languages, LangSwitchProps};
use ui_shared::version_line::version_line;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let bank = use_memo((), |_| {
        built_in_bank().map(|bank| SharedBank(Rc::new(bank)))
    });
    let lang = use_memo((), |_| browser::initial_lang());
    match &*bank {
        Ok(bank) => html! { <TeamPage bank={bank.clone()} lang={*lang} /> },
        Err(error) => html! {
            <div class="pi-app">
                <p class="alert" role="alert">{ texts(*lang).bank_error }{ " " }{ error.to_string() }</p>
            </div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct TeamPageProps {
    bank: SharedBank,
    /// The language to start in.
    lang: Lang,
}

#[component]
fn TeamPage(props: &TeamPageProps) -> Html {
    let state = use_reducer({
        let bank = props.bank.clone();
        let lang = props.lang;
        move || TeamState::new(bank, lang)
    });
    use_effect_with(state.lang, move |lang| {
        browser::set_document_lang(*lang, texts(*lang).doc_title)
    });

    let dispatcher = state.dispatcher();
    let on_input = dispatcher.to_callback();
    let on_k = dispatcher.to_callback().reform(TeamAction::SetK);
    // The team view sits in equipe/, next to the assessment page's i18n/ folder.
    let (lang_load, on_lang) = use_lang_loader(
        state.lang,
        "../".to_string(),
        dispatcher.to_callback().reform(TeamAction::SetLang),
    );
    let toggle_workshop = dispatcher
        .to_callback()
        .reform(|_: MouseEvent| TeamAction::ToggleWorkshop);
    let reveal = dispatcher
        .to_callback()
        .reform(|_: MouseEvent| TeamAction::Reveal);

    let bank = &props.bank;
    let lang = state.lang;
    let t = texts(lang);
    let people = state.people();
    let in_room = state.workshop && state.revealed && state.result.is_some();

    html! {
        <div class={classes!("pi-app", "team", in_room.then_some("team--room"))} lang={lang.code().to_string()} dir={lang.dir()}>
            <a class="skip-link" href="#pi-main" data-skip-link="">{ t.skip_to_content }</a>
            <header class="pi-header">
                <h1 class="pi-header__title">{ t.app_title }</h1>
                { lang_switch(&LangSwitchProps {
                    lang,
                    offered: offered_languages(bank, lang),
                    group_label: t.language_group,
                    load: lang_load,
                    loading_text: t.loading_language,
                    failed_text: t.language_failed,
                    on_lang,
                }) }
            </header>
            <main class="pi-main" id="pi-main" tabindex="-1">
                <div class="team__toolbar no-print">
                    <a href={format!("../?lang={}", lang.code())} class="team__back">{ t.back_to_assessment }</a>
                    <button type="button" class="button button--secondary" data-action="workshop"
                        aria-pressed={if state.workshop { "true" } else { "false" }}
                        aria-describedby="team-workshop-hint" onclick={toggle_workshop}>
                        { t.workshop }
                    </button>
                    <span id="team-workshop-hint" class="field__hint">{ t.workshop_hint }</span>
                </div>
                if in_room {
                    if let Some(result) = state.result.clone() {
                        <WorkshopView bank={bank.clone()} {lang} {result} />
                    }
                } else {
                    <p class="team__lead">{ t.lead }</p>
                    <p class="notice">{ t.privacy }</p>
                    <CollectPanel {lang} people={people} feedback={state.feedback.clone()}
                        cleared={state.cleared} on_input={on_input} />
                    { k_field(&KFieldProps { lang, k: state.k, raised: state.k_raised, on_k }) }
                    if state.workshop {
                        <section class="team__waiting" data-workshop="collecting" aria-labelledby="team-waiting-title">
                            <h2 id="team-waiting-title" class="pi-h2">{ t.workshop }</h2>
                            <p class="team__received" data-received={people.to_string()}>
                                <strong>{ people }</strong>{ " " }{ if people == 1 { t.received_one } else { t.received } }
                            </p>
                            <button type="button" class="button button--primary" data-action="reveal"
                                disabled={people == 0} onclick={reveal}>
                                { t.reveal }
                            </button>
                        </section>
                    } else {
                        { results_view(&ResultsViewProps { bank: bank.clone(), lang, result: state.result.clone() }) }
                    }
                }
            </main>
            <footer class="pi-footer">
                <p class="no-print">
                    // The statement sits next to the assessment page, one folder up.
                    <a href={format!("../{STATEMENT_FOLDER}{}", statement_file(lang))} data-statement-link="">
                        { t.statement_link }
                    </a>
                </p>
                { version_line() }
            </footer>
        </div>
    }
}
