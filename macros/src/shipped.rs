//! The catalogue shipped in this crate, as `build.rs` parsed and validated it.

use std::sync::OnceLock;

use crate::catalogue::{Catalogue, CatalogueError, Category, Code};

// Defines `fn model() -> Result<Catalogue, Vec<CatalogueError>>`, written by `build.rs` with the
// helpers below.
include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The catalogue, or every problem `build.rs` found in it. Built once per compiler process.
pub fn shipped() -> Result<&'static Catalogue, &'static [CatalogueError]> {
    static CATALOGUE: OnceLock<Result<Catalogue, Vec<CatalogueError>>> = OnceLock::new();
    match CATALOGUE.get_or_init(model) {
        Ok(catalogue) => Ok(catalogue),
        Err(errors) => Err(errors),
    }
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
