//! The anonymity threshold *k*: at least 3, raised with a sentence when set lower.

use crate::i18n::texts;
use assessment_core::team::MIN_K;
use assessment_core::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct KFieldProps {
    pub lang: Lang,
    /// The threshold applied.
    pub k: usize,
    /// The last value asked for was below 3 (or not a number) and was raised.
    pub raised: bool,
    /// The value asked for; `None` when it is not a whole number.
    pub on_k: Callback<Option<usize>>,
}

pub fn k_field(props: &KFieldProps) -> Html {
    let t = texts(props.lang);
    let k = props.k;
    let on_change = props.on_k.reform(move |event: Event| {
        let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
            return Some(k);
        };
        let requested = input.value().trim().parse::<usize>().ok();
        // Show the value applied, even when it equals the previous one (Yew would not update it).
        let applied = requested.map_or(MIN_K, |value| value.max(MIN_K));
        input.set_value(&applied.to_string());
        requested
    });
    html! {
        <fieldset class="team__anonymity no-print">
            <legend>{ t.anonymity_title }</legend>
            <div class="field">
                <label for="team-k">{ t.k_label }</label>
                <input id="team-k" type="number" min={MIN_K.to_string()} step="1" inputmode="numeric"
                    data-k="" value={k.to_string()} aria-describedby="team-k-hint team-k-status"
                    onchange={on_change} />
                <p id="team-k-hint" class="field__hint">{ t.k_hint }</p>
                <p id="team-k-status" role="status" class="field__status" data-k-raised={props.raised.then_some("")}>
                    if props.raised { { t.k_raised } }
                </p>
            </div>
        </fieldset>
    }
}
