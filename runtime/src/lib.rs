//! Apple Security framework result codes (`OSStatus` values such as
//! `errSecItemNotFound = -25300`) as first-class Rust types.
//!
//! - [`describe`], [`lookup`], [`message`] and [`catalog`] answer questions about any code of
//!   Apple's `SecBase.h` on any OS, without Apple FFI: the whole catalogue is compiled in.
//! - [`SecError`] has a variant for every code; [`codes`] has one enum per category.
//! - [`#[sec_codes]`](macro@sec_codes) builds a trimmed error enum from the categories and codes a
//!   crate cares about, and [`sec_code!`] matches raw `OSStatus` values by Apple name.
//!
//! ```
//! use sec_codes::{sec_code, sec_codes, OSStatus, SecCode};
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
//! assert_eq!(error.name(), Some("errSecDuplicateItem"));
//! assert_eq!(
//!     error.to_string(),
//!     "The specified item already exists in the keychain. (errSecDuplicateItem, -25299)"
//! );
//! ```
//!
//! The crate is `no_std`, allocates nothing and contains no `unsafe` code.

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Generated code names this crate by its absolute path, `::sec_codes`, also in here.
extern crate self as sec_codes;

mod category;
mod info;
mod lookup;
mod parse_error;
mod sec_code;
mod sec_error;
#[cfg(feature = "serde")]
mod serde_support;
mod tables;

#[doc(hidden)]
pub mod __private;

pub mod codes;

pub use category::{Category, ParseCategoryError};
pub use info::{CodeInfo, Hex};
pub use lookup::{catalog, describe, lookup, message};
pub use parse_error::ParseCodeError;
pub use sec_code::SecCode;
pub use sec_codes_macros::{sec_code, sec_codes};
pub use sec_error::SecError;

/// The status type of Apple's Security framework: `OSStatus` is a C `int32_t`.
///
/// `0` (`errSecSuccess`) means success; every other value is an error.
pub type OSStatus = i32;
