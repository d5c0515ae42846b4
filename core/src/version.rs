//! The widget's release version, as every export and footer shows it.
//!
//! It comes from Cargo (`[workspace.package] version` in the root `Cargo.toml`, shared by every
//! crate of the workspace), so the number written into files, shown in the pages and used by
//! `scripts/release.sh` for the archive names is the same and is written down once. It is kept
//! out of answer codes and share links: they are versioned by their own format and bank
//! version, and every byte there makes links longer.

/// The release version, SemVer (`0.4.0`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The product and its version as the last line of a CSV or Markdown export and in the pages'
/// footers: `Problèmes imaginaires 0.4.0`. The product name is not translated. One literal in
/// the wasm, which `scripts/release.sh` looks for to refuse a `dist/` built from another version.
pub const GENERATOR: &str = concat!("Problèmes imaginaires ", env!("CARGO_PKG_VERSION"));
