//! [`CodeInfo`]: one entry of the catalogue or a status of the errno range, and [`Hex`]: a status
//! as `security error` prints it.

use core::fmt;

use crate::tables::Category;
use crate::tables::catalogue::{
    ALIASES, DEPRECATED, DOCS, MACOS_NAME, MACOS_NOTHING, MESSAGES, NAMES, VALUES,
};
use crate::{OSStatus, errno};

/// One entry of the catalogue: a name of a result code, with its value, category, message and
/// documentation. Obtained from [`describe`](crate::describe), [`lookup`](crate::lookup),
/// [`catalogue`](crate::catalogue) and [`Category::codes`](crate::Category::codes).
///
/// Also a status of the errno range, 100,000 + errno (`errSecErrnoBase` to `errSecErrnoLimit`,
/// 100,255), which the framework returns for a POSIX error: named `UNIX_` and errno's name
/// (`UNIX_EACCES`; `UNIX_200` where errno has no name), with macOS's text as its message
/// (`UNIX[Permission denied]`), in [`Category::System`]; from [`describe`](crate::describe),
/// [`lookup`](crate::lookup) and [`errno_range`](crate::errno_range), not
/// [`catalogue`](crate::catalogue).
///
/// A small `Copy` handle into tables compiled into the binary: the texts are stored once, in
/// one blob each, rather than as a pointer per field. Without the `catalogue` feature no value
/// of this type can be made: the generated enums' `info()` then returns `None`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CodeInfo {
    /// An index into the catalogue's tables; past their end, the errno range, counted on from
    /// there (the catalogue's length + errno). One index space, so that a catalogue entry is the
    /// same two bytes as before the range was added, and a catalogue lookup reads the tables
    /// exactly as before: an index past a table's end is how its methods tell the range.
    index: u16,
}

impl CodeInfo {
    /// The entry at `index` of the catalogue, if there is one.
    pub(crate) fn at(index: usize) -> Option<Self> {
        let index = u16::try_from(index).ok()?;
        (usize::from(index) < VALUES.len()).then_some(CodeInfo { index })
    }

    /// The entry at `index` of the catalogue, or past its end of the errno range.
    #[cfg_attr(not(feature = "catalogue"), allow(dead_code))]
    pub(crate) fn at_or_errno(index: usize) -> Option<Self> {
        let index = u16::try_from(index).ok()?;
        (usize::from(index) < VALUES.len() + errno::COUNT).then_some(CodeInfo { index })
    }

    /// The status 100,000 + `errno` of the errno range (`None` only for a catalogue so large, over
    /// 65,279 codes, that the range no longer fits the index).
    #[cfg_attr(not(feature = "catalogue"), allow(dead_code))]
    pub(crate) fn errno(errno: u8) -> Option<Self> {
        Self::at_or_errno(VALUES.len() + usize::from(errno))
    }

    pub(crate) fn index(self) -> usize {
        usize::from(self.index)
    }

    /// The errno, for a status of the errno range.
    fn errno_number(self) -> Option<u8> {
        u8::try_from(self.index().checked_sub(VALUES.len())?).ok()
    }

