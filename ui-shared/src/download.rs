//! Saving a file the browser builds itself (exports, calendar file, raw stored data, team
//! results): a Blob, an object URL and a temporary link. Nothing leaves the device.

use wasm_bindgen::JsCast;

/// Offers `content` as a download named `file_name`. Returns false when the browser refused,
/// so the caller can say so.
pub fn save_text(file_name: &str, mime: &str, content: &str) -> bool {
    try_save(file_name, mime, content).is_some()
}

fn try_save(file_name: &str, mime: &str, content: &str) -> Option<()> {
    let document = gloo_utils::document();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    let _ = body.remove_child(&link);
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
