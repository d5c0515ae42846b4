//! How this copy of the widget is shown: as a full page, inside a host's iframe, or inside a
//! `<problemes-imaginaires>` element. Components read it from a Yew context; the rules behind
//! it (parameters, heading levels, messages) are in `assessment_core::embed`.

use assessment_core::bank_source::{
    address_with_bank, bank_storage_key, page_folder, BankName, LoadedFrom,
};
use assessment_core::embed::{shifted_heading_level, EmbedOptions, FrameHost};
use assessment_core::Lang;
use std::rc::Rc;

/// Where the widget runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Its own page, with the title bar.
    Page,
    /// The compact page inside a host's `<iframe>` (`?embed=1`).
    Frame,
    /// Inside a host page's element, in a shadow root: the host's document, address and title
    /// are not ours to change.
    Element,
}

/// Everything that differs between the ways of showing the widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Embedding {
    pub mode: Mode,
    pub options: EmbedOptions,
    /// The `localStorage` key of the saved session. Each element on a host page may have its
    /// own, so that two widgets on one page do not overwrite each other; each bank from
    /// `banks/` has its own too (see [`Embedding::with_bank`]).
    pub storage_key: String,
    /// What follows the bank's key in [`Embedding::storage_key`]: `@<host origin>` in an
    /// iframe, `#<id>` for an element with an id, nothing on the page.
    storage_suffix: String,
    /// The address share links point to (without fragment).
    pub share_base: String,
    /// In an iframe: who frames the widget, and where messages may go.
    pub frame_host: Option<FrameHost>,
    /// The widget's folder (ends with `/`), where `banks/` and `config.json` are: the page's
    /// own, or `embed.js`'s for an element.
    pub folder: String,
    /// The bank links to the widget's other pages must name (`?bank=NAME`): `None` for the
    /// built-in bank and a trial.
    pub bank_link: Option<BankName>,
    /// The bank is the check page's, tried on this device (`?trial=1`).
    pub trial: bool,
}

/// The key of the saved session of a full page (schema version 1, see docs/stored-state.md).
pub const PAGE_STORAGE_KEY: &str = "problemes-imaginaires:v1";

impl Embedding {
    /// The full page, or the compact iframe page when its address asks for it. `ancestor` is
    /// the framing page's origin as the browser records it (`location.ancestorOrigins[0]`),
    /// where it does.
    pub fn for_page(query: &str, address: String, ancestor: Option<String>) -> Embedding {
        match EmbedOptions::from_query(query) {
            Some(options) => {
                let host = FrameHost::new(&options, ancestor.as_deref());
                Embedding {
                    mode: Mode::Frame,
                    // Keyed by the host: a site that frames the widget never reopens what the
                    // visitor saved on the widget's own page or under another site.
                    storage_key: host.storage_key(PAGE_STORAGE_KEY),
                    storage_suffix: host.storage_key(""),
                    folder: page_folder(&address),
                    bank_link: None,
                    trial: false,
                    frame_host: Some(host),
                    options,
                    // A shared link must open the full page, not the compact one with the host's
                    // parameters.
                    share_base: address
                        .split_once('?')
                        .map_or(address.clone(), |(base, _)| base.to_string()),
                }
            }
            None => Embedding {
                mode: Mode::Page,
                options: EmbedOptions::default(),
                storage_key: PAGE_STORAGE_KEY.to_string(),
                storage_suffix: String::new(),
                folder: page_folder(&address),
                bank_link: None,
                trial: false,
                share_base: address,
                frame_host: None,
            },
        }
    }

    /// An element on a host page; `key` (the element's `id`) separates its saved answers from
    /// other elements', and `page` is the widget's own page, where share links lead.
    pub fn for_element(options: EmbedOptions, key: &str, page: String) -> Embedding {
        let key: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
            .take(64)
            .collect();
        let storage_suffix = if key.is_empty() {
            String::new()
        } else {
            format!("#{key}")
        };
        Embedding {
            mode: Mode::Element,
            options,
            storage_key: format!("{PAGE_STORAGE_KEY}{storage_suffix}"),
            storage_suffix,
            folder: page_folder(&page),
            bank_link: None,
            trial: false,
            share_base: page,
            frame_host: None,
        }
    }

    /// The same widget showing `bank_id`, loaded `from` the built-in bank, `banks/` or a trial:
    /// its answers are kept under that bank's key, and its share links carry `bank=NAME` when
    /// the bank comes from `banks/`, so that they reopen it.
    pub fn with_bank(&self, from: &LoadedFrom, bank_id: &str) -> Embedding {
        Embedding {
            storage_key: format!(
                "{}{}",
                bank_storage_key(PAGE_STORAGE_KEY, from, bank_id),
                self.storage_suffix
            ),
            share_base: address_with_bank(&self.share_base, from.link_name()),
            bank_link: from.link_name().cloned(),
            trial: *from == LoadedFrom::Trial,
            ..self.clone()
        }
    }

    /// Whether the page title bar (with its `<h1>`) is shown.
    pub fn shows_title(&self) -> bool {
        self.mode == Mode::Page
    }

    /// Whether the widget owns the document: its `lang`, title and address fragment.
    pub fn owns_document(&self) -> bool {
        self.mode != Mode::Element
    }

    /// The language requested by the host, if any.
    pub fn lang(&self) -> Option<Lang> {
        self.options.lang
    }

    /// The tag level of a heading that the full page shows at `page_level`.
    pub fn heading_level(&self, page_level: u8) -> u8 {
        shifted_heading_level(page_level, self.options.heading_level)
    }
}

/// The embedding as a context value; compared by pointer since it never changes.
#[derive(Clone, Debug)]
pub struct SharedEmbedding(pub Rc<Embedding>);

impl PartialEq for SharedEmbedding {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedEmbedding {
    type Target = Embedding;

    fn deref(&self) -> &Embedding {
        &self.0
    }
}
