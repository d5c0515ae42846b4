//! URL parameters and the iframe's messages: `QueryParams` (every page's `?…`), `EmbedOptions`
//! (`?embed=1&lang=…&theme=…&heading=…&origin=…&events=…`), `FrameHost` with the browser's
//! `ancestorOrigins`, `normalise_origin`, `percent_decode`, the share fragment (`#r=…`) and the
//! iframe-resizer init message. The input is split at its first NUL byte: query, then ancestor
//! origin / message. Nothing may panic; the options stay within their documented values; an
//! origin is exact and stable; a frame never shares the full page's storage key; `completed` is
//! only sent to the declared origin, and only when it is the framing page's own.
#![no_main]

use assessment_core::embed::{
    normalise_origin, percent_decode, resizer_frame_id, resizer_message, FrameHost, QueryParams,
};
use assessment_core::{code_from_fragment, EmbedOptions};
use assessment_core_fuzz::text;
use libfuzzer_sys::fuzz_target;

fn check_origin(text: &str) {
    if let Some(origin) = normalise_origin(text) {
        assert_eq!(normalise_origin(&origin).as_deref(), Some(origin.as_str()), "stable");
        let (scheme, rest) = origin.split_once("://").expect("scheme://host");
        assert!(scheme == "http" || scheme == "https");
        assert!(!rest.is_empty());
        assert!(rest.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.:".contains(&b)));
    }
}

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    let (query, other) = text.split_once('\0').unwrap_or((&text, ""));
    let params = QueryParams::parse(query);
    let _ = params.get("lang");
    assert!(percent_decode(query).len() <= query.len() * 3, "no blow-up");
    let _ = code_from_fragment(query);
    check_origin(query);
    check_origin(other);
    if let Some(options) = EmbedOptions::from_query(query) {
        assert!((1..=6).contains(&options.heading_level));
        if let Some(origin) = &options.host_origin {
            assert_eq!(normalise_origin(origin).as_ref(), Some(origin));
        }
        assert!(!options.send_completed || options.host_origin.is_some());
        for ancestor in [None, Some(other)] {
            let host = FrameHost::new(&options, ancestor);
            let key = host.storage_key("pi:v1");
            assert!(key.starts_with("pi:v1@") && key != "pi:v1", "a frame has its own key");
            if let Some(to) = &host.completed_to {
                assert!(options.send_completed);
                assert_eq!(Some(to), options.host_origin.as_ref());
                if let Some(ancestor) = ancestor.and_then(normalise_origin) {
                    assert_eq!(&ancestor, to, "completed only to the framing page");
                }
            }
            let target = host.message_target();
            assert!(target == "*" || normalise_origin(target).as_deref() == Some(target));
        }
    }
    if let Some(id) = resizer_frame_id(other) {
        assert!(!id.is_empty() && id.len() <= 128 && !id.contains(':'));
        assert_eq!(resizer_frame_id(&resizer_message(id, 480, 640, "init")), Some(id));
    }
});
