//! What generated code calls. Not public API: names and signatures may change in any release.

use core::fmt;

use crate::tables::shared::MAX_NAME_LEN;
use crate::{Category, CodeInfo, Hex, OSStatus, ParseCodeError, ResultCode};

pub use crate::__impl_serde as impl_serde;
pub use crate::__tables as tables;
#[cfg(feature = "serde")]
pub use crate::serde_support::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use serde;

/// A `#[deprecated]` constant per deprecated Apple name: `sec_code!(errSecDskFull)` and
/// `codes = "errSecDskFull"` refer to it, so that they warn as `E::DskFull` does.
pub mod deprecated {
    sec_codes_macros::__deprecated_names!();
}

/// Texts joined into one string with the end offset of each: one pointer for all of them, so a
/// position-independent binary needs no relocation per text.
#[derive(Debug)]
pub struct Texts {
    text: &'static str,
    ends: Ends,
}

/// End offsets, two bytes each while the text is under 64 KiB.
#[derive(Debug)]
pub enum Ends {
    /// Offsets below 65,536.
    Narrow(&'static [u16]),
    /// Any offsets.
    Wide(&'static [u32]),
}

impl Ends {
    #[inline]
    fn get(&self, index: usize) -> Option<usize> {
        match self {
            Ends::Narrow(ends) => ends.get(index).map(|&end| usize::from(end)),
            Ends::Wide(ends) => ends.get(index).and_then(|&end| usize::try_from(end).ok()),
        }
    }
}

impl Texts {
    /// `ends` has where each text ends in `text` (it starts where the previous one ends).
    #[must_use]
    pub const fn new(text: &'static str, ends: Ends) -> Self {
        Texts { text, ends }
    }

    /// Where text `index` lies in the blob: from where the previous one ends to its own end.
    #[inline]
    fn range(&self, index: usize) -> Option<core::ops::Range<usize>> {
        let end = self.ends.get(index)?;
        let start = match index.checked_sub(1) {
            Some(previous) => self.ends.get(previous)?,
            None => 0,
        };
        Some(start..end)
    }

    /// Text `index`; `None` past the end. Empty texts are how tables say "as another field".
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&'static str> {
        self.text.get(self.range(index)?)
    }

    /// Text `index` as bytes: like [`get`](Self::get) without the check that the offsets fall
    /// on character boundaries, for comparing with a key.
    #[inline]
    #[must_use]
    pub fn bytes(&self, index: usize) -> Option<&'static [u8]> {
        self.text.as_bytes().get(self.range(index)?)
    }
}

/// A perfect hash table laid out by the macros (see `hash.rs` of sec-codes-macros): a pilot per
/// bucket, and per slot the index of the one key that hashes there, plus one (0: empty). Sizes
/// are powers of two known at compile time, so indexing needs no bounds check.
#[derive(Debug)]
pub struct Perfect<const BUCKETS: usize, const SLOTS: usize> {
    pilots: [u16; BUCKETS],
    slots: [u16; SLOTS],
}

impl<const BUCKETS: usize, const SLOTS: usize> Perfect<BUCKETS, SLOTS> {
    /// The table as the macros laid it out.
    #[must_use]
    pub const fn new(pilots: [u16; BUCKETS], slots: [u16; SLOTS]) -> Self {
        Perfect { pilots, slots }
    }

    /// The index of the only key that can have this hash; the caller compares the key.
    #[inline]
    #[must_use]
    pub fn find(&self, hash: u64) -> Option<usize> {
        use crate::tables::shared::{bucket, slot};
        let pilot = self.pilots[bucket(hash, BUCKETS) & (BUCKETS - 1)];
        usize::from(self.slots[slot(hash, pilot, SLOTS) & (SLOTS - 1)]).checked_sub(1)
    }
}

/// The value table of a generated enum: like [`Perfect`], with each slot's value beside its
/// position (plus one), so that a lookup reads one slot and compares.
#[derive(Debug)]
pub struct PerfectValues<const BUCKETS: usize, const SLOTS: usize> {
    pilots: [u16; BUCKETS],
    values: [OSStatus; SLOTS],
    positions: [u16; SLOTS],
}

impl<const BUCKETS: usize, const SLOTS: usize> PerfectValues<BUCKETS, SLOTS> {
    /// The table as the macros laid it out.
    #[must_use]
    pub const fn new(
        pilots: [u16; BUCKETS],
        values: [OSStatus; SLOTS],
        positions: [u16; SLOTS],
    ) -> Self {
        PerfectValues {
            pilots,
            values,
            positions,
        }
    }

