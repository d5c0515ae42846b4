//! User text (the reflective notes) inside a Markdown export. A wiki or ticket tracker renders
//! the export, so a note must read as the words typed and never become HTML, a link, an image,
//! a heading, a list, a table or a code block.

/// Characters that start Markdown syntax anywhere in a line. `|` is left out: notes are not
/// table cells, and a table also needs a delimiter row, which [`escape_markdown`] prevents by
/// neutralising a leading `|`, `:` or `-`. Exports written before this rule, with a `|` in a
/// note, keep their bytes.
const INLINE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '(', ')', '#', '<', '>', '!', '~',
];

/// Characters that start a block (list, quote, heading underline, table delimiter row) only at
/// the start of a line.
const LEADING: &[char] = &['-', '+', '=', '|', ':'];

/// `text` with every Markdown construct neutralised by backslash escapes (CommonMark allows a
/// backslash before any ASCII punctuation): `\ ` * _ [ ] ( ) # < > ! ~` everywhere; at the
/// start of each line (after spaces or tabs), `- + = | :` and the `.` or `)` after digits.
/// Line breaks (LF, CRLF or a lone CR) and every other character are kept as typed, so a
/// `javascript:` or `http://` text is never inside link syntax.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut line_start = true;
    let mut leading_digits = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let at_start = line_start && !matches!(c, ' ' | '\t');
        if at_start {
            line_start = false;
            leading_digits = c.is_ascii_digit();
            if LEADING.contains(&c) {
                out.push('\\');
            }
        } else if leading_digits && !c.is_ascii_digit() {
            leading_digits = false;
            // `1.` or `1)` opens an ordered list; escaping the mark keeps the number.
            if matches!(c, '.' | ')') {
                out.push('\\');
                out.push(c);
                continue;
            }
        }
        if INLINE.contains(&c) {
            out.push('\\');
        }
        out.push(c);
        if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
            line_start = true;
            leading_digits = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_markdown;

    #[test]
    fn line_starts_and_inline_syntax_are_neutralised() {
        assert_eq!(
            escape_markdown("- a\n  + b\r3. c\r\n12) d"),
            "\\- a\n  \\+ b\r3\\. c\r\n12\\) d"
        );
        assert_eq!(escape_markdown("a | b\n---|---"), "a | b\n\\---|---");
        assert_eq!(escape_markdown("x - 1. y"), "x - 1. y");
        assert_eq!(
            escape_markdown("[x](javascript:alert(1))"),
            "\\[x\\]\\(javascript:alert\\(1\\)\\)"
        );
        assert_eq!(escape_markdown("« dit » 😀\tet"), "« dit » 😀\tet");
    }
}
