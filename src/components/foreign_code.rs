//! A share link made on another questionnaire: when that questionnaire is available next to
//! this page (the built-in one, or one `config.json` lists in `banks`), name it and offer to
//! open the results with it. Otherwise the share error's own sentence ("another questionnaire")
//! stays alone.

use crate::browser;
use crate::embedding::SharedEmbedding;
use crate::i18n::texts;
use crate::state::SharedBank;
use assessment_core::bank_source::BankName;
use assessment_core::{code_from_fragment, share_fragment, Lang};
use ui_shared::bank_source::bank_of_code;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ForeignCodeProps {
    /// The page's bank, which refused the code.
    pub bank: SharedBank,
    pub lang: Lang,
}

#[component]
pub fn ForeignCode(props: &ForeignCodeProps) -> Html {
    let embedding = use_context::<SharedEmbedding>();
    let found = use_state(|| None::<(BankName, String)>);
    use_effect_with(props.bank.clone(), {
        let found = found.clone();
        let folder = embedding.as_ref().map(|embedding| embedding.folder.clone());
        move |bank| {
            let fragment = browser::location_fragment();
            let code = fragment
                .as_deref()
                .and_then(code_from_fragment)
                .map(str::to_string);
            if let (Some(folder), Some(code)) = (folder, code) {
                let bank = bank.clone();
                yew::platform::spawn_local(async move {
                    if let Some(name) = bank_of_code(&folder, &code, &bank).await {
                        let link = format!("{folder}?bank={name}{}", share_fragment(&code));
                        found.set(Some((name, link)));
                    }
                });
            }
        }
    });
    let Some((name, link)) = &*found else {
        return Html::default();
    };
    let t = texts(props.lang);
    html! {
        <p data-code-bank={name.as_str().to_string()}>
            { t.code_other_bank.replace("{name}", name.as_str()) }{ " " }
            <a href={link.clone()} data-open-other-bank="">
                { t.code_open_other_bank.replace("{name}", name.as_str()) }
            </a>
        </p>
    }
}
