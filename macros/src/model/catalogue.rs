//! The catalogue's model: the categories and codes of `codes.toml`, validated.
//!
//! `sec-codes-codegen` fills it by running `load` (parse, then validate) over `codes.toml` and
//! writes the result as Rust (`src/generated.rs`) that `shipped` includes; so a crate that uses
//! the macros pays nothing for reading the catalogue, and builds no TOML parser. Nothing here
//! knows about `syn`.
//!
//! Texts and lists are `&'static` borrows, so that the shipped model is a plain `static` of
//! literals (no destructor: const-evaluable on the oldest supported Rust) and a macro call builds
//! nothing; the generator, which parses the file at run time, leaks what it parses to get them.

use std::fmt;

/// A text of the model.
pub type Text = &'static str;

/// Every code and category of `codes.toml`, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    /// Categories in file order.
    pub categories: &'static [Category],
    /// Codes grouped by category (in category order), file order within a category.
    pub codes: &'static [Code],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub key: Text,
    pub title: Text,
    /// UpperCamelCase of `key`: the name of the category's enum and `Category` variant.
    pub ident: Text,
    /// The category's codes: `codes[range]` of the catalogue.
    pub range: std::ops::Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub name: Text,
    pub value: i32,
    /// Index into `Catalogue::categories`.
    pub category: usize,
    pub doc: Text,
    pub message: Text,
    /// What the framework's strings tables hold for the constant.
    pub macos_message: MacosMessage,
    /// The doc of the code's variant in generated enums (`prose::variant_doc`).
    pub rustdoc: Text,
    pub deprecated: bool,
    /// Index of the code this one is an alias of.
    pub alias_of: Option<usize>,
    /// The enum variant (see `naming::name_stem`): `ItemNotFound`, `SslClosedAbort`,
    /// `CssmTpNotTrusted`.
    pub variant: Text,
}

/// What the framework's strings tables hold for a constant, which `SecCopyErrorMessageString`
/// and `security error` print: most often `message`, so the model stores which text, not a copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MacosMessage {
    /// The code's `message` (`macos_message` left out in `codes.toml`).
    Message,
    /// The bare name: a constant without a header comment (`macos_message = "name"`).
    Name,
    /// Nothing: a constant Apple's generator never reads (`macos_message = "none"`).
    Nothing,
}

impl Code {
    /// The name without its family prefix, what "did you mean" compares: `ItemNotFound` for
    /// `errSecItemNotFound`, `TP_NOT_TRUSTED` for `CSSMERR_TP_NOT_TRUSTED` (validated to exist).
    pub fn stem(&self) -> &str {
        super::naming::name_stem(self.name).map_or(self.name, |(_, stem)| stem)
    }

    /// The message as the runtime's text tables store it: empty where it is the name (most CSSM
    /// codes), so that such a name is stored once; the runtime reads an empty entry as the name.
    /// Every table of messages is written through this.
    pub fn stored_message(&self) -> Text {
        if self.message == self.name {
            ""
        } else {
            self.message
        }
    }

    /// Success is not an error: value 0 never becomes a variant, under any name.
    pub fn is_success(&self) -> bool {
        self.value == 0
    }
}

/// A fingerprint of `codes.toml`'s text, recorded in `src/generated.rs` so that the macros can
/// tell when the file was edited without regenerating the model.
///
/// Line ends do not count: a checkout with CRLF line ends (Git on Windows may convert them) has
/// the fingerprint of the same text with LF ones.
pub fn source_hash(source: &str) -> u64 {
    let source = lf_line_ends(source);
    let mut chunks = source.as_bytes().chunks_exact(8);
    let mut hash = source.len() as u64;
    let mut mix = |word: [u8; 8]| {
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word))
            .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    };
    for chunk in &mut chunks {
        mix(<[u8; 8]>::try_from(chunk).unwrap_or_default());
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    mix(last);
    hash
}

/// The text with each CRLF line end turned into LF, what the catalogue is read as; a lone CR stays
/// (and is an error where the catalogue is parsed). Borrowed when there is no CR, as in the usual
/// checkout.
pub fn lf_line_ends(source: &str) -> std::borrow::Cow<'_, str> {
    // `<[u8]>::contains` is a `memchr`: cheap, even in an unoptimized macro.
    if source.as_bytes().contains(&b'\r') {
        source.replace("\r\n", "\n").into()
    } else {
        source.into()
    }
}

/// One problem in the catalogue, located in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    pub path: Text,
    pub line: usize,
    pub column: usize,
    pub message: Text,
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
        self.categories
            .iter()
            .position(|c| super::naming::loose_eq(text, c.key))
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

/// A key with separators dropped and letters lowercased, for loose comparison
/// ([`super::naming::loose_key_chars`]), as a `String` to compare or to index by.
// The generator's checks of `codes.toml` use it; the macros match keys with `naming`'s rules.
#[allow(dead_code)]
pub fn loose_key(text: &str) -> String {
    super::naming::loose_key_chars(text).collect()
}
