//! What generated code calls. Not public API: names and signatures may change in any release.

use core::fmt;

use crate::{Category, CodeInfo, Hex, OSStatus, ParseCodeError, ResultCode};

pub use crate::__impl_serde as impl_serde;
#[cfg(feature = "serde")]
pub use crate::serde_support::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use serde;

/// Texts joined into one string with the end offset of each: one pointer for all of them, so a
/// position-independent binary needs no relocation per text.
#[derive(Debug)]
pub struct Texts {
    text: &'static str,
    ends: &'static [u32],
}

impl Texts {
    /// `ends[i]` is where text `i` ends in `text` (it starts where text `i - 1` ends).
    #[must_use]
    pub const fn new(text: &'static str, ends: &'static [u32]) -> Self {
        Texts { text, ends }
    }

    /// Text `index`; `None` past the end. Empty texts are how tables say "as another field".
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&'static str> {
        let end = usize::try_from(*self.ends.get(index)?).ok()?;
        let start = match index.checked_sub(1) {
            Some(previous) => usize::try_from(*self.ends.get(previous)?).ok()?,
            None => 0,
        };
        self.text.get(start..end)
    }

    /// The number of texts.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no texts.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// What each generated enum knows of its listed variants, by position in its `ALL`.
#[derive(Debug)]
pub struct Tables {
    /// Apple names.
    pub names: Texts,
    /// Messages; empty where the message is the name.
    pub messages: Texts,
    /// Variant names, for `Debug` and `FromStr`.
    pub variants: Texts,
    /// Hash table by value (see `hash.rs` of sec-codes-macros): position + 1, 0 when empty.
    pub by_value: &'static [u16],
    /// `(end, category)`: positions from the previous end up to `end` are in `category`.
    pub categories: &'static [(u16, Category)],
}

/// `from_code` of every generated enum: probes its table, then checks the value found.
#[inline]
#[must_use]
pub fn from_code<T: ResultCode>(code: OSStatus) -> Option<T> {
    let position = probe(T::__TABLES.by_value, code, |position| {
        T::ALL.get(position).map(|listed| listed.code())
    })?;
    T::ALL.get(position).copied()
}

/// Linear probing over a table of `index + 1` entries from the home slot of `code`'s hash, until
/// `value_of` an index is `code` or an empty slot is met. Tables are at most half full, so an
/// empty slot always comes; the probe is bounded by the table's length all the same.
#[inline]
pub(crate) fn probe(
    table: &[u16],
    code: OSStatus,
    value_of: impl Fn(usize) -> Option<OSStatus>,
) -> Option<usize> {
    use crate::tables::shared::{home_slot, value_hash};
    let mask = table.len().checked_sub(1)?;
    let mut slot = home_slot(value_hash(code), table.len());
    for _ in 0..table.len() {
        let index = usize::from(*table.get(slot)?).checked_sub(1)?;
        if value_of(index) == Some(code) {
            return Some(index);
        }
        slot = (slot + 1) & mask;
    }
    None
}

/// `name` of every generated enum.
#[inline]
pub fn name<T: ResultCode>(value: T) -> Option<&'static str> {
    match value.__position() {
        Some(position) => T::__TABLES.names.get(position),
        None => describe(value.code()).map(CodeInfo::name),
    }
}

/// `message` of every generated enum.
#[inline]
pub fn message<T: ResultCode>(value: T) -> Option<&'static str> {
    match value.__position() {
        Some(position) => match T::__TABLES.messages.get(position) {
            Some("") => T::__TABLES.names.get(position),
            message => message,
        },
        None => describe(value.code()).map(CodeInfo::message),
    }
}

/// `category` of every generated enum.
#[inline]
pub fn category<T: ResultCode>(value: T) -> Option<Category> {
    match value.__position() {
        Some(position) => T::__TABLES
            .categories
            .iter()
            .find(|(end, _)| position < usize::from(*end))
            .map(|&(_, category)| category),
        None => describe(value.code()).map(CodeInfo::category),
    }
}

