//! A readable preview of a usable bank in one of its languages: every problem with its summary,
//! lesson and story, its questions (polarity in words, the answers that trigger their fixes and
//! which fixes), and its fixes with their source and link. Every text of the bank is rendered as
//! text (Yew escapes it) and carries the language it is in (the bank's default language when a
//! translation is missing, which is said); a link is clickable only when it is `https://` or
//! relative.

use crate::i18n::{fill, texts};
use crate::report::{
    bank_langs, fixes_of, is_clickable_link, own_name, text_in, worrying_answers_text,
};
use assessment_core::labels::polarity_label;
use assessment_core::{Bank, Fix, Lang, Polarity, Problem, Question, Text};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub struct PreviewProps<'a> {
    pub lang: Lang,
    /// The preview's language, by its code.
    pub preview_lang: &'a str,
    pub bank: &'a Bank,
    pub on_preview_lang: Callback<String>,
}

/// "Label : " in the page's language.
fn label(text: &str, lang: Lang) -> String {
    format!("{text}{}", texts(lang).colon)
}

/// A bank text in the preview's language, in an element of its own language; a missing
/// translation shows the default language's text, marked.
fn bank_text(props: &PreviewProps, text: &Text) -> Html {
    let shown = text_in(text, props.preview_lang);
    html! {
        <>
            <span lang={shown.lang.to_string()}>{ shown.text }</span>
            if shown.missing {
                { " " }<em class="verifier__missing" data-missing-translation="">{ texts(props.lang).missing_translation }</em>
            }
        </>
    }
}

pub fn preview(props: &PreviewProps) -> Html {
    let t = texts(props.lang);
    let on_change = props.on_preview_lang.reform(|event: Event| {
        event
            .target_dyn_into::<HtmlSelectElement>()
            .map(|select| select.value())
            .unwrap_or_default()
    });
    html! {
        <section class="verifier__section verifier__preview" aria-labelledby="verifier-preview-title">
            <h2 id="verifier-preview-title" class="pi-h2">{ t.preview_title }</h2>
            <p class="field__hint">{ t.preview_lead }</p>
            <div class="field">
                <label for="verifier-preview-lang">{ t.preview_lang }</label>
                <select id="verifier-preview-lang" data-preview-lang-select="" onchange={on_change}>
                    for code in bank_langs(props.bank) {
                        <option value={code.clone()} lang={code.clone()}
                            selected={code == props.preview_lang}>{ own_name(code) }</option>
                    }
                </select>
            </div>
            <div data-preview={props.preview_lang.to_string()}>
                for problem in &props.bank.problems {
                    { problem_view(props, problem) }
                }
            </div>
        </section>
    }
}

fn problem_view(props: &PreviewProps, problem: &Problem) -> Html {
    let t = texts(props.lang);
    let lang = props.lang;
    let heading = format!("verifier-problem-{}", problem.id);
    html! {
        <article class="verifier-problem" data-preview-problem={problem.id.clone()} aria-labelledby={heading.clone()}>
            <h3 id={heading} class="pi-h3">
                { bank_text(props, &problem.label) }
                { " " }<span class="verifier__id">{ format!("({})", problem.id) }</span>
            </h3>
            <p><strong>{ label(t.summary, lang) }</strong>{ bank_text(props, &problem.summary) }</p>
            <p><strong>{ label(t.lesson, lang) }</strong>{ bank_text(props, &problem.lesson) }</p>
            if let Some(story) = &problem.story {
                <p><strong>{ label(t.story, lang) }</strong>{ bank_text(props, story) }</p>
            }
            <h4 class="pi-h4">{ t.questions }</h4>
            <ol class="verifier-problem__questions">
                for question in &problem.questions {
                    { question_view(props, question) }
                }
            </ol>
            <h4 class="pi-h4">{ t.fixes }</h4>
            <ul class="verifier-problem__fixes">
                for fix in &problem.fixes {
                    { fix_view(props, fix) }
                }
            </ul>
        </article>
    }
}

/// "Symptôme", "Pratique protectrice": the core's word, capitalised to open a sentence.
fn polarity_word(lang: Lang, polarity: Polarity) -> String {
    let word = polarity_label(lang, polarity);
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn question_view(props: &PreviewProps, question: &Question) -> Html {
    let t = texts(props.lang);
    let lang = props.lang;
    let polarity_key = match question.polarity {
        Polarity::Symptom => "symptom",
        Polarity::Practice => "practice",
    };
    html! {
        <li class="verifier-question" data-preview-question={question.id.clone()}>
            <p class="verifier-question__text">
                <span class="verifier__id">{ &question.id }</span>{ " " }
                { bank_text(props, &question.text) }
            </p>
            <p class="verifier-question__meta">
                <span data-polarity={polarity_key}>{ polarity_word(lang, question.polarity) }</span>{ ". " }
                { fill(t.triggers_on, &[("answers", &worrying_answers_text(question.polarity, lang))]) }
            </p>
            <ul class="verifier-question__fixes">
                for fix in fixes_of(props.bank, question) {
                    <li data-triggers={fix.id.clone()}>
                        <span class="verifier__id">{ &fix.id }</span>{ " " }
                        { bank_text(props, &fix.title) }
                    </li>
                }
            </ul>
            if !question.origin.is_empty() {
                <p class="field__hint">{ label(t.origin, lang) }{ &question.origin }</p>
            }
        </li>
    }
}

fn fix_view(props: &PreviewProps, fix: &Fix) -> Html {
    let t = texts(props.lang);
    let lang = props.lang;
    html! {
        <li class="verifier-fix" data-preview-fix={fix.id.clone()}>
            <p class="verifier-fix__title">
                <span class="verifier__id">{ &fix.id }</span>{ " " }
                <strong>{ bank_text(props, &fix.title) }</strong>
            </p>
            <p>{ bank_text(props, &fix.detail) }</p>
            <p class="verifier-fix__source">
                { label(t.source, lang) }{ bank_text(props, &fix.source) }
            </p>
            <p class="verifier-fix__link">
                { label(t.link, lang) }
                if is_clickable_link(&fix.url) {
                    <a href={fix.url.clone()} rel="noopener noreferrer" data-source-link="">{ &fix.url }</a>
                } else {
                    <code data-unclickable-link="">{ &fix.url }</code>{ " " }{ t.link_not_clickable }
                }
            </p>
        </li>
    }
}
