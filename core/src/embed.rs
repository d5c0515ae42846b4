//! The embedding contract, as pure functions: the options a host gives (URL parameters of the
//! iframe page, attributes of the `<problemes-imaginaires>` element), the height the widget
//! reports, and the messages it posts to the parent page. The browser side only moves these
//! values in and out; every rule is here so that it is tested natively. Documented for hosts in
//! docs/embedding.md.

use crate::lang::Lang;
use crate::score::Assessment;
use crate::Bank;

/// Prefix of every message the widget posts to its parent (`problemes-imaginaires:resize`…).
pub const MESSAGE_PREFIX: &str = "problemes-imaginaires:";
/// Version of the message format, sent as `v` in every message.
pub const MESSAGE_VERSION: u32 = 1;
/// Heights are rounded up to a multiple of this, so that a host cannot tell answers apart by
/// the pixel height of the content (an opened disclosure, a longer fix text…).
pub const HEIGHT_STEP: u32 = 16;
/// The marker that starts every message of the iframe-resizer protocol.
pub const RESIZER_PREFIX: &str = "[iFrameSizer]";
/// What an iframe-resizer child says when it starts listening. A host that sent its init on the
/// frame's `load` event, before the wasm was running, sends it again when it hears this.
pub const RESIZER_CHILD_READY: &str = "[iFrameResizerChild]Ready";

/// Colour theme requested by the host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the device (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The value of `theme=` / `data-theme`.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme named `key`; an unknown value means [`Theme::Auto`].
    pub fn from_key(key: &str) -> Theme {
        match key.trim() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }
}

/// What a host page asked for when it embedded the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Language to start in, when given and supported.
    pub lang: Option<Lang>,
    /// Colour theme.
    pub theme: Theme,
    /// Level (1 to 6) of the widget's top headings, so they fit in the host's outline.
    pub heading_level: u8,
    /// The only origin allowed to receive the `completed` event (and the target of the other
    /// messages), e.g. `https://intranet.example.gouv.fr`.
    pub host_origin: Option<String>,
    /// Whether the host opted in to the `completed` event (needs `host_origin`).
    pub send_completed: bool,
}

/// Level of the top headings of a page's content, under the page's `<h1>` title.
pub const PAGE_HEADING_LEVEL: u8 = 2;

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            lang: None,
            theme: Theme::Auto,
            heading_level: PAGE_HEADING_LEVEL,
            host_origin: None,
            send_completed: false,
        }
    }
}

impl EmbedOptions {
    /// The options of an iframe page address's query (`?embed=1&lang=en&theme=dark&heading=3
    /// &origin=https%3A%2F%2Fhost.example&events=completed`), or `None` when `embed` is absent
    /// or `0`: the page is then shown as a full page. Unknown or malformed values fall back to
    /// their defaults: a host's typo must not break the widget.
    pub fn from_query(query: &str) -> Option<EmbedOptions> {
        let params = QueryParams::parse(query);
        let param = |name: &str| params.get(name);
        match param("embed") {
            None | Some("0") | Some("false") => return None,
            Some(_) => {}
        }
        let mut options = EmbedOptions::from_attributes(
            param("lang"),
            param("theme"),
            param("heading"),
            param("origin"),
        );
        options.send_completed = options.host_origin.is_some()
            && param("events").is_some_and(|events| events.split(',').any(|e| e == "completed"));
        Some(options)
    }

    /// The options of a `<problemes-imaginaires>` element's attributes (`lang`, `theme`,
    /// `heading`), or of the matching URL parameters. The element never posts messages, so it
    /// has no origin; the iframe page passes its `origin` parameter.
    pub fn from_attributes(
        lang: Option<&str>,
        theme: Option<&str>,
        heading: Option<&str>,
        origin: Option<&str>,
    ) -> EmbedOptions {
        EmbedOptions {
            lang: lang.and_then(Lang::from_tag),
            theme: theme.map(Theme::from_key).unwrap_or_default(),
            heading_level: heading
                .and_then(|level| level.trim().parse::<u8>().ok())
                .filter(|level| (1..=6).contains(level))
                .unwrap_or(PAGE_HEADING_LEVEL),
            host_origin: origin.and_then(normalise_origin),
            send_completed: false,
        }
    }
}