/// The catalogue's entry for a code: `None` without the `catalogue` feature.
#[inline]
#[must_use]
pub fn describe(code: OSStatus) -> Option<CodeInfo> {
    #[cfg(feature = "catalogue")]
    return crate::describe(code);
    #[cfg(not(feature = "catalogue"))]
    {
        let _ = code;
        None
    }
}

/// `FromStr` of every generated enum: an Apple name (with or without `errSec`) or a variant
/// name, in any case. Names the catalogue knows but the enum does not list become `Other`;
/// without the `catalogue` feature, only the enum's own names are known.
///
/// # Errors
///
/// A text that names no code.
pub fn parse<T: ResultCode>(text: &str) -> Result<T, ParseCodeError> {
    #[cfg(feature = "catalogue")]
    if let Some(info) = crate::lookup(text) {
        return Ok(T::from(info.value()));
    }
    let tables = T::__TABLES;
    (0..T::ALL.len())
        .find(|&position| {
            let name = tables.names.get(position).unwrap_or_default();
            let variant = tables.variants.get(position).unwrap_or_default();
            text.eq_ignore_ascii_case(name)
                || text.eq_ignore_ascii_case(variant)
                || crate::tables::shared::short_name(name)
                    .is_some_and(|short| text.eq_ignore_ascii_case(short))
        })
        .and_then(|position| T::ALL.get(position).copied())
        .ok_or(ParseCodeError(()))
}

/// `Display` of every generated enum.
///
/// # Errors
///
/// Those of the formatter.
pub fn display<T: ResultCode>(value: T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let code = value.code();
    match (value.__position(), describe(code)) {
        (Some(_), _) => {
            let name = name(value).unwrap_or_default();
            let message = message(value).unwrap_or_default();
            write_code(f, name, message, code)
        }
        (None, Some(info)) => fmt::Display::fmt(&info, f),
        // Without the catalogue, a code may well be one Apple defines: it is not called unknown.
        (None, None) if cfg!(feature = "catalogue") => write!(
            f,
            "unknown Security framework result code {code} ({})",
            Hex(code)
        ),
        (None, None) => write!(f, "Security framework result code {code} ({})", Hex(code)),
    }
}

/// `message (name, code)`, or `name (code)` where the message is only the name.
pub(crate) fn write_code(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    message: &str,
    code: OSStatus,
) -> fmt::Result {
    if message == name {
        write!(f, "{name} ({code})")
    } else {
        write!(f, "{message} ({name}, {code})")
    }
}

/// `Debug` of every generated enum: `ItemNotFound { code: -25300, message: "…" }`, or
/// `Other { code: -9806, name: "errSSLClosedAbort", message: "…" }` with what the catalogue knows.
///
/// # Errors
///
/// Those of the formatter.
pub fn debug<T: ResultCode>(value: T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let code = value.code();
    match value.__position() {
        Some(position) => {
            let variant = T::__TABLES.variants.get(position).unwrap_or_default();
            let mut out = f.debug_struct(variant);
            out.field("code", &code);
            if let (Some(name), Some(message)) = (name(value), message(value))
                && name != message
            {
                out.field("message", &message);
            }
            out.finish()
        }
        None => {
            let mut out = f.debug_struct("Other");
            out.field("code", &code);
            if let Some(info) = describe(code) {
                out.field("name", &info.name());
                if info.message() != info.name() {
                    out.field("message", &info.message());
                }
            }
            out.finish()
        }
    }
}

/// Without the `serde` feature, asking an enum for serde impls is an error that says what to do;
/// the feature only adds, it never changes a crate that built without it.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ty) => {
        ::core::compile_error!(
            "#[sec_codes(serde)] needs the `serde` feature of sec-codes: \
             sec-codes = { version = \"…\", features = [\"serde\"] }"
        );
    };
}
