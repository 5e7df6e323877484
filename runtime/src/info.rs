//! [`CodeInfo`]: one entry of the catalogue, and [`Hex`]: a status as `security error` prints it.

use core::fmt;

use crate::tables::catalogue::{ALIASES, DEPRECATED, DOCS, MESSAGES, NAMES, VALUES};
use crate::{Category, OSStatus};

/// One entry of the catalogue: a name of a result code, with its value, category, message and
/// documentation. Obtained from [`describe`](crate::describe), [`lookup`](crate::lookup),
/// [`catalogue`](crate::catalogue) and [`Category::codes`](crate::Category::codes).
///
/// A small `Copy` handle into tables compiled into the binary: the texts are stored once, in
/// one blob each, rather than as a pointer per field. Without the `catalogue` feature no value
/// of this type can be made: the generated enums' `info()` then returns `None`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CodeInfo {
    /// Index into the catalogue's tables.
    index: u16,
}

impl CodeInfo {
    /// The entry at `index` of the catalogue, if there is one.
    pub(crate) fn at(index: usize) -> Option<Self> {
        let index = u16::try_from(index).ok()?;
        (usize::from(index) < VALUES.len()).then_some(CodeInfo { index })
    }

    pub(crate) fn index(self) -> usize {
        usize::from(self.index)
    }

    /// The Apple constant name: `"errSecItemNotFound"`, `"errSSLClosedAbort"`,
    /// `"CSSMERR_TP_NOT_TRUSTED"`.
    #[must_use]
    pub fn name(self) -> &'static str {
        NAMES.get(self.index()).unwrap_or_default()
    }

    /// The `OSStatus` value, e.g. `-25300`.
    #[must_use]
    pub fn value(self) -> OSStatus {
        VALUES.get(self.index()).copied().unwrap_or_default()
    }

    /// The category the code is listed under.
    #[must_use]
    pub fn category(self) -> Category {
        // Entries are grouped by category: a handful of ranges to look through.
        let index = self.index();
        Category::ALL
            .into_iter()
            .find(|category| category.range().contains(&index))
            .unwrap_or(Category::ALL[0])
    }

    /// Text a person can read about the code, e.g. `"The specified item could not be
    /// found in the keychain."`:
    /// - for a primary name, what macOS's `SecCopyErrorMessageString` returns where that is a
    ///   sentence; where macOS returns only the bare name (12 `errSec` codes without a header
    ///   comment, `errSecCSVetoed`, nearly every `CSSMERR_*`) or nothing (`errSession*`,
    ///   `errSecureDownload*`), the header's comment, else the documentation page's text
    ///   (`errSec` codes), else the name itself;
    /// - for an alias, its own header comment, else its primary's message.
    #[must_use]
    pub fn message(self) -> &'static str {
        match MESSAGES.get(self.index()) {
            Some("") | None => self.name(),
            Some(message) => message,
        }
    }

    /// Apple's documentation text: the "Security Framework Result Codes" page for `errSec`
    /// codes (the header's text where the page is wrong or silent), the header comment for
    /// the other families, else the message.
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
    /// unchanged.
    #[must_use]
    pub fn short_name(self) -> &'static str {
        let name = self.name();
        crate::tables::shared::short_name(name).unwrap_or(name)
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
        crate::__private::write_code(f, self.name(), self.message(), self.value())
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
