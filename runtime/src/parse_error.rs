//! [`ParseCodeError`]: what a string that names no code was, and the nearest name.

use core::fmt;

/// How many bytes of the input an error keeps: enough for any catalogue name (64 at most) and
/// then some, on the stack.
const KEPT: usize = 80;

/// The error of parsing a result-code enum from a string that is neither a code's name nor a
/// 32-bit value.
///
/// It keeps the start of the input (up to 80 bytes, cut at a character boundary; no allocation)
/// and, with the `catalogue` feature, the nearest catalogue name to it:
///
/// ```
/// use sec_codes::SecError;
///
/// let error = "errSecItemNotFund".parse::<SecError>().unwrap_err();
/// assert_eq!(error.input(), "errSecItemNotFund");
/// assert_eq!(error.nearest(), Some("errSecItemNotFound"));
/// assert_eq!(
///     error.to_string(),
///     "\"errSecItemNotFund\" is no Security framework result code name or 32-bit value; \
///      did you mean errSecItemNotFound?"
/// );
/// ```
///
/// The [text forms](crate#text-forms) that parse are in the crate documentation.
#[derive(Clone, PartialEq, Eq)]
pub struct ParseCodeError {
    /// The input's first bytes; `kept` of them are used.
    start: [u8; KEPT],
    kept: u8,
    /// Whether the input was longer than what is kept.
    truncated: bool,
    nearest: Option<&'static str>,
}

impl ParseCodeError {
    /// The error for `text`, with the nearest catalogue name where one is close.
    pub(crate) fn new(text: &str) -> Self {
        let mut end = text.len().min(KEPT);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut start = [0; KEPT];
        start[..end].copy_from_slice(&text.as_bytes()[..end]);
        ParseCodeError {
            start,
            kept: u8::try_from(end).unwrap_or(0),
            truncated: end < text.len(),
            nearest: nearest_name(text),
        }
    }

    /// The input, or its first 80 bytes if it was longer (see [`is_truncated`](Self::is_truncated)).
    #[must_use]
    pub fn input(&self) -> &str {
        // Cut at a character boundary of a `str`, so always valid UTF-8.
        core::str::from_utf8(&self.start[..usize::from(self.kept)]).unwrap_or_default()
    }

    /// Whether [`input`](Self::input) is only the start of the input.
    #[must_use]
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The catalogue name nearest to the input, if one is close (a few typos away); always
    /// `None` without the `catalogue` feature.
    #[must_use]
    pub fn nearest(&self) -> Option<&'static str> {
        self.nearest
    }
}

#[cfg(feature = "catalogue")]
fn nearest_name(text: &str) -> Option<&'static str> {
    crate::nearest::nearest_name(text)
}

#[cfg(not(feature = "catalogue"))]
fn nearest_name(_: &str) -> Option<&'static str> {
    None
}

/// The input, quoted and escaped (`…` after it if it was cut), then the nearest name:
/// `"errSecItemNotFund" is no Security framework result code name or 32-bit value; did you mean
/// errSecItemNotFound?`
impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.input())?;
        if self.truncated {
            f.write_str("…")?;
        }
        f.write_str(" is no Security framework result code name or 32-bit value")?;
        if let Some(nearest) = self.nearest {
            write!(f, "; did you mean {nearest}?")?;
        }
        Ok(())
    }
}

/// `ParseCodeError { input: "errSecItemNotFund", truncated: false, nearest: Some("…") }`.
impl fmt::Debug for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseCodeError")
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .field("nearest", &self.nearest)
            .finish()
    }
}

impl core::error::Error for ParseCodeError {}
