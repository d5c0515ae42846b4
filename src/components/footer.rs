//! Credits, the privacy promise and the release version, on every screen (the page, the iframe,
//! the element and the single file are one app, so they share this footer).

use crate::components::confirm_action::ConfirmAction;
use crate::i18n::texts;
use assessment_core::Lang;
use ui_shared::version_line::version_line;
use yew::prelude::*;

/// The course's landing page.
pub const COURSE_URL: &str = "https://beta.gouv.fr/approche/formation/mooc";
/// The course's sequence on imaginary problems.
pub const SEQUENCE_URL: &str =
    "https://beta.gouv.fr/approche/formation/mooc/sequence-4-survivre-milieu-hostile.html";

pub struct FooterProps {
    pub lang: Lang,
    /// Whether it is the page's footer landmark; not inside a host's page.
    pub landmark: bool,
    /// Deletes everything kept on this device.
    pub on_forget_all: Callback<()>,
    /// The host origin the scores will be sent to, when an iframe's host opted in: the page
    /// says so before it happens.
    pub sends_scores_to: Option<String>,
    /// The accessibility statement's address (see `assessment_core::statement`).
    pub statement: String,
    /// Whether the statement opens in a new window: from an iframe or a host's page, where
    /// following it in place would replace the widget or the host's page.
    pub statement_in_new_window: bool,
}

pub fn footer(props: &FooterProps) -> Html {
    let t = texts(props.lang);
    html! {
        <@{if props.landmark { "footer" } else { "div" }} class="pi-footer">
            <p>
                { t.footer_credit }{ " " }
                <a href={COURSE_URL} target="_blank" rel="noopener noreferrer">
                    { t.course_link }
                    <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                </a>
            </p>
            <p>{ t.footer_privacy }</p>
            <p>
                if props.statement_in_new_window {
                    <a href={props.statement.clone()} data-statement-link="" target="_blank" rel="noopener noreferrer">
                        { t.statement_link }
                        <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                    </a>
                } else {
                    <a href={props.statement.clone()} data-statement-link="">{ t.statement_link }</a>
                }
            </p>
            if let Some(origin) = &props.sends_scores_to {
                <p data-sends-scores={origin.clone()}>{ t.sends_scores.replace("{origin}", origin) }</p>
            }
            <ConfirmAction
                action="delete-data"
                class="link-button"
                label={t.delete_data}
                question={t.delete_data_confirm_text}
                confirm_label={t.delete_data_confirm}
                cancel_label={t.restart_cancel}
                done_message={t.delete_data_done}
                on_confirm={props.on_forget_all.clone()}
            />
            { version_line() }
        </@>
    }
}
