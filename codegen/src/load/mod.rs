//! `codes.toml` → [`Catalogue`]: `parse` checks the file's shape and each field's type,
//! `validate` the rules that relate entries to each other. Every problem is reported, each as
//! `path:line:col` text, since a TOML file has no Rust span to point at.
//!
//! Runs in `sec-codes-codegen` (and its tests), never inside a macro call.

mod parse;
mod validate;

use crate::catalogue::{Catalogue, CatalogueError, lf_line_ends};

/// Parses and validates a catalogue; every problem found is reported, not just the first.
///
/// CRLF line ends are read as LF ones (`lf_line_ends`), also inside multi-line strings; a lone
/// CR is an error. Lines and columns are the same in both texts.
pub fn load(path: &str, source: &str) -> Result<Catalogue, Vec<CatalogueError>> {
    let source = &*lf_line_ends(source);
    let locate = Locator { path, source };
    let raw = parse::parse(&locate)?;
    validate::validate(&locate, raw)
}

/// Turns byte offsets into `path:line:col` errors.
struct Locator<'a> {
    path: &'a str,
    source: &'a str,
}

impl Locator<'_> {
    fn error(&self, offset: usize, message: impl Into<String>) -> CatalogueError {
        let mut end = offset.min(self.source.len());
        while !self.source.is_char_boundary(end) {
            end -= 1;
        }
        let before = &self.source[..end];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        CatalogueError {
            path: leak(self.path.to_owned()),
            line,
            column: before[line_start..].chars().count() + 1,
            message: leak(message.into()),
        }
    }
}

/// The model holds `&'static` texts, so that the shipped one is a `static` of literals; the
/// generator, which runs once and exits, leaks the few hundred kilobytes it parses to make them.
fn leak(text: String) -> &'static str {
    text.leak()
}

#[cfg(test)]
mod tests;
