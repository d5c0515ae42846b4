//! Reading a file the person picked with `<input type="file">`, as text, in the browser. The
//! file comes from outside: every failure (no file, too large, unreadable) ends in `Err(())`
//! for the caller to put in a sentence, never in a panic.

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::{Callback, Event, TargetCast};

/// Larger files are refused before being read: ours are a few kilobytes, and the JSON reader
/// refuses more than 2 MiB anyway.
const MAX_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// Reads the file picked in the input that fired `event` and hands its text to `done`. Does
/// nothing when the choice was cancelled. The input is emptied, so picking the same file again
/// (after fixing it) reads it again.
pub fn read_picked(event: &Event, done: Callback<Result<String, ()>>) {
    let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > MAX_BYTES {
        done.emit(Err(()));
        return;
    }
    let text = JsFuture::from(file.text());
    yew::platform::spawn_local(async move {
        done.emit(text.await.ok().and_then(|text| text.as_string()).ok_or(()));
    });
}
