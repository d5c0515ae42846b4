//! A readable preview of a usable bank in one of its languages: every problem with its summary,
//! lesson and story, its questions (polarity in words, the answers that trigger their fixes and
//! which fixes), and its fixes with their source and link. Every text of the bank is rendered as
//! text (Yew escapes it), carries its language, and a link is clickable only when it is
//! `https://` or relative.

use crate::i18n::{fill, texts};
use crate::report::{bank_langs, fixes_of, is_clickable_link, worrying_answers_text};
use assessment_core::labels::polarity_label;
use assessment_core::{Bank, Fix, Lang, Problem, Question};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub struct PreviewProps<'a> {
    pub lang: Lang,
    pub preview_lang: Lang,
    pub bank: &'a Bank,
    pub on_preview_lang: Callback<Lang>,
}

/// A language by its own name, as people look for it.
fn own_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Français",
        Lang::En => "English",
    }
}

/// "Label : " in the page's language.
fn label(text: &str, lang: Lang) -> String {
    format!("{text}{}", texts(lang).colon)
}

pub fn preview(props: &PreviewProps) -> Html {
    let t = texts(props.lang);
    let on_change = props.on_preview_lang.reform(|event: Event| {
        event
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|select| Lang::from_tag(&select.value()))
            .unwrap_or_default()
    });
    html! {
        <section class="verifier__section verifier__preview" aria-labelledby="verifier-preview-title">
            <h2 id="verifier-preview-title" class="pi-h2">{ t.preview_title }</h2>
            <p class="field__hint">{ t.preview_lead }</p>
            <div class="field">
                <label for="verifier-preview-lang">{ t.preview_lang }</label>
                <select id="verifier-preview-lang" data-preview-lang-select="" onchange={on_change}>
                    for choice in bank_langs(props.bank) {
                        <option value={choice.code()} lang={choice.code()}
                            selected={choice == props.preview_lang}>{ own_name(choice) }</option>
                    }
                </select>
            </div>
            <div data-preview={props.preview_lang.code()}>
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
    let code = props.preview_lang.code();
    let text = |value: &assessment_core::Text| value.get(props.preview_lang).to_string();
    let heading = format!("verifier-problem-{}", problem.id);
    html! {
        <article class="verifier-problem" data-preview-problem={problem.id.clone()} aria-labelledby={heading.clone()}>
            <h3 id={heading} class="pi-h3">
                <span lang={code}>{ text(&problem.label) }</span>
                { " " }<span class="verifier__id">{ format!("({})", problem.id) }</span>
            </h3>
            <p><strong>{ label(t.summary, lang) }</strong><span lang={code}>{ text(&problem.summary) }</span></p>
            <p><strong>{ label(t.lesson, lang) }</strong><span lang={code}>{ text(&problem.lesson) }</span></p>
            if let Some(story) = &problem.story {
                <p><strong>{ label(t.story, lang) }</strong><span lang={code}>{ text(story) }</span></p>
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

fn question_view(props: &PreviewProps, question: &Question) -> Html {
    let t = texts(props.lang);
    let lang = props.lang;
    let code = props.preview_lang.code();
    let polarity = polarity_label(lang, question.polarity);
    let polarity = {
        let mut chars = polarity.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    let polarity_key = match question.polarity {
        assessment_core::Polarity::Symptom => "symptom",
        assessment_core::Polarity::Practice => "practice",
    };
    html! {
        <li class="verifier-question" data-preview-question={question.id.clone()}>
            <p class="verifier-question__text">
                <span class="verifier__id">{ &question.id }</span>{ " " }
                <span lang={code}>{ question.text.get(props.preview_lang) }</span>
            </p>
            <p class="verifier-question__meta">
                <span data-polarity={polarity_key}>{ polarity }</span>{ ". " }
                { fill(t.triggers_on, &[("answers", &worrying_answers_text(question.polarity, lang))]) }
            </p>
            <ul class="verifier-question__fixes">
                for fix in fixes_of(props.bank, question) {
                    <li data-triggers={fix.id.clone()}>
                        <span class="verifier__id">{ &fix.id }</span>{ " " }
                        <span lang={code}>{ fix.title.get(props.preview_lang) }</span>
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
    let code = props.preview_lang.code();
    html! {
        <li class="verifier-fix" data-preview-fix={fix.id.clone()}>
            <p class="verifier-fix__title">
                <span class="verifier__id">{ &fix.id }</span>{ " " }
                <strong lang={code}>{ fix.title.get(props.preview_lang) }</strong>
            </p>
            <p lang={code}>{ fix.detail.get(props.preview_lang) }</p>
            <p class="verifier-fix__source">
                { label(t.source, lang) }<span lang={code}>{ fix.source.get(props.preview_lang) }</span>
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
