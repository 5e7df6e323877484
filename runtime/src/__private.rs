//! What generated code calls. Not public API: names and signatures may change in any release.

use core::fmt;

use crate::{OSStatus, ParseCodeError, describe, lookup, lookup::lookup_variant};

pub use crate::__impl_serde as impl_serde;

/// `Display` of every generated enum: the catalogue's message, Apple name and value, or the
/// decimal and hex value of a code the catalogue does not know.
pub fn display(code: OSStatus, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match describe(code) {
        Some(info) => fmt::Display::fmt(info, f),
        None => write!(
            f,
            "unknown Security framework result code {code} ({})",
            crate::Hex(code)
        ),
    }
}

/// `SecCode::from_code` of every generated enum: the catalogue index of a value, which the
/// generated code maps to a position in its `ALL` through a table.
#[inline]
#[must_use]
pub fn catalogue_index(code: OSStatus) -> Option<usize> {
    crate::lookup::index_of_value(code)
}

/// `FromStr` of every generated enum: an Apple name (with or without `errSec`) or a variant name.
pub fn parse(text: &str) -> Result<OSStatus, ParseCodeError> {
    lookup(text)
        .or_else(|| lookup_variant(text))
        .map(|info| info.value)
        .ok_or(ParseCodeError(()))
}

#[cfg(feature = "serde")]
pub use crate::serde_support::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use serde;

/// Without the `serde` feature, generated enums implement no serde traits.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ty) => {};
}
