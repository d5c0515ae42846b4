//! What the last addition did: accepted, duplicates, refused lines with their reason. Written
//! into a status region, so a screen reader hears it without moving focus.

use crate::i18n::texts;
use crate::state::Feedback;
use assessment_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Refused lines listed one by one; beyond this, a count (a pasted file of garbage must not
/// turn into thousands of list items).
const LISTED: usize = assessment_core::team::MAX_REJECTIONS_KEPT;

pub struct AddReportProps {
    pub lang: Lang,
    pub feedback: Option<Rc<Feedback>>,
    pub cleared: bool,
}

pub fn add_report(props: &AddReportProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let colon = texts(lang).colon;
    let body = match &props.feedback {
        _ if props.cleared => html! { <p>{ t.cleared }</p> },
        None => Html::default(),
        Some(feedback) => {
            let report = &feedback.report;
            // Rejections past the kept ones are only counted (core::team::MAX_REJECTIONS_KEPT).
            let hidden = report
                .rejected_count()
                .saturating_sub(LISTED.min(report.rejected.len()));
            html! {
                <>
                    <p class="team-report__summary">{ report.summary(lang) }</p>
                    <ul class="team-report__counts">
                        <li>{ t.accepted }{ colon }<strong data-accepted={report.accepted.to_string()}>{ report.accepted }</strong></li>
                        <li>{ t.duplicates }{ colon }<strong data-duplicates={report.duplicates.to_string()}>{ report.duplicates }</strong></li>
                    </ul>
                    if let Some(message) = report.migrated_message(lang) {
                        <p class="team-report__note" data-migrated="">{ message }</p>
                    }
                    if let Some(message) = report.same_nonce_message(lang) {
                        <p class="team-report__note" data-same-nonce="">{ message }</p>
                    }
                    if !report.rejected.is_empty() || !feedback.unreadable_files.is_empty() {
                        <p class="team-report__rejected-title">{ t.rejected_title }</p>
                        <ul class="team-report__rejected">
                            for rejected in report.rejected.iter().take(LISTED) {
                                <li data-rejected-line="">{ rejected.message(lang) }</li>
                            }
                            for name in feedback.unreadable_files.iter() {
                                <li data-rejected-line="">{ format!("{name} {}", t.file_unreadable) }</li>
                            }
                        </ul>
                        if hidden > 0 {
                            <p>{ format!("{hidden} {}", t.more_rejected) }</p>
                        }
                    }
                </>
            }
        }
    };
    html! {
        <div class="team-report" role="status" data-add-report="">{ body }</div>
    }
}
