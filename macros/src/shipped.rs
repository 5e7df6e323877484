//! The catalogue shipped in this crate, as `sec-codes-codegen` parsed and validated it: a
//! `static`, so a macro call reads it without building anything.

// The model of an invalid catalogue (its errors) names neither `Category` nor `Code`.
#[allow(unused_imports)]
use crate::catalogue::{Catalogue, CatalogueError, Category, Code, MacosMessage, source_hash};

// Defines `SOURCE_HASH` and `static MODEL`, written by `sec-codes-codegen` as struct literals of
// the `catalogue` types, each field named. (An `include!`d file is not reformatted by rustfmt.)
include!("generated.rs");

/// The catalogue the model was generated from. Including it makes Cargo rebuild this crate, and
/// so `sec-codes`, when it is edited, so that a maintainer who forgets to regenerate is told so
/// at once.
const SOURCE: &str = include_str!("../codes.toml");

/// What every macro call reports when `codes.toml` changed since the model was generated.
static STALE: [CatalogueError; 1] = [CatalogueError {
    path: "codes.toml",
    line: 1,
    column: 1,
    message: "the file changed since sec-codes-macros' `src/generated.rs` was generated from it; \
              run `cargo run -p sec-codes-codegen` to check it and regenerate",
}];

/// The catalogue, or every problem found in it.
pub fn shipped() -> Result<&'static Catalogue, &'static [CatalogueError]> {
    match &MODEL {
        Ok(catalogue) => Ok(catalogue),
        Err(errors) => Err(*errors),
    }
}

/// [`shipped`], or why not: also whether the model is as fresh as `codes.toml`. Only the macros
/// that build `sec-codes` itself check (hashing the file costs a few million instructions in an
/// unoptimized macro): `sec-codes` is built before any crate that uses the macros, and a
/// published model is always fresh.
pub fn checked() -> Result<&'static Catalogue, &'static [CatalogueError]> {
    static FRESH: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if !*FRESH.get_or_init(|| source_hash(SOURCE) == SOURCE_HASH) {
        return Err(&STALE);
    }
    shipped()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_is_fresh_and_valid() {
        assert_eq!(source_hash(SOURCE), SOURCE_HASH);
        let catalogue = checked().expect("the shipped catalogue is valid");
        assert_eq!(catalogue.codes.len(), 1097);
    }

    #[test]
    fn a_checkout_with_crlf_line_ends_is_fresh() {
        let crlf = SOURCE.replace('\n', "\r\n");
        assert_eq!(crlf.matches("\r\n").count(), SOURCE.lines().count());
        assert_eq!(source_hash(&crlf), SOURCE_HASH);
    }

    #[test]
    fn an_edit_changes_the_fingerprint() {
        let edited = SOURCE.replacen("-25300", "-25301", 1);
        assert_eq!(edited.len(), SOURCE.len());
        assert_ne!(source_hash(&edited), SOURCE_HASH);
        assert_ne!(source_hash(&format!("{SOURCE}\n")), SOURCE_HASH);
        assert_ne!(source_hash(&SOURCE.replacen('\n', "\r", 1)), SOURCE_HASH);
        assert_eq!(
            STALE[0].to_string().split(": ").next(),
            Some("codes.toml:1:1")
        );
    }
}
