//! Reading the files a facilitator picked or dropped, as text. Files come from outside: every
//! failure (too large, unreadable) ends in `Err(())` for the caller to put in a sentence.

use wasm_bindgen_futures::JsFuture;
use web_sys::FileList;
use yew::Callback;

/// Larger files are refused before being read: a result file is a few kilobytes, and the JSON
/// reader refuses more than 2 MiB anyway.
const MAX_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// One file's name and its text, or `Err(())` when it could not be read.
pub type FileText = (String, Result<String, ()>);

/// Reads every file of `list`; each one's text goes to `done` as it arrives (reading is
/// asynchronous, so not necessarily in order).
pub fn read_all(list: &FileList, done: Callback<FileText>) {
    for at in 0..list.length() {
        let Some(file) = list.get(at) else {
            continue;
        };
        let name = file.name();
        if file.size() > MAX_BYTES {
            done.emit((name, Err(())));
            continue;
        }
        let text = JsFuture::from(file.text());
        let done = done.clone();
        yew::platform::spawn_local(async move {
            let text = text.await.ok().and_then(|text| text.as_string()).ok_or(());
            done.emit((name, text));
        });
    }
}
