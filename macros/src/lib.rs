//! Proc macros of [`sec-codes`](https://docs.rs/sec-codes): typed enums for Apple Security
//! framework result codes, generated from the catalogue `codes.toml` shipped in this crate.
//!
//! Use them through `sec-codes`, which re-exports [`macro@sec_codes`] and [`sec_code!`] and holds
//! the traits and types the generated code refers to.

mod args;
mod catalogue;
mod expand;
mod hash;
// Also compiled into `sec-codes` and the code generator, which use what the macros do not.
#[allow(dead_code)]
mod naming;
#[cfg(test)]
mod naming_tests;
// Also compiled into the code generator, which writes each variant's doc into the model.
#[allow(dead_code)]
mod prose;
mod select;
mod shipped;
mod suggest;

use proc_macro::TokenStream;

/// Fills an empty enum with the result codes of the chosen categories and codes.
///
/// ```text
/// #[sec_codes(categories = "keychain, ocsp", exclude = "errSecDataNotAvailable")]
/// pub enum StoreError {}
/// ```
///
/// Arguments (names separated by commas and/or whitespace):
/// - `categories = "…"`: category keys of `codes.toml` (`keychain`, `code_signing`, …; any case,
///   with `-`, `_`, a space or nothing between words), or `"all"`;
/// - `codes = "…"`: further codes by Apple name;
/// - `exclude = "…"`: codes to leave out;
/// - `crate = "path"`: where `sec_codes` is, for crates that re-export it;
/// - `serde`: implement `Serialize` and `Deserialize` (needs the `serde` feature of `sec-codes`).
///
/// See `sec_codes::example_generated` for the generated API, rendered.
#[proc_macro_attribute]
pub fn sec_codes(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::attribute(args.into(), item.into()).into()
}

/// The value of a result code by Apple name, as an `i32` literal usable in patterns:
/// `sec_code!(errSecItemNotFound)` is `-25300`. An unknown name is a compile error.
#[proc_macro]
pub fn sec_code(input: TokenStream) -> TokenStream {
    expand::sec_code(input.into()).into()
}

#[doc(hidden)]
#[proc_macro]
pub fn __categories(input: TokenStream) -> TokenStream {
    expand::runtime::categories(input.into()).into()
}

#[doc(hidden)]
#[proc_macro]
pub fn __catalogue(input: TokenStream) -> TokenStream {
    expand::runtime::catalogue(input.into()).into()
}

#[doc(hidden)]
#[proc_macro]
pub fn __sec_error(input: TokenStream) -> TokenStream {
    expand::runtime::sec_error(input.into()).into()
}

#[doc(hidden)]
#[proc_macro]
pub fn __category_enums(input: TokenStream) -> TokenStream {
    expand::runtime::category_enums(input.into()).into()
}