/// Who shows the widget in an iframe, as far as this page can know, and where it may send what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameHost {
    /// The framing page's origin: the browser's own record when it gives one
    /// (`location.ancestorOrigins`, Chromium and Safari), else the `origin=` parameter (Firefox
    /// has no `ancestorOrigins`), else unknown.
    pub origin: Option<String>,
    /// Where `completed` may go: only when the host opted in, named its origin, and that origin
    /// is the framing page's own whenever the browser can tell. A page cannot opt in on behalf of
    /// another origin.
    pub completed_to: Option<String>,
    /// The origin the host named in `origin=`, if any.
    declared: Option<String>,
}

impl FrameHost {
    /// The host of an iframe page with `options`, given the browser's `ancestorOrigins[0]`.
    pub fn new(options: &EmbedOptions, ancestor: Option<&str>) -> FrameHost {
        let ancestor = ancestor.and_then(normalise_origin);
        let declared = options.host_origin.clone();
        let origin = ancestor.clone().or_else(|| declared.clone());
        let completed_to = declared
            .clone()
            .filter(|_| options.send_completed)
            .filter(|declared| {
                ancestor
                    .as_ref()
                    .is_none_or(|ancestor| ancestor == declared)
            });
        FrameHost {
            origin,
            completed_to,
            declared,
        }
    }

    /// The `localStorage` key of the widget framed by this host: never the full page's own key,
    /// so that a site framing the widget never reopens (nor is sent) what the visitor saved on
    /// the widget's page or under another host. Frames whose host is unknown share one key.
    pub fn storage_key(&self, page_key: &str) -> String {
        match &self.origin {
            Some(origin) => format!("{page_key}@{origin}"),
            None => format!("{page_key}@frame"),
        }
    }

    /// The `postMessage` target of `ready` and `resize`: the origin the host named, so a page
    /// that frames the widget under another site's name hears nothing; else the framing page's
    /// exact origin when the browser records it; `*` only when nothing is known (they carry
    /// nothing but a rounded height).
    pub fn message_target(&self) -> &str {
        self.declared
            .as_deref()
            .or(self.origin.as_deref())
            .unwrap_or("*")
    }
}

/// The level of a heading that a full page shows at `page_level`, in a widget whose top
/// headings are at `top_level`; never deeper than `<h6>`.
pub fn shifted_heading_level(page_level: u8, top_level: u8) -> u8 {
    let shifted = i16::from(page_level) + i16::from(top_level) - i16::from(PAGE_HEADING_LEVEL);
    shifted.clamp(1, 6) as u8
}

/// `text` as a web origin (`scheme://host[:port]`, lower-case, no trailing slash), or `None`
/// when it is not one: a path, a query, a wildcard, `null`, an IPv6 literal, or a scheme other
/// than http(s). An origin is compared exactly by the browser, so it must be exact here.
pub fn normalise_origin(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, authority) = text.split_once("://")?;
    let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
    let scheme_ok = scheme == "http" || scheme == "https";
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok = authority.len() == host.len()
        || (!port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
    (scheme_ok && host_ok && port_ok).then_some(text)
}

/// The parameters of a URL query string (`?a=1&b=x%20y`), decoded the way browsers do for
/// `URLSearchParams`: `+` is a space, `%XX` escapes are bytes of UTF-8. Every page reads its
/// address through this one parser (the assessment page, the iframe page and the team page),
/// so a parameter means the same everywhere.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryParams(Vec<(String, String)>);

