//! Where the accessibility statement is. It is a static page, `accessibilite/index.html` (French)
//! and `accessibilite/en.html` (English), in the folder of the widget's own page; every copy of
//! the widget links to it from its footer: the page and the iframe from their own address, the
//! element from the widget's page it was loaded from, the single file from the folder it sits in.

use crate::lang::Lang;

/// The folder of the statement, relative to the widget's folder.
pub const STATEMENT_FOLDER: &str = "accessibilite/";

/// The statement's file in `lang`, inside [`STATEMENT_FOLDER`]. Named files rather than the
/// folder alone, so that the link also opens from `file://`, where a folder shows a listing.
pub fn statement_file(lang: Lang) -> &'static str {
    // `[meta] statement` of the language file: the statement exists in French and English.
    crate::i18n::tables::meta(lang).statement
}

/// The statement's address for a widget whose own page is `page` (an absolute address, or
/// empty when unknown): the page's folder, without its query and fragment, then the statement.
pub fn statement_address(page: &str, lang: Lang) -> String {
    let page = page.split(['#', '?']).next().unwrap_or_default();
    let folder = page.rfind('/').map_or("", |slash| &page[..=slash]);
    format!("{folder}{STATEMENT_FOLDER}{}", statement_file(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_sits_in_the_folder_of_the_widget_page() {
        assert_eq!(
            statement_address("https://a.example/outils/autodiagnostic/", Lang::FR),
            "https://a.example/outils/autodiagnostic/accessibilite/index.html"
        );
        assert_eq!(
            statement_address(
                "https://a.example/outils/autodiagnostic/index.html?embed=1&lang=en#r=PI1.x/y",
                Lang::EN
            ),
            "https://a.example/outils/autodiagnostic/accessibilite/en.html",
            "query and fragment (which may hold slashes) are left out"
        );
        assert_eq!(
            statement_address("file:///home/agent/problemes-imaginaires.html", Lang::FR),
            "file:///home/agent/accessibilite/index.html"
        );
        assert_eq!(
            statement_address("", Lang::EN),
            "accessibilite/en.html",
            "an unknown page gives a relative link"
        );
    }
}
