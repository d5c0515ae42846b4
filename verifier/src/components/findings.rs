//! Every error and warning of a checked file, worded by the core as on the command line, then
//! what a usable bank holds (id, version, languages, counts).

use crate::i18n::texts;
use crate::report::{bank_langs, error_place, error_text, own_name, warning_place, warning_text};
use crate::state::Checked;
use assessment_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

pub struct FindingsProps {
    pub lang: Lang,
    pub checked: Rc<Checked>,
}

pub fn findings(props: &FindingsProps) -> Html {
    let t = texts(props.lang);
    let check = &props.checked.check;
    let usable = check.is_usable();
    html! {
        <>
            if !check.errors.is_empty() {
                <section class="verifier__section" aria-labelledby="verifier-errors-title">
                    <h2 id="verifier-errors-title" class="pi-h2">{ t.errors_title }</h2>
                    <p class="field__hint">{ t.errors_lead }</p>
                    <ol class="verifier__errors" data-errors={check.errors.len().to_string()}>
                        for error in &check.errors {
                            { {
                                let (item, field) = error_place(error);
                                html! { <li data-error="" data-item={item} data-field={field}>{ error_text(error, props.lang) }</li> }
                            } }
                        }
                    </ol>
                </section>
            }
            if usable || !check.warnings.is_empty() {
                <section class="verifier__section" aria-labelledby="verifier-warnings-title">
                    <h2 id="verifier-warnings-title" class="pi-h2">{ t.warnings_title }</h2>
                    if check.warnings.is_empty() {
                        <p data-warnings="0">{ t.no_warning }</p>
                    } else {
                        <p class="field__hint">{ t.warnings_lead }</p>
                        <ol class="verifier__warnings" data-warnings={check.warnings.len().to_string()}>
                            for warning in &check.warnings {
                                { {
                                    let (item, field) = warning_place(warning);
                                    html! { <li data-warning="" data-item={item} data-field={field}>{ warning_text(warning, props.lang) }</li> }
                                } }
                            }
                        </ol>
                    }
                </section>
            }
            if let (true, Some(bank)) = (usable, &check.bank) {
                <section class="verifier__section" aria-labelledby="verifier-about-title">
                    <h2 id="verifier-about-title" class="pi-h2">{ t.about_title }</h2>
                    <dl class="verifier__facts">
                        <dt>{ t.bank_id }</dt>
                        <dd data-bank-id={bank.id.clone()}><code>{ &bank.id }</code></dd>
                        <dt>{ t.bank_version }</dt>
                        <dd data-bank-version={bank.version.to_string()}>{ bank.version }</dd>
                        <dt>{ t.bank_languages }</dt>
                        <dd data-bank-languages={bank_langs(bank).join(" ")}>{ bank_langs(bank).iter().map(|code| format!("{} ({code})", own_name(code))).collect::<Vec<_>>().join(", ") }</dd>
                        <dt>{ t.count_problems }</dt>
                        <dd data-count="problems">{ bank.problems.len() }</dd>
                        <dt>{ t.count_questions }</dt>
                        <dd data-count="questions">{ bank.problems.iter().map(|p| p.questions.len()).sum::<usize>() }</dd>
                        <dt>{ t.count_fixes }</dt>
                        <dd data-count="fixes">{ bank.problems.iter().map(|p| p.fixes.len()).sum::<usize>() }</dd>
                    </dl>
                </section>
            }
        </>
    }
}