    /// The position of `code` in the enum's `ALL`, if it lists it.
    #[inline]
    #[must_use]
    pub fn find(&self, code: OSStatus) -> Option<usize> {
        use crate::tables::shared::{bucket, slot, value_hash};
        let hash = value_hash(code);
        let pilot = self.pilots[bucket(hash, BUCKETS) & (BUCKETS - 1)];
        let at = slot(hash, pilot, SLOTS) & (SLOTS - 1);
        if self.values[at] == code {
            usize::from(self.positions[at]).checked_sub(1)
        } else {
            None
        }
    }
}

/// What a generated enum knows of its listed variants, by position in its `ALL`. With the
/// `catalogue` feature, each one's entry in the catalogue: its texts are the catalogue's, stored
/// once whatever the number of enums, and an enum adds two bytes a variant.
#[cfg(feature = "catalogue")]
#[derive(Debug)]
pub struct Tables {
    entries: &'static [u16],
}

#[cfg(feature = "catalogue")]
impl Tables {
    /// `entries[position]` is the catalogue index of the variant at `position`.
    #[must_use]
    pub const fn new(entries: &'static [u16]) -> Self {
        Tables { entries }
    }

    /// The catalogue's entry of the variant at `position`.
    #[inline]
    fn info(&self, position: usize) -> Option<CodeInfo> {
        self.entries
            .get(position)
            .and_then(|&index| CodeInfo::at(usize::from(index)))
    }

    #[inline]
    fn name(&self, position: usize) -> Option<&'static str> {
        self.info(position).map(CodeInfo::name)
    }

    #[inline]
    fn message(&self, position: usize) -> Option<&'static str> {
        self.info(position).map(CodeInfo::message)
    }

    #[inline]
    fn category(&self, position: usize) -> Option<Category> {
        self.info(position).map(CodeInfo::category)
    }

    /// The variant name, spelled from the Apple name (as the macros name variants) into
    /// `buffer`: the catalogue holds no second copy of the names.
    fn variant<'b>(&self, position: usize, buffer: &'b mut [u8; MAX_NAME_LEN]) -> Option<&'b str> {
        crate::tables::shared::variant_name(self.name(position)?, buffer)
    }
}

/// What a generated enum knows of its listed variants, by position in its `ALL`. Without the
/// `catalogue` feature, its own texts: those of its variants only.
#[cfg(not(feature = "catalogue"))]
#[derive(Debug)]
pub struct Tables {
    /// Apple names.
    pub names: Texts,
    /// Messages; empty where the message is the name.
    pub messages: Texts,
    /// Variant names, for `Debug` and `FromStr`.
    pub variants: Texts,
    /// `(end, category)`: positions from the previous end up to `end` are in `category`.
    pub categories: &'static [(u16, Category)],
}

#[cfg(not(feature = "catalogue"))]
impl Tables {
    /// No catalogue, no entry.
    #[inline]
    #[allow(clippy::unused_self)]
    fn info(&self, _position: usize) -> Option<CodeInfo> {
        None
    }

    #[inline]
    fn name(&self, position: usize) -> Option<&'static str> {
        self.names.get(position)
    }

    #[inline]
    fn message(&self, position: usize) -> Option<&'static str> {
        match self.messages.get(position) {
            Some("") => self.names.get(position),
            message => message,
        }
    }

    #[inline]
    fn category(&self, position: usize) -> Option<Category> {
        self.categories
            .iter()
            .find(|(end, _)| position < usize::from(*end))
            .map(|&(_, category)| category)
    }

    #[inline]
    fn variant<'b>(&self, position: usize, _buffer: &'b mut [u8; MAX_NAME_LEN]) -> Option<&'b str> {
        self.variants.get(position)
    }
}

/// The `Tables` expression of a generated enum, from everything the macro knows of its variants:
/// `tables!([catalogue indices] (names) (messages) (variant names) [(end, Category)])`, each text
/// as `("blob", Narrow or Wide, [end offsets])`. The macro cannot see this crate's features, so
/// it writes both forms and this picks one: with the `catalogue` feature only the indices are
/// compiled, the texts are dropped unparsed.
#[cfg(feature = "catalogue")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tables {
    ($entries:tt $names:tt $messages:tt $variants:tt $categories:tt) => {
        $crate::__private::Tables::new(&$entries)
    };
}

/// See the other definition: without the `catalogue` feature, the enum's own texts.
#[cfg(not(feature = "catalogue"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tables {
    (
        $entries:tt
        ($names:literal, $names_width:ident, $names_ends:tt)
        ($messages:literal, $messages_width:ident, $messages_ends:tt)
        ($variants:literal, $variants_width:ident, $variants_ends:tt)
        [$(($end:literal, $category:ident)),* $(,)?]
    ) => {
        $crate::__private::Tables {
            names: $crate::__private::Texts::new(
                $names,
                $crate::__private::Ends::$names_width(&$names_ends),
            ),
            messages: $crate::__private::Texts::new(
                $messages,
                $crate::__private::Ends::$messages_width(&$messages_ends),
            ),
            variants: $crate::__private::Texts::new(
                $variants,
                $crate::__private::Ends::$variants_width(&$variants_ends),
            ),
            categories: &[$(($end, $crate::Category::$category)),*],
        }
    };
}

