//! The catalogue shipped in this crate, as `sec-codes-codegen` parsed and validated it: a
//! `static`, so a macro call reads it without building anything.

use std::borrow::Cow;

use crate::catalogue::{Catalogue, CatalogueError, Category, Code, source_hash};

// Defines `SOURCE_HASH` and `static MODEL`, written by `sec-codes-codegen` with the constructors
// below. (An `include!`d file is not reformatted by rustfmt.)
include!("generated.rs");

/// The catalogue the model was generated from. Including it makes Cargo rebuild this crate when
/// it is edited, so that a maintainer who forgets to regenerate is told so at once.
const SOURCE: &str = include_str!("../codes.toml");

/// Whether the model was generated from this `codes.toml`: computed when this crate is compiled.
const FRESH: bool = source_hash(SOURCE) == SOURCE_HASH;

/// What every macro call reports when `codes.toml` changed since the model was generated.
static STALE: [CatalogueError; 1] = [error(
    "codes.toml",
    1,
    1,
    "the file changed since sec-codes-macros' `src/generated.rs` was generated from it; \
     run `cargo run -p sec-codes-codegen` to check it and regenerate",
)];

/// The catalogue, or every problem found in it.
pub fn shipped() -> Result<&'static Catalogue, &'static [CatalogueError]> {
    if !FRESH {
        return Err(&STALE);
    }
    match &MODEL {
        Ok(catalogue) => Ok(catalogue),
        Err(errors) => Err(errors),
    }
}

// A valid catalogue is written with `category` and `code`, an invalid one with `error`.
#[allow(dead_code)]
const fn category(
    key: &'static str,
    title: &'static str,
    ident: &'static str,
    start: usize,
    end: usize,
) -> Category {
    Category {
        key: Cow::Borrowed(key),
        title: Cow::Borrowed(title),
        ident: Cow::Borrowed(ident),
        range: start..end,
    }
}

#[allow(dead_code, clippy::too_many_arguments)] // One argument per field: a short generated file.
const fn code(
    name: &'static str,
    value: i32,
    category: usize,
    doc: &'static str,
    message: &'static str,
    deprecated: bool,
    alias_of: Option<usize>,
    variant: &'static str,
) -> Code {
    Code {
        name: Cow::Borrowed(name),
        value,
        category,
        doc: Cow::Borrowed(doc),
        message: Cow::Borrowed(message),
        deprecated,
        alias_of,
        variant: Cow::Borrowed(variant),
    }
}

#[allow(dead_code)]
const fn error(
    path: &'static str,
    line: usize,
    column: usize,
    message: &'static str,
) -> CatalogueError {
    CatalogueError {
        path: Cow::Borrowed(path),
        line,
        column,
        message: Cow::Borrowed(message),
    }
}
