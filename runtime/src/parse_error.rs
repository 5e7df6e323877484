use core::fmt;

/// The error of parsing a result-code enum from a string that is no catalogue name.
///
/// Generated enums parse Apple names (`"errSecItemNotFound"`, or `"ItemNotFound"` without the
/// prefix) and variant names (`"Io"` for `errSecIO`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCodeError(pub(crate) ());

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown Security framework result code name")
    }
}

impl core::error::Error for ParseCodeError {}
