//! Proc macros of [`sec-codes`](https://docs.rs/sec-codes): typed enums for Apple Security
//! framework result codes, generated from the catalogue `codes.toml` shipped in this crate.
//!
//! Use them through `sec-codes`, which re-exports [`macro@sec_codes`] and [`sec_code!`] and holds
//! the traits and types the generated code refers to.

// Modules bottom-up: each uses only those above it (ARCHITECTURE.md; `codegen/tests/layers.rs`
// checks it).
//
// The model, shared with the code generator and (in part) the runtime; see its `mod.rs`. The
// checked-in model in its types.
mod model;
mod shipped;
// The macros' own data beside the model: category notes, the errno range's texts.
mod category_notes;
mod errno;
// The front end: the attribute's arguments, and the selection they make in the catalogue.
mod args;
mod select;
// The back end: tokens for a valid selection.
mod expand;
// Tests of the model's naming rules against the shipped model, which only this crate has.
#[cfg(test)]
mod naming_tests;

// The model's modules by their short paths (`crate::catalogue`, …), as the rest of the crate
// names them.
use model::{catalogue, hash, naming, prose, suggest};

use proc_macro::TokenStream;

/// Fills an empty enum with the result codes of the chosen categories and codes.
///
/// ```text
/// #[sec_codes(categories = "keychain, ocsp", exclude = "errSecDataNotAvailable")]
/// #[derive(PartialOrd, Ord)] // your derives go below the attribute
/// pub enum StoreError {}
/// ```
///
/// Arguments (names separated by commas and/or whitespace):
/// - `categories = "…"`: category keys (`keychain`, `secure_transport`, …; any case, with `-`,
///   `_`, a space or nothing between words), or `"all"`. `code_signing` is the certificate-policy
///   codes of Apple's "Code Signing" heading; Apple's code-signing API (`errSecCS*`) is
///   `code_signing_services`. An unknown key is an error that lists every key with its title;
/// - `codes = "…"`: further codes by Apple name, exactly as Apple spells it;
/// - `exclude = "…"`: codes to leave out;
/// - `crate = "path"`: where `sec_codes` is, for crates that reach it through a re-export;
/// - `serde`: implement `Serialize` and `Deserialize` (needs the `serde` feature of `sec-codes`).
///
/// # Put it above your derives
///
/// Attributes apply top to bottom. A `#[derive]` written *above* `#[sec_codes]` runs on the
/// enum as written, with no variants, and rustc reports, at the derive:
///
/// ```text
/// error[E0119]: conflicting implementations of trait `Clone` for type `StoreError`
/// error[E0004]: non-exhaustive patterns: `StoreError::NotAvailable`, `StoreError::ReadOnly`,
///               `StoreError::AuthFailed` and 28 more not covered
/// ```
///
/// Write `#[sec_codes(...)]` first. Below it, a derive of `Clone`, `Copy`, `Debug`, `PartialEq`,
/// `Eq` or `Hash` (which the enum gets anyway) is dropped, other derives are kept, and `Default`
/// is an error (no result code is a natural default).
///
/// # `crate = …`
///
/// The generated code names the runtime `::sec_codes`. In a crate that reaches sec-codes only
/// through a re-export (`wrapper::sec_codes`), that path does not resolve and rustc reports
///
/// ```text
/// error[E0433]: cannot find `sec_codes` in the crate root
/// error[E0119]: conflicting implementations of trait `TryFrom<isize>` for type `StoreError`
/// ```
///
/// (the second follows from the first): write `crate = "wrapper::sec_codes"`. The macro cannot
/// detect this itself: a proc macro does not see how its caller's paths resolve.
///
/// # Deprecated names
///
/// A name Apple deprecated (`errSecDskFull`) in `codes` or `exclude` warns with its
/// replacement, as the enum's constant `StoreError::DskFull` does.
///
/// See `sec_codes::example_generated` for the generated API, rendered, and the crate
/// documentation of `sec-codes` for variant names, text forms, features and the semver policy.
#[proc_macro_attribute]
pub fn sec_codes(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::attribute(args.into(), item.into()).into()
}

/// The value of a result code by Apple name, as an `i32` literal usable in patterns:
/// `sec_code!(errSecItemNotFound)` is `-25300`. The name is Apple's, exactly as spelled in its
/// headers (any family: `errSSLClosedAbort`, `CSSMERR_TP_NOT_TRUSTED`); an unknown name, a short
/// name (`ItemNotFound`) or another case is a compile error that suggests the exact name.
///
/// A name Apple deprecated (`errSecDskFull`) warns, naming the replacement: it expands to a
/// `#[deprecated]` constant of `::sec_codes` rather than a literal.
#[proc_macro]
pub fn sec_code(input: TokenStream) -> TokenStream {
    expand::sec_code(input.into()).into()
}

#[doc(hidden)]
#[proc_macro]
pub fn __rules(input: TokenStream) -> TokenStream {
    expand::runtime::rules(input.into()).into()
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

#[doc(hidden)]
#[proc_macro]
pub fn __deprecated_names(input: TokenStream) -> TokenStream {
    expand::runtime::deprecated_names(input.into()).into()
}
