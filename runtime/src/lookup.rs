//! Lookups over the whole catalogue through perfect hash tables laid out at compile time: no
//! scans, no allocation. Only with the `catalogue` feature (on by default). A status or name the
//! catalogue does not have is then tried against the errno range (`errno.rs`).

use core::iter::FusedIterator;
use core::ops::Range;

use crate::rules::{MAX_NAME_LEN, is_key_of, name_hash, short_name, value_hash};
use crate::tables::catalogue::{BY_KEY, BY_NAME, BY_VALUE, COUNT, NAMES, VALUES};
use crate::{CodeInfo, OSStatus, errno};

/// Every entry of the catalogue: grouped by [`Category`](crate::Category) in catalogue order,
/// aliases included. The errno range, which [`describe`] and [`lookup`] also know, is not
/// listed: it is no set of the framework's codes but POSIX's errors; [`errno_range`] lists it.
///
/// ```
/// assert_eq!(sec_codes::catalogue().len(), 1097);
/// assert_eq!(sec_codes::catalogue().next().unwrap().name(), "errSecSuccess");
/// ```
#[must_use]
pub fn catalogue() -> Codes {
    Codes { range: 0..COUNT }
}

/// The 256 statuses of the errno range, 100,000 (`errSecErrnoBase`) + errno 0 to 255
/// (`errSecErrnoLimit`, 100,255): what the framework returns for a POSIX error, which macOS
/// shows as `UNIX[<strerror>]`. Not part of [`catalogue`].
///
/// ```
/// let range: Vec<_> = sec_codes::errno_range().collect();
/// assert_eq!(range.len(), 256);
/// assert_eq!(range[13].value(), 100_013);
/// assert_eq!(range[13].name(), "UNIX_EACCES");
/// assert_eq!(range[13].message(), "UNIX[Permission denied]");
/// assert_eq!(range[200].message(), "UNIX[Unknown error: 200]");
/// ```
#[must_use]
pub fn errno_range() -> Codes {
    // Entries of the errno range are counted on from the end of the catalogue.
    Codes {
        range: COUNT..COUNT + errno::COUNT,
    }
}

/// The catalogue entry for a status code; for a value with several names, the primary one.
///
/// Success (`0`) is in the catalogue, as `errSecSuccess`. A status of the errno range, 100,000
/// + errno up to 100,255, gives its entry too (see [`CodeInfo`]); any other value `None`.
///
/// ```
/// let info = sec_codes::describe(-25300).unwrap();
/// assert_eq!(info.name(), "errSecItemNotFound");
/// assert_eq!(sec_codes::describe(-34).unwrap().name(), "errSecDiskFull"); // not errSecDskFull
/// assert_eq!(sec_codes::describe(-9806).unwrap().name(), "errSSLClosedAbort");
/// assert_eq!(sec_codes::describe(100_013).unwrap().message(), "UNIX[Permission denied]");
/// assert!(sec_codes::describe(12345).is_none());
/// ```
#[must_use]
pub fn describe(code: OSStatus) -> Option<CodeInfo> {
    match BY_VALUE.find(value_hash(code)) {
        Some(index) if VALUES.get(index) == Some(&code) => CodeInfo::at(index),
        // Off the catalogue's path: its lookups cost no more than before.
        _ => errno::errno_of(code).and_then(CodeInfo::errno),
    }
}

/// The catalogue entry for a name, in any case: the Apple name (`"errSecItemNotFound"`,
/// `"CSSMERR_TP_NOT_TRUSTED"`), the name without `errSec` (`"ItemNotFound"`) or the variant
/// name of the generated enums (`"CssmTpNotTrusted"`). For the errno range: `UNIX_` and errno's
/// name or errno's name alone (`"UNIX_EACCES"`, `"EACCES"`), `"UNIX_200"` where errno has no
/// name.
///
/// ```
/// assert_eq!(sec_codes::lookup("errSecItemNotFound").unwrap().value(), -25300);
/// assert_eq!(sec_codes::lookup("itemnotfound").unwrap().value(), -25300);
/// assert_eq!(sec_codes::lookup("SslClosedAbort").unwrap().value(), -9806);
/// assert_eq!(sec_codes::lookup("cssmerr_tp_not_trusted").unwrap().value(), -2147409622);
/// assert_eq!(sec_codes::lookup("EACCES").unwrap().value(), 100_013);
/// assert!(sec_codes::lookup("errSecNoSuchThing").is_none());
/// ```
#[must_use]
pub fn lookup(name: &str) -> Option<CodeInfo> {
    if name.len() > MAX_NAME_LEN {
        return None;
    }
    // Most lookups are of an Apple name as written: one slot, one comparison.
    if let Some(index) = BY_NAME.find(name_hash(name.as_bytes())) {
        let found = NAMES.bytes(index);
        if found.is_some_and(|found| same_bytes(found, name.as_bytes())) {
            return CodeInfo::at(index);
        }
    }
    lookup_loosely(name).or_else(|| errno::find(name).and_then(CodeInfo::errno))
}

