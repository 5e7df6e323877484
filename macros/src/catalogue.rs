//! The catalogue's model: the categories and codes of `codes.toml`, validated.
//!
//! `sec-codes-codegen` fills it by running `load` (parse, then validate) over `codes.toml` and
//! writes the result as Rust (`src/generated.rs`) that `shipped` includes; so a crate that uses
//! the macros pays nothing for reading the catalogue, and builds no TOML parser. Nothing here
//! knows about `syn`.

use std::fmt;

/// Every code and category of `codes.toml`, validated.
#[derive(Debug, PartialEq, Eq)]
pub struct Catalogue {
    /// Categories in file order.
    pub categories: Vec<Category>,
    /// Codes grouped by category (in category order), file order within a category.
    pub codes: Vec<Code>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Category {
    pub key: String,
    pub title: String,
    /// UpperCamelCase of `key`: the name of the category's enum and `Category` variant.
    pub ident: String,
    /// The category's codes: `codes[range]` of the catalogue.
    pub range: std::ops::Range<usize>,
}

#[derive(Debug, PartialEq, Eq)]
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
    /// The enum variant (see `naming::name_stem`): `ItemNotFound`, `SslClosedAbort`,
    /// `CssmTpNotTrusted`.
    pub variant: String,
}

impl Code {
    /// The name without its family prefix, what "did you mean" compares: `ItemNotFound` for
    /// `errSecItemNotFound`, `TP_NOT_TRUSTED` for `CSSMERR_TP_NOT_TRUSTED` (validated to exist).
    pub fn stem(&self) -> &str {
        crate::naming::name_stem(&self.name).map_or(self.name.as_str(), |(_, stem)| stem)
    }

    /// Success is not an error: value 0 never becomes a variant, under any name.
    pub fn is_success(&self) -> bool {
        self.value == 0
    }
}

/// A fingerprint of `codes.toml`'s text (64-bit FNV-1a), recorded in `src/generated.rs` so that
/// the macros can tell when the file was edited without regenerating the model.
pub fn source_hash(source: &str) -> u64 {
    source.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

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

    /// The primary code a name stands for: itself, or the code it is an alias of.
    pub fn primary(&self, index: usize) -> usize {
        self.codes[index].alias_of.unwrap_or(index)
    }
}

/// A key with separators dropped and letters lowercased, for loose comparison.
pub fn loose_key(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
