//! The catalogue: `codes.toml` loaded into a typed, validated model.
//!
//! `parse` turns TOML into entries (shape and types), `validate` checks the rules that span entries
//! (duplicates, aliases, identifiers). Nothing here knows about `syn`: errors carry `path:line:col`
//! text because a TOML file has no Rust span to point at.

mod parse;
mod validate;

use std::fmt;
use std::sync::OnceLock;

/// The catalogue shipped inside this crate (`macros/codes.toml` is the workspace's `codes.toml`).
const SOURCE: &str = include_str!("../../codes.toml");
const SOURCE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/codes.toml");

/// Every code and category of `codes.toml`, validated.
pub struct Catalogue {
    /// Categories in file order.
    pub categories: Vec<Category>,
    /// Codes grouped by category (in category order), file order within a category.
    pub codes: Vec<Code>,
}

pub struct Category {
    pub key: String,
    pub title: String,
    /// UpperCamelCase of `key`: the name of the category's enum and `Category` variant.
    pub ident: String,
    /// The category's codes: `codes[range]` of the catalogue.
    pub range: std::ops::Range<usize>,
}

pub struct Code {
    pub name: String,
    pub value: i32,
    /// Index into `Catalogue::categories`.
    pub category: usize,
    pub doc: String,
    pub message: String,
    pub deprecated: bool,
    /// Index of the code this one is an alias of.
    pub alias_of: Option<usize>,
    /// The enum variant: the name without `errSec`, UpperCamelCase.
    pub variant: String,
}

impl Code {
    /// The name without its `errSec` prefix (validated to be present).
    pub fn suffix(&self) -> &str {
        &self.name[PREFIX.len()..]
    }

    /// Success is not an error: `errSecSuccess` (value 0) never becomes a variant.
    pub fn is_success(&self) -> bool {
        self.value == 0
    }
}

/// Every catalogue name starts with this.
pub const PREFIX: &str = "errSec";

/// One problem in the catalogue, located in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}

/// The shipped catalogue, parsed once per compiler process (every macro call in a crate shares it).
pub fn shipped() -> Result<&'static Catalogue, &'static [CatalogueError]> {
    static CATALOGUE: OnceLock<Result<Catalogue, Vec<CatalogueError>>> = OnceLock::new();
    match CATALOGUE.get_or_init(|| load(SOURCE_PATH, SOURCE)) {
        Ok(catalogue) => Ok(catalogue),
        Err(errors) => Err(errors),
    }
}

/// Parses and validates a catalogue; every problem found is reported, not just the first.
pub fn load(path: &str, source: &str) -> Result<Catalogue, Vec<CatalogueError>> {
    let locate = Locator { path, source };
    let raw = parse::parse(&locate)?;
    validate::validate(&locate, raw)
}

impl Catalogue {
    /// The category with this key, matched loosely: any case, `-`, `_`, space or nothing between
    /// words (`code-signing`, `CodeSigning`, `OCSP`).
    pub fn category(&self, text: &str) -> Option<usize> {
        let wanted = loose_key(text);
        self.categories
            .iter()
            .position(|c| loose_key(&c.key) == wanted)
    }

    /// The code with this exact Apple name.
    pub fn code(&self, name: &str) -> Option<usize> {
        self.codes.iter().position(|c| c.name == name)
    }
}

/// A key with separators dropped and letters lowercased, for loose comparison.
pub fn loose_key(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect()
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
            path: self.path.to_owned(),
            line,
            column: before[line_start..].chars().count() + 1,
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests;