/// `name` of every generated enum.
#[inline]
pub fn name<T: ResultCode>(value: T) -> Option<&'static str> {
    match value.__position() {
        Ok(position) => T::__TABLES.name(position),
        Err(code) => describe(code).map(CodeInfo::name),
    }
}

/// `message` of every generated enum.
#[inline]
pub fn message<T: ResultCode>(value: T) -> Option<&'static str> {
    match value.__position() {
        Ok(position) => T::__TABLES.message(position),
        Err(code) => describe(code).map(CodeInfo::message),
    }
}

/// `category` of every generated enum.
#[inline]
pub fn category<T: ResultCode>(value: T) -> Option<Category> {
    match value.__position() {
        Ok(position) => T::__TABLES.category(position),
        Err(code) => describe(code).map(CodeInfo::category),
    }
}

/// `info` of every generated enum: a listed variant's entry without a search.
#[inline]
pub fn info<T: ResultCode>(value: T) -> Option<CodeInfo> {
    match value.__position() {
        Ok(position) => T::__TABLES.info(position),
        Err(code) => describe(code),
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

/// `FromStr` of every generated enum: a status as a number (`-25300`, `4294941996`,
/// `0xFFFF9D2C`), an Apple name (with or without `errSec`) or a variant name, in any case. Codes
/// the enum does not list become `Other`; without the `catalogue` feature, only the enum's own
/// names are known.
///
/// # Errors
///
/// A text that names no code.
pub fn parse<T: ResultCode>(text: &str) -> Result<T, ParseCodeError> {
    if let Some(code) = crate::status_text::parse_status(text) {
        return Ok(T::from(code));
    }
    // The catalogue knows every name of every enum, in every spelling the enums accept.
    #[cfg(feature = "catalogue")]
    return crate::lookup(text)
        .map(|info| T::from(info.value()))
        .ok_or_else(|| ParseCodeError::new(text));
    #[cfg(not(feature = "catalogue"))]
    {
        let tables = T::__TABLES;
        let mut buffer = [0; MAX_NAME_LEN];
        (0..T::ALL.len())
            .find(|&position| {
                let name = tables.name(position).unwrap_or_default();
                let variant = tables.variant(position, &mut buffer).unwrap_or_default();
                text.eq_ignore_ascii_case(name)
                    || text.eq_ignore_ascii_case(variant)
                    || crate::tables::shared::short_name(name)
                        .is_some_and(|short| text.eq_ignore_ascii_case(short))
            })
            .and_then(|position| T::ALL.get(position).copied())
            .ok_or_else(|| ParseCodeError::new(text))
    }
}

/// `Display` of every generated enum.
///
/// # Errors
///
/// Those of the formatter.
pub fn display<T: ResultCode>(value: T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let code = match value.__position() {
        // A listed variant. With the catalogue, its entry: the same text, stored once.
        // (Every index the macros write is the catalogue's: `None` cannot happen.)
        #[cfg(feature = "catalogue")]
        Ok(position) => {
            return match T::__TABLES.info(position) {
                Some(info) => fmt::Display::fmt(&info, f),
                None => Err(fmt::Error),
            };
        }
        // Without, the enum's own strings.
        #[cfg(not(feature = "catalogue"))]
        Ok(position) => {
            let tables = T::__TABLES;
            let name = tables.name(position).unwrap_or_default();
            let message = tables.message(position).unwrap_or_default();
            return write_code(f, name, message, value.code());
        }
        Err(code) => code,
    };
    match describe(code) {
        Some(info) => fmt::Display::fmt(&info, f),
        // Without the catalogue, a code may well be one Apple defines: it is not called unknown.
        None if cfg!(feature = "catalogue") => write!(
            f,
            "unknown Security framework result code {code} ({})",
            Hex(code)
        ),
        None => write!(f, "Security framework result code {code} ({})", Hex(code)),
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
    match value.__position() {
        Ok(position) => {
            let tables = T::__TABLES;
            let mut buffer = [0; MAX_NAME_LEN];
            let variant = tables.variant(position, &mut buffer).unwrap_or_default();
            let mut out = f.debug_struct(variant);
            // With the catalogue, the value is the entry's: `code()`'s table is not linked.
            #[cfg(feature = "catalogue")]
            let code = tables.info(position).map_or(0, CodeInfo::value);
            #[cfg(not(feature = "catalogue"))]
            let code = value.code();
            out.field("code", &code);
            let name = tables.name(position);
            let message = tables
                .message(position)
                .filter(|&message| name.is_some_and(|name| name != message));
            if let Some(message) = message {
                out.field("message", &message);
            }
            out.finish()
        }
        Err(code) => {
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
