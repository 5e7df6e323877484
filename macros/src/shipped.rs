//! The catalogue shipped in this crate, as `sec-codes-codegen` parsed and validated it.

use std::sync::OnceLock;

use crate::catalogue::{Catalogue, CatalogueError, Category, Code, source_hash};

// Defines `SOURCE_HASH` and `fn model() -> Result<Catalogue, Vec<CatalogueError>>`, written by
// `sec-codes-codegen` with the helpers below. (An `include!`d file is not reformatted by rustfmt.)
include!("generated.rs");

/// The catalogue the model was generated from. Including it makes Cargo rebuild this crate when
/// it is edited, so that a maintainer who forgets to regenerate is told so at once.
const SOURCE: &str = include_str!("../codes.toml");

/// The catalogue, or every problem found in it. Built once per compiler process.
pub fn shipped() -> Result<&'static Catalogue, &'static [CatalogueError]> {
    static CATALOGUE: OnceLock<Result<Catalogue, Vec<CatalogueError>>> = OnceLock::new();
    match CATALOGUE.get_or_init(checked_model) {
        Ok(catalogue) => Ok(catalogue),
        Err(errors) => Err(errors),
    }
}

/// The model, unless `codes.toml` changed since it was generated.
fn checked_model() -> Result<Catalogue, Vec<CatalogueError>> {
    if source_hash(SOURCE) == SOURCE_HASH {
        return model();
    }
    Err(vec![error(
        "codes.toml",
        1,
        1,
        "the file changed since sec-codes-macros' `src/generated.rs` was generated from it; \
         run `cargo run -p sec-codes-codegen` to check it and regenerate",
    )])
}

// A valid catalogue is written with `category` and `code`, an invalid one with `error`.
#[allow(dead_code)]
fn category(key: &str, title: &str, ident: &str, start: usize, end: usize) -> Category {
    Category {
        key: key.to_owned(),
        title: title.to_owned(),
        ident: ident.to_owned(),
        range: start..end,
    }
}

#[allow(dead_code, clippy::too_many_arguments)] // One argument per field: a short generated file.
fn code(
    name: &str,
    value: i32,
    category: usize,
    doc: &str,
    message: &str,
    deprecated: bool,
    alias_of: Option<usize>,
    variant: &str,
) -> Code {
    Code {
        name: name.to_owned(),
        value,
        category,
        doc: doc.to_owned(),
        message: message.to_owned(),
        deprecated,
        alias_of,
        variant: variant.to_owned(),
    }
}

#[allow(dead_code)]
fn error(path: &str, line: usize, column: usize, message: &str) -> CatalogueError {
    CatalogueError {
        path: path.to_owned(),
        line,
        column,
        message: message.to_owned(),
    }
}
