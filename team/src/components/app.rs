//! The team view: loads the bank (the built-in one, or `banks/NAME.json` next to the assessment
//! page, as `equipe/?bank=NAME` or `config.json` says), then shows either the full results or
//! the workshop layout of one [`TeamState`], changed only through its reducer.

use crate::browser;
use crate::components::collect_panel::CollectPanel;
use crate::components::foreign_codes::ForeignCodes;
use crate::components::k_field::{k_field, KFieldProps};
use crate::components::results_view::{results_view, ResultsViewProps};
use crate::components::workshop_view::WorkshopView;
use crate::i18n::texts;
use crate::i18n::Texts;
use crate::state::{SharedBank, TeamAction, TeamState};
use assessment_core::bank_source::{link_query, page_folder, parent_folder, BankName, BankRequest};
use assessment_core::statement::{statement_file, STATEMENT_FOLDER};
use assessment_core::Lang;
use ui_shared::bank_source::{use_bank, BankSource, BankState};
use ui_shared::bank_status::{bank_failure, bank_loading, BankTexts};
use ui_shared::lang_loader::use_lang_loader;
use ui_shared::lang_switch::{lang_switch, offered_languages, LangSwitchProps};
use ui_shared::version_line::version_line;
use yew::prelude::*;

/// The sentences of the loading and failure views, in the team view's words.
fn bank_texts(t: &Texts) -> BankTexts {
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
pub fn App() -> Html {
    // The team view is `equipe/`, one folder below the assessment page, whose folder holds
    // `banks/` and `config.json`. No trial here: the check page tries banks on the page itself.
    let source = use_memo((), |_| BankSource {
        request: BankRequest::from_query(&browser::location_query(), false),
        folder: parent_folder(&page_folder(&browser::page_address())),
    });
    let state = use_bank(&source);
    let lang = use_memo((), |_| browser::initial_lang());
    let ready = matches!(*state, BankState::Ready(_));
    use_effect_with((*lang, ready), |(lang, ready)| {
        if !*ready {
            browser::set_document_lang(*lang, texts(*lang).doc_title);
        }
    });
    let t = texts(*lang);
    match &*state {
        BankState::Ready(loaded) => html! {
            <TeamPage bank={loaded.bank.clone()} lang={*lang} bank_link={loaded.from.link_name().cloned()}
                folder={source.folder.clone()} />
        },
        BankState::Failed(error) => html! {
            <div class="pi-app" lang={lang.code().to_string()} dir={lang.dir()}>
                <main class="pi-main">{ bank_failure(&bank_texts(t), error, *lang) }</main>
            </div>
        },
        BankState::Loading => html! {
            <div class="pi-app" lang={lang.code().to_string()} dir={lang.dir()}>
                <main class="pi-main">{ bank_loading(&bank_texts(t)) }</main>
            </div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct TeamPageProps {
    bank: SharedBank,
    /// The language to start in.
    lang: Lang,
    /// The bank links back to the assessment must name (`None`: the built-in one).
    bank_link: Option<BankName>,
    /// The widget's folder, where `banks/` and `config.json` are.
    folder: AttrValue,
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
                    <a href={format!("../?{}", link_query(lang.code(), props.bank_link.as_ref()))} class="team__back">{ t.back_to_assessment }</a>
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
                    <ForeignCodes feedback={state.feedback.clone()} bank={bank.clone()} {lang}
                        folder={props.folder.clone()} />
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