    /// The Apple constant name: `"errSecItemNotFound"`, `"errSSLClosedAbort"`,
    /// `"CSSMERR_TP_NOT_TRUSTED"`; for the errno range, `"UNIX_EACCES"` (`"UNIX_200"` where
    /// errno has no name).
    #[must_use]
    pub fn name(self) -> &'static str {
        match NAMES.get(self.index()) {
            Some(name) => name,
            None => self.errno_number().map(errno::name).unwrap_or_default(),
        }
    }

    /// The `OSStatus` value, e.g. `-25300`.
    #[must_use]
    pub fn value(self) -> OSStatus {
        match VALUES.get(self.index()) {
            Some(&value) => value,
            None => self.errno_number().map(errno::status).unwrap_or_default(),
        }
    }

    /// The category the code is listed under; [`Category::System`] for the errno range, which
    /// no category lists: its statuses are operating-system errors, like that heading's codes
    /// (`errSecIO`, `errSecDiskFull`, `errSecWrPerm`).
    #[must_use]
    pub fn category(self) -> Category {
        // Entries are grouped by category: a handful of ranges to look through. The errno range
        // is past every one.
        let index = self.index();
        Category::ALL
            .into_iter()
            .find(|category| category.range().contains(&index))
            .unwrap_or(Category::System)
    }

    /// Text a person can read about the code, e.g. `"The specified item could not be
    /// found in the keychain."`:
    /// - for a primary name, what macOS's `SecCopyErrorMessageString` returns where that is a
    ///   sentence; where macOS returns only the bare name (12 `errSec` codes without a header
    ///   comment, `errSecCSVetoed`, nearly every `CSSMERR_*`) or nothing (`errSession*`,
    ///   `errSecureDownload*`), the header's comment, else the documentation page's text
    ///   (`errSec` codes), else the name itself;
    /// - for an alias, its own header comment, else its primary's message;
    /// - for the errno range, what macOS shows: `"UNIX[Permission denied]"`,
    ///   `"UNIX[Unknown error: 200]"` past the end of macOS's `strerror` table.
    #[must_use]
    pub fn message(self) -> &'static str {
        match MESSAGES.message(self.index(), &NAMES) {
            Some(message) => message,
            None => self.errno_number().map(errno::message).unwrap_or_default(),
        }
    }

    /// What macOS's `SecCopyErrorMessageString` returns for the code's value, and `security
    /// error` prints: the text the framework's strings tables hold for it; `None` where they hold
    /// nothing (`errSecureDownload*`, and `errSession*` but for the values other families share),
    /// for which macOS prints `unknown error -60500=ffffffffffff13ac`.
    ///
    /// That is [`message`](Self::message) for most codes; the bare name where Apple's header has
    /// no comment (`errSecInternalComponent`, the `errSecMobileMe*` codes, most `CSSMERR_*`);
    /// `UNIX[…]` for the errno range. macOS looks a status up by value, so an alias answers with
    /// its primary's text: `errSessionInternal` with `errAuthorizationInternal`'s.
    ///
    /// ```
    /// let text = |code| sec_codes::describe(code).and_then(|info| info.macos_message());
    /// assert_eq!(text(-25300), Some("The specified item could not be found in the keychain."));
    /// assert_eq!(text(-2070), Some("errSecInternalComponent"));
    /// assert_eq!(text(-60500), None); // errSessionInvalidId
    /// assert_eq!(text(100_013), Some("UNIX[Permission denied]"));
    /// ```
    #[must_use]
    pub fn macos_message(self) -> Option<&'static str> {
        let primary = self.alias_of().unwrap_or(self);
        let index = primary.index;
        // Two short sorted lists of the primaries whose text is not their message (never the
        // errno range's: its message is macOS's text).
        if MACOS_NAME.binary_search(&index).is_ok() {
            Some(primary.name())
        } else if MACOS_NOTHING.binary_search(&index).is_ok() {
            None
        } else {
            Some(primary.message())
        }
    }

    /// Apple's documentation text: the "Security Framework Result Codes" page for `errSec`
    /// codes (the header's text where the page is wrong or silent), the header comment for
    /// the other families, else the message (also for the errno range, which Apple does not
    /// document code by code).
    #[must_use]
    pub fn doc(self) -> &'static str {
        match DOCS.get(self.index()) {
            Some("") | None => self.message(),
            Some(doc) => doc,
        }
    }

    /// Whether the code has text of its own: `false` where [`message`](Self::message) is only
    /// the name, because Apple gives none (most `CSSMERR_*` codes, 442 of the 1,097 entries).
    /// A format of your own can then show the name once:
    ///
    /// ```
    /// fn line(info: sec_codes::CodeInfo) -> String {
    ///     if info.has_own_message() {
    ///         format!("{}: {}", info.name(), info.message())
    ///     } else {
    ///         info.name().to_owned()
    ///     }
    /// }
    /// assert_eq!(line(sec_codes::describe(-2147409622).unwrap()), "CSSMERR_TP_NOT_TRUSTED");
    /// assert_eq!(
    ///     line(sec_codes::describe(-25300).unwrap()),
    ///     "errSecItemNotFound: The specified item could not be found in the keychain."
    /// );
    /// ```
    ///
    /// `Display` of `CodeInfo` and of every generated enum already does this.
    #[must_use]
    pub fn has_own_message(self) -> bool {
        self.message() != self.name()
    }

    /// Whether Apple deprecated this name.
    #[must_use]
    pub fn is_deprecated(self) -> bool {
        DEPRECATED.binary_search(&self.index).is_ok()
    }

    /// For another name of a code (`errSecDskFull`, `errSessionInternal`), the primary
    /// entry whose value it shares. An alias need not be deprecated.
    #[must_use]
    pub fn alias_of(self) -> Option<CodeInfo> {
        let at = ALIASES
            .binary_search_by_key(&self.index, |&(alias, _)| alias)
            .ok()?;
        ALIASES
            .get(at)
            .and_then(|&(_, primary)| CodeInfo::at(usize::from(primary)))
    }

    /// The name without an `errSec` prefix (`"ItemNotFound"`, `"CSUnsigned"`), which
    /// lookups also accept; other names (`errSSL…`, `errSecureDownload…`, `CSSMERR_…`)
    /// unchanged; errno's own name for the errno range (`"EACCES"`; `"UNIX_200"` unchanged).
    #[must_use]
    pub fn short_name(self) -> &'static str {
        if let Some(errno) = self.errno_number() {
            return errno::short_name(errno);
        }
        let name = self.name();
        crate::rules::short_name(name).unwrap_or(name)
    }

    /// The value as `security error` prints it: 32-bit two's complement hex, e.g.
    /// `0xFFFF9D2C`.
    #[must_use]
    pub fn hex(self) -> Hex {
        Hex(self.value())
    }
}

/// Shows the name, value, category and message.
impl fmt::Debug for CodeInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CodeInfo")
            .field("name", &self.name())
            .field("value", &self.value())
            .field("category", &self.category())
            .field("message", &self.message())
            .finish()
    }
}

/// Formats as the message, then the Apple name and value:
/// `The specified item could not be found in the keychain. (errSecItemNotFound, -25300)`;
/// a code whose message is its name shows it once: `CSSMERR_TP_NOT_TRUSTED (-2147409622)`.
impl fmt::Display for CodeInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_code(f, self.name(), self.message(), self.value())
    }
}

/// An `OSStatus` formatted as `security error` prints it: `0xFFFF9D2C` for `-25300`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hex(pub OSStatus);

impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The status's bits as unsigned, the way C prints an `OSStatus` with `%#X` (`{:X}` of a
        // signed integer writes its two's complement bits).
        write!(f, "0x{:08X}", self.0)
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