impl QueryParams {
    /// The parameters of `query`, with or without its leading `?`, in order.
    pub fn parse(query: &str) -> QueryParams {
        QueryParams(
            query
                .trim_start_matches('?')
                .split('&')
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                    (percent_decode(key), percent_decode(value))
                })
                .collect(),
        )
    }

    /// The first value of `name`, as `URLSearchParams.get` gives it.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Decodes `%XX` escapes and `+` (a space in query strings); invalid escapes stay as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let hex = |offset: usize| {
            bytes
                .get(at + offset)
                .and_then(|b| char::from(*b).to_digit(16))
        };
        match (byte, hex(1), hex(2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                at += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                at += 1;
            }
            _ => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The height to report for content `pixels` tall: rounded up to a multiple of
/// [`HEIGHT_STEP`]. Negative or non-finite readings report 0.
pub fn quantised_height(pixels: f64) -> u32 {
    if !pixels.is_finite() || pixels <= 0.0 {
        return 0;
    }
    let steps = (pixels / f64::from(HEIGHT_STEP)).ceil();
    (steps as u32).saturating_mul(HEIGHT_STEP)
}

/// One problem's line of the `completed` event: what the host may learn, and nothing else (no
/// answers, no notes, no code).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletedProblem {
    /// The problem's id, e.g. `validation-loop`.
    pub id: String,
    /// The score with one decimal and a dot (`"5.6"`), or `None` without a score.
    pub score: Option<String>,
    /// `strong`, `watch`, `under-control` or `none`.
    pub band: &'static str,
}

/// The per-problem scores and bands sent in the `completed` event.
pub fn completed_problems(bank: &Bank, assessment: &Assessment) -> Vec<CompletedProblem> {
    bank.problems
        .iter()
        .zip(&assessment.problems)
        .map(|(problem, result)| CompletedProblem {
            id: problem.id.clone(),
            score: result.score.map(|score| score.format('.')),
            band: result.band_key(),
        })
        .collect()
}

/// The frame id of an iframe-resizer init message (`[iFrameSizer]ID:8:false:…`), or `None`
/// when `message` is not one. Only the id is used: the other settings are the host's business.
pub fn resizer_frame_id(message: &str) -> Option<&str> {
    let rest = message.strip_prefix(RESIZER_PREFIX)?;
    let id = rest.split(':').next()?;
    let valid = !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    valid.then_some(id)
}

/// A reply in the iframe-resizer text protocol: `[iFrameSizer]ID:HEIGHT:WIDTH:KIND`, where
/// `KIND` is `init` for the answer to the host's init, then `resize`.
pub fn resizer_message(frame_id: &str, height: u32, width: u32, kind: &str) -> String {
    format!("{RESIZER_PREFIX}{frame_id}:{height}:{width}:{kind}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The iframe page and the language of every page read the same decoded values.
    #[test]
    fn one_reading_of_the_query_for_every_page() {
        let query = "?lang=en&theme=dark&origin=https%3A%2F%2Fa.example";
        let params = QueryParams::parse(query);
        assert_eq!(params.get("lang"), Some("en"));
        assert_eq!(params.get("theme"), Some("dark"));
        assert_eq!(params.get("origin"), Some("https://a.example"));
        assert_eq!(params.get("embed"), None);
        assert_eq!(
            EmbedOptions::from_query(query),
            None,
            "not embedded without embed="
        );

        let options = EmbedOptions::from_query(&format!("{query}&embed=1"));
        assert_eq!(
            options,
            Some(EmbedOptions {
                lang: Some(Lang::EN),
                theme: Theme::Dark,
                heading_level: PAGE_HEADING_LEVEL,
                host_origin: Some("https://a.example".into()),
                send_completed: false,
            })
        );
    }

    #[test]
    fn query_values_are_decoded_like_url_search_params() {
        let params = QueryParams::parse("a=x+y%20z&%6Cang=%65n&empty=&flag&a=second&bad=%zz%4");
        assert_eq!(params.get("a"), Some("x y z"), "first value wins");
        assert_eq!(params.get("lang"), Some("en"), "encoded names and values");
        assert_eq!(params.get("empty"), Some(""));
        assert_eq!(params.get("flag"), Some(""));
        assert_eq!(
            params.get("bad"),
            Some("%zz%4"),
            "invalid escapes stay as written"
        );
        assert_eq!(QueryParams::parse("").get("lang"), None);
        assert_eq!(QueryParams::parse("?").get("lang"), None);
        assert_eq!(
            QueryParams::parse("?t=%C3%A9%E2%80%AF").get("t"),
            Some("é\u{202f}")
        );
    }
}
