//! Reading the files a facilitator picked or dropped, as text. Files come from outside: every
//! failure (too large, unreadable) ends in `Err(())` for the caller to put in a sentence.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::FileList;
use yew::Callback;

/// Larger files are refused before being read: a result file is a few kilobytes, and the JSON
/// reader refuses more than 2 MiB anyway.
const MAX_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// One file's name and its text, or `Err(())` when it could not be read.
pub type FileText = (String, Result<String, ()>);

/// The files of `list`, in order: their count, then each one's text handed to `done` as it
/// arrives (reading is asynchronous).
pub fn read_all(list: &FileList, done: Callback<FileText>) -> u32 {
    let count = list.length();
    for at in 0..count {
        let Some(file) = list.get(at) else {
            continue;
        };
        let name = file.name();
        if file.size() > MAX_BYTES {
            done.emit((name, Err(())));
            continue;
        }
        let on_text = done.clone();
        let on_error = done.clone();
        let text_name = name.clone();
        let resolved = Closure::<dyn FnMut(JsValue)>::once(move |text: JsValue| {
            on_text.emit((text_name, text.as_string().ok_or(())));
        });
        let rejected =
            Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| on_error.emit((name, Err(()))));
        let _ = file.text().then2(&resolved, &rejected);
        // The promise calls one of them later; they are a few bytes, released with the page.
        resolved.forget();
        rejected.forget();
    }
    count
}
