//! URL parameters and the iframe's messages: `QueryParams` (every page's `?…`), `EmbedOptions`
//! (`?embed=1&lang=…&theme=…&heading=…&origin=…&events=…`), `FrameHost` with the browser's
//! `ancestorOrigins`, `normalise_origin`, `percent_decode`, the share fragment (`#r=…`) and the
//! iframe-resizer init message. The input is split at its first NUL byte: query, then ancestor
//! origin / message. Nothing may panic; the options stay within their documented values; an
//! origin is exact and stable; a frame never shares the full page's storage key; `completed` is
//! only sent to the declared origin, and only when it is the framing page's own.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| assessment_core_fuzz::checks::query_params::check(data));
