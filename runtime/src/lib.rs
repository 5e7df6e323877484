//! Apple Security framework result codes (`OSStatus` values such as
//! `errSecItemNotFound = -25300`) as first-class Rust types.
//!
//! - [`#[sec_codes]`](macro@sec_codes) builds a trimmed error enum from the categories and codes a
//!   crate cares about, and [`sec_code!`] matches raw `OSStatus` values by Apple name; the API
//!   they generate is shown, rendered, in [`example_generated`].
//! - [`SecError`] has a variant for every code; [`codes`] has one enum per category.
//! - [`describe`], [`lookup`], [`message`] and [`catalogue`] answer questions about any of the
//!   framework's 1,097 names (`errSec*`, `errSSL*`, `errSecCS*`, `errAuthorization*`,
//!   `errSession*`, `errSecureDownload*`, `CSSMERR_*`) on any OS, without Apple FFI.
//!
//! ```
//! use sec_codes::{OSStatus, sec_code, sec_codes};
//!
//! /// Errors of a keychain layer.
//! #[sec_codes(categories = "keychain")]
//! pub enum StoreError {}
//!
//! fn delete(status: OSStatus) -> Result<bool, StoreError> {
//!     match status {
//!         sec_code!(errSecItemNotFound) => Ok(false),
//!         status => StoreError::check(status).map(|()| true),
//!     }
//! }
//!
//! assert_eq!(delete(0), Ok(true));
//! assert_eq!(delete(-25300), Ok(false));
//! let error = delete(-25299).unwrap_err();
//! assert_eq!(error, StoreError::DuplicateItem);
//! assert_eq!(error.code(), -25299);
//! assert_eq!(error.name(), Some("errSecDuplicateItem"));
//! assert_eq!(
//!     error.to_string(),
//!     "The specified item already exists in the keychain. (errSecDuplicateItem, -25299)"
//! );
//! ```
//!
//! # Features
//!
//! - `catalogue` (default): every code's name, message and documentation for [`describe`],
//!   [`lookup`], [`message`], [`catalogue`], [`Category::codes`] and the names of `Other` codes.
//!   Every enum then reads its variants' texts from the catalogue, stored once whatever the
//!   number of enums. Without it each enum carries the strings of its own variants, and `Other`
//!   codes show their value in decimal and hex.
//! - `serde`: `Serialize`/`Deserialize` for [`SecError`] and [`codes`], and for each
//!   `#[sec_codes(serde)]` enum.
//!
//! The crate is `no_std`, allocates nothing and contains no `unsafe` code.

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Generated code names this crate by its absolute path, `::sec_codes`, also in here.
extern crate self as sec_codes;

mod category;
mod info;
#[cfg(feature = "catalogue")]
mod lookup;
mod parse_error;
#[cfg(doctest)]
mod readme_doctest;
mod result_code;
mod sec_error;
#[cfg(feature = "serde")]
mod serde_support;
mod tables;

#[doc(hidden)]
pub mod __private;

pub mod codes;
pub mod example_generated;

pub use category::{Category, ParseCategoryError};
pub use info::{CodeInfo, Hex};
#[cfg(feature = "catalogue")]
#[cfg_attr(docsrs, doc(cfg(feature = "catalogue")))]
pub use lookup::{Codes, catalogue, describe, lookup, message};
pub use parse_error::ParseCodeError;
pub use result_code::ResultCode;
/// The former name of [`ResultCode`], kept so that existing imports still compile.
pub use result_code::ResultCode as SecCode;
pub use sec_codes_macros::{sec_code, sec_codes};
pub use sec_error::SecError;

/// The status type of Apple's Security framework: `OSStatus` is a C `int32_t`.
///
/// `0` (`errSecSuccess`) means success; every other value is an error.
pub type OSStatus = i32;
