//! The share link and the answer code of the current results.

use crate::browser;
use crate::components::heading::Heading;
use crate::i18n::team::team_texts;
use crate::i18n::texts;
use assessment_core::{Lang, Role};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub lang: Lang,
    pub code: AttrValue,
    pub url: AttrValue,
    /// The optional coarse role the link and code carry.
    pub role: Option<Role>,
    pub on_role: Callback<Option<Role>>,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let t = texts(props.lang);
    // None: not copied yet; Some(true): copied; Some(false): copy refused.
    let copied = use_state(|| None::<bool>);
    let link_input = use_node_ref();

    let copy = {
        let copied = copied.clone();
        let url = props.url.clone();
        let link_input = link_input.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let link_input = link_input.clone();
            browser::copy_text(
                &url,
                Callback::from(move |ok: bool| {
                    if !ok {
                        // Select the link so that Ctrl+C is all that is left to do.
                        if let Some(input) = link_input.cast::<HtmlInputElement>() {
                            input.select();
                        }
                    }
                    copied.set(Some(ok));
                }),
            );
        })
    };
    let select_all = Callback::from(|event: FocusEvent| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });

    let tt = team_texts(props.lang);
    let pick_role = props.on_role.reform(|event: Event| {
        event
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|select| Role::from_key(&select.value()))
    });

    html! {
        <div class="share" data-section="share">
            <Heading level={3}>{ t.share_title }</Heading>
            <p>{ t.share_lead }</p>
            <p class="notice" data-share-who-reads="">{ t.share_who_reads }</p>
            // The single file opened from disk: its links point to this computer's disk.
            if props.url.starts_with("file:") {
                <p class="notice" data-share-from-file="">{ t.share_from_file }</p>
            }
            <div class="field share__role">
                <label for="pi-share-role">{ tt.role_label }</label>
                <select id="pi-share-role" data-role="" aria-describedby="pi-share-role-hint" onchange={pick_role}>
                    <option value="" selected={props.role.is_none()}>{ tt.role_none }</option>
                    for role in Role::ALL {
                        <option value={role.key()} selected={props.role == Some(role)}>{ role.label(props.lang) }</option>
                    }
                </select>
                <p id="pi-share-role-hint" class="field__hint">{ tt.role_hint }</p>
            </div>
            <label for="pi-share-link">{ t.share_link_label }</label>
            <div class="share__row">
                <input id="pi-share-link" type="text" readonly=true class="share__link"
                    data-share-link="" value={props.url.clone()} ref={link_input} onfocus={select_all} />
                <button type="button" class="button button--primary" data-action="copy-link" onclick={copy}>
                    { t.copy_link }
                </button>
            </div>
            <p role="status" class="share__status">
                { match *copied { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
            <p class="share__code">
                { t.answer_code_label }{ " " }<code data-answer-code="">{ props.code.clone() }</code>
                <br />
                <span class="share__hint">{ t.answer_code_hint }</span>
            </p>
        </div>
    }
}