/// Whether two names (at most `MAX_NAME_LEN` bytes) are equal, compared as the eight 8-byte
/// words `name_hash` reads: a fixed amount of work with no length-dependent loop, where `==`
/// would call `memcmp`.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let Some(last) = a.len().checked_sub(8) else {
        return a == b;
    };
    let word = |bytes: &[u8], at: usize| {
        bytes
            .get(at..at + 8)
            .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let mut difference = 0;
    for lane in 0..8 {
        let at = (lane * 8).min(last);
        difference |= word(a, at) ^ word(b, at);
    }
    difference == 0
}

/// [`lookup`] of a name in another case, a short name or a variant name.
fn lookup_loosely(name: &str) -> Option<CodeInfo> {
    let mut buffer = [0u8; MAX_NAME_LEN];
    // The key is the variant name in lowercase. An Apple name's key drops its family prefix
    // (`errSec`, `err`) or turns `CSSMERR_` into `cssm`; which applies cannot be told from a name
    // in lowercase, so each is tried, and the entry found must answer to `name` as given.
    let bytes = name.as_bytes();
    let starts = |prefix: &[u8]| {
        bytes
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    let mut candidates: [Option<(&[u8], &[u8])>; 4] = [None; 4];
    if starts(b"CSSMERR_") {
        candidates[0] = Some((b"cssm", &bytes[8..]));
    }
    if starts(b"errSec") {
        candidates[1] = Some((b"", &bytes[6..]));
    }
    if starts(b"err") {
        candidates[2] = Some((b"", &bytes[3..]));
    }
    candidates[3] = Some((b"", bytes));
    candidates.into_iter().flatten().find_map(|(prefix, rest)| {
        let key = write_key(&mut buffer, prefix, rest)?;
        find_key(key).filter(|info| answers_to(*info, name))
    })
}

/// The text of [`CodeInfo::message`] for a status code, from the catalogue or the errno range.
///
/// ```
/// assert_eq!(
///     sec_codes::message(-25300),
///     Some("The specified item could not be found in the keychain.")
/// );
/// ```
#[must_use]
pub fn message(code: OSStatus) -> Option<&'static str> {
    describe(code).map(CodeInfo::message)
}

/// `prefix` then `rest` in lowercase without `_`, in `buffer`; `None` if it does not fit.
fn write_key<'b>(
    buffer: &'b mut [u8; MAX_NAME_LEN],
    prefix: &[u8],
    rest: &[u8],
) -> Option<&'b [u8]> {
    let mut len = 0;
    for &byte in prefix.iter().chain(rest).filter(|&&byte| byte != b'_') {
        *buffer.get_mut(len)? = byte.to_ascii_lowercase();
        len += 1;
    }
    buffer.get(..len)
}

/// The entry whose key is `key`.
fn find_key(key: &[u8]) -> Option<CodeInfo> {
    let index = BY_KEY.find(name_hash(key))?;
    if is_key_of(NAMES.get(index)?, key) {
        CodeInfo::at(index)
    } else {
        None
    }
}

/// Whether `name` is one of the spellings of `info` that lookups accept, in any case.
fn answers_to(info: CodeInfo, name: &str) -> bool {
    let apple = info.name();
    name.eq_ignore_ascii_case(apple)
        || short_name(apple).is_some_and(|short| name.eq_ignore_ascii_case(short))
        || (!name.contains('_') && {
            let mut buffer = [0u8; MAX_NAME_LEN];
            write_key(&mut buffer, b"", name.as_bytes()).is_some_and(|key| is_key_of(apple, key))
        })
}

/// An iterator over entries of the catalogue: [`catalogue`] or [`Category::codes`](crate::Category::codes),
/// or over the errno range: [`errno_range`].
#[derive(Clone, Debug)]
pub struct Codes {
    /// Catalogue indices, then the errno range's counted on from the catalogue's end.
    range: Range<usize>,
}

impl Codes {
    pub(crate) fn new(range: Range<usize>) -> Self {
        Codes { range }
    }
}

impl Iterator for Codes {
    type Item = CodeInfo;

    fn next(&mut self) -> Option<CodeInfo> {
        self.range.next().and_then(CodeInfo::at_or_errno)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<CodeInfo> {
        self.range.nth(n).and_then(CodeInfo::at_or_errno)
    }
}

impl DoubleEndedIterator for Codes {
    fn next_back(&mut self) -> Option<CodeInfo> {
        self.range.next_back().and_then(CodeInfo::at_or_errno)
    }
}

impl ExactSizeIterator for Codes {}

impl FusedIterator for Codes {}
