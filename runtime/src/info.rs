use core::fmt;

use crate::{Category, OSStatus};

/// One entry of the catalogue: everything known about a result code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CodeInfo {
    /// The Apple constant name, e.g. `"errSecItemNotFound"`.
    pub name: &'static str,
    /// The `OSStatus` value, e.g. `-25300`.
    pub value: OSStatus,
    /// The documentation category the code is listed under.
    pub category: Category,
    /// Apple's documentation text, e.g. `"The item cannot be found."`.
    pub doc: &'static str,
    /// What `SecCopyErrorMessageString` returns on macOS, e.g.
    /// `"The specified item could not be found in the keychain."`.
    pub message: &'static str,
    /// Whether Apple deprecated this name.
    pub deprecated: bool,
    /// For a deprecated alias, the name of the code whose value it shares.
    pub alias_of: Option<&'static str>,
}

impl CodeInfo {
    /// The name without its `errSec` prefix, e.g. `"ItemNotFound"`.
    #[must_use]
    pub fn short_name(&self) -> &'static str {
        self.name.strip_prefix("errSec").unwrap_or(self.name)
    }

    /// The value as `security error` prints it: 32-bit two's complement hex, e.g. `0xFFFF9D2C`.
    #[must_use]
    pub fn hex(&self) -> Hex {
        Hex(self.value)
    }
}

/// Formats as the message, then the Apple name and value:
/// `The specified item could not be found in the keychain. (errSecItemNotFound, -25300)`.
impl fmt::Display for CodeInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, {})", self.message, self.name, self.value)
    }
}

/// An `OSStatus` formatted as `security error` prints it: `0xFFFF9D2C` for `-25300`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hex(pub OSStatus);

impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The status's bits as unsigned, the way C prints an `OSStatus` with `%#X`.
        write!(f, "0x{:08X}", self.0.cast_unsigned())
    }
}
