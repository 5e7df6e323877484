//! What `#[sec_codes]` generates, rendered: an example enum for reading the generated API
//! (like bitflags' `example_generated`). Not part of the API: do not use it in code.
//!
//! It is written as
//!
//! ```
//! # use sec_codes::sec_codes;
//! /// Errors of a keychain layer that also checks OCSP responses.
//! #[sec_codes(categories = "keychain, ocsp", codes = "errSecDiskFull", exclude = "errSecDataNotAvailable")]
//! pub enum StoreError {}
//! ```
//!
//! and gets, for each selected code, a variant documented with Apple's text (plus `Other` for
//! every other status), the inherent methods `code` (a `const fn`), `from_code`, `name`,
//! `message`, `category`, `info` and `check`, the constant `ALL`, constants for the selected
//! codes' other names (`DskFull`, deprecated), and the impls listed below: `ResultCode`,
//! `From<OSStatus>` (total) and back, `TryFrom<isize>`, `FromStr`, `Display`, `Debug` with the
//! value, `Error`, `From` both ways with [`SecError`](crate::SecError), and for each
//! [`codes`](crate::codes) enum selected whole (`Ocsp` here), `From` it and `TryFrom` back.

/// Errors of a keychain layer that also checks OCSP responses.
#[crate::sec_codes(
    categories = "keychain, ocsp",
    codes = "errSecDiskFull",
    exclude = "errSecDataNotAvailable"
)]
pub enum StoreError {}
