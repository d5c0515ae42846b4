//! The release version in both pages' footers, as every export writes it
//! (`Problèmes imaginaires 0.4.0`, from `assessment_core::GENERATOR`). An administrator or a
//! person asking for help can tell which release a page runs without opening a file;
//! `data-version` is the stable hook for checks.

use assessment_core::{GENERATOR, VERSION};
use yew::prelude::*;

/// `<p class="pi-version" data-version="0.4.0">Problèmes imaginaires 0.4.0</p>`.
pub fn version_line() -> Html {
    html! { <p class="pi-version" data-version={VERSION}>{ GENERATOR }</p> }
}
