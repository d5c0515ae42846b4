//! Text is always text: the rules that keep a bank's texts and links from carrying markup or
//! code. The pages render every text as text (Yew escapes it) and every link with
//! `rel="noopener noreferrer"`; these rules refuse a hostile or careless bank before that, so
//! that an administrator learns about it from the check rather than from a visitor.

/// What a link is, for the fix's `url`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// `https://host…`: fine.
    Https,
    /// A link relative to the page (`guides/pacte.pdf`, `/docs/x.html`, `#top`): fine, it stays
    /// on the page's own site.
    Relative,
    /// `http://host…`: works, but worth a warning.
    Http,
    /// `javascript:`, `data:` or `vbscript:` somewhere in it: refused.
    Unsafe,
    /// Anything else (another scheme, `//host`, spaces, quotes, an empty host): refused.
    Bad,
}

/// Classifies a link. Browsers ignore tabs and line breaks inside a URL and accept any case in
/// a scheme, so the unsafe schemes are looked for with those removed, anywhere in the link.
pub fn link_kind(url: &str) -> LinkKind {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    if ["javascript:", "data:", "vbscript:"]
        .iter()
        .any(|scheme| squeezed.contains(scheme))
    {
        return LinkKind::Unsafe;
    }
    let plain = !url.is_empty()
        && !url.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
        });
    if !plain {
        return LinkKind::Bad;
    }
    let lower = url.to_ascii_lowercase();
    for (scheme, kind) in [("https://", LinkKind::Https), ("http://", LinkKind::Http)] {
        if let Some(rest) = lower.strip_prefix(scheme) {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            return if host.is_empty() || host.starts_with('@') {
                LinkKind::Bad
            } else {
                kind
            };
        }
    }
    // `//host/x` goes to another site with the page's scheme: not relative.
    if url.starts_with("//") {
        return LinkKind::Bad;
    }
    // A scheme is letters, digits, `+`, `-` or `.` followed by `:` before any `/`, `?` or `#`.
    let before = url.split(['/', '?', '#']).next().unwrap_or_default();
    if before.contains(':') {
        LinkKind::Bad
    } else {
        LinkKind::Relative
    }
}

/// The first HTML tag in `text`, as `<` and up to 20 characters after it: a `<` followed by a
/// letter, `/`, `!` or `?` (`<script`, `</p`, `<!--`, `<?xml`). A lone `<` as in `x < 5` or
/// `<=` is text. Linear.
pub fn markup(text: &str) -> Option<String> {
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '<' {
            continue;
        }
        if let Some(&(_, next)) = chars.peek() {
            if next.is_ascii_alphabetic() || matches!(next, '/' | '!' | '?') {
                return Some(text[at..].chars().take(21).collect());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert_eq!(link_kind("https://beta.gouv.fr/x"), LinkKind::Https);
        assert_eq!(link_kind("HTTPS://beta.gouv.fr"), LinkKind::Https);
        assert_eq!(link_kind("http://beta.gouv.fr/x"), LinkKind::Http);
        for relative in [
            "guides/pacte.pdf",
            "/docs/a.html",
            "#top",
            "a?b=c:d",
            "../x",
        ] {
            assert_eq!(link_kind(relative), LinkKind::Relative, "{relative}");
        }
        for unsafe_link in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "https://x.org/?u=javascript:alert(1)",
            "vbscript:msgbox",
        ] {
            assert_eq!(link_kind(unsafe_link), LinkKind::Unsafe, "{unsafe_link}");
        }
        for bad in [
            "",
            "https://",
            "https:///x",
            "//evil.example/x",
            "ftp://x.org",
            "mailto:a@b.fr",
            "https://a b",
            "https://x.org/\"onmouseover=\"",
            "/\\evil.example",
        ] {
            assert_eq!(link_kind(bad), LinkKind::Bad, "{bad}");
        }
    }

    #[test]
    fn tags() {
        assert_eq!(
            markup("Bonjour <script>alert(1)</script>").as_deref(),
            Some("<script>alert(1)</scr")
        );
        assert_eq!(markup("a </b> c").as_deref(), Some("</b> c"));
        assert_eq!(markup("<!-- x -->").as_deref(), Some("<!-- x -->"));
        assert_eq!(
            markup("<img src=x onerror=alert(1)>").as_deref(),
            Some("<img src=x onerror=al")
        );
        assert_eq!(markup("x < 5 and y <= 3, <3"), None);
        assert_eq!(markup("« guillemets » et <"), None);
    }
}
