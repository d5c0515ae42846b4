//! On the hosted page, which is built without the "keep" tools to load fast, the way to them:
//! a link to the full version (`complet/`, next to this page), which opens the same saved
//! answers from this device's storage. The element and the single file are the full version.

use crate::browser;
use crate::i18n::texts;
use assessment_core::Lang;
use yew::prelude::*;

/// What the full version is opened for; each has its own words.
#[derive(Clone, Copy, PartialEq)]
pub enum Purpose {
    /// Exports, import, history, rendez-vous and pact, below the results.
    Keep,
    /// Resuming from an exported file, on the first screen.
    Resume,
    /// The list of past assessments.
    History,
    /// Comparing a shared result with one's own: the full version opens the same link.
    Compare,
}

pub struct FullVersionLinkProps {
    pub lang: Lang,
    pub purpose: Purpose,
}

/// The full version's address, keeping the page's parameters (an iframe's `embed=1`, `origin`…)
/// and, to compare, the shared result in the fragment.
fn full_version_href(purpose: Purpose) -> String {
    let fragment = match (purpose, browser::location_fragment()) {
        (Purpose::Compare, Some(fragment)) => format!("#{fragment}"),
        _ => String::new(),
    };
    format!("complet/{}{fragment}", browser::location_query())
}

pub fn full_version_link(props: &FullVersionLinkProps) -> Html {
    let t = texts(props.lang);
    let (label, hint) = match props.purpose {
        Purpose::Keep => (t.full_keep, Some(t.full_keep_hint)),
        Purpose::Resume => (t.full_resume, Some(t.full_resume_hint)),
        Purpose::History => (t.intro_show_history, None),
        Purpose::Compare => (t.compare_mine, Some(t.full_compare_hint)),
    };
    html! {
        <p class="full-version" data-full-version={match props.purpose {
            Purpose::Keep => "keep",
            Purpose::Resume => "resume",
            Purpose::History => "history",
            Purpose::Compare => "compare",
        }}>
            <a href={full_version_href(props.purpose)}>{ label }</a>
            if let Some(hint) = hint {
                <br />
                <span class="field__hint">{ hint }</span>
            }
        </p>
    }
}
