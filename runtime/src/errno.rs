//! The errno range: for a POSIX error the framework returns `errSecErrnoBase` (100,000) plus
//! errno, up to `errSecErrnoLimit` (100,255) (`cssmapple.h`), and macOS shows such a status as
//! `UNIX[<strerror(errno)>]` with macOS's own `strerror` texts: `UNIX[Permission denied]` for
//! 100,013, `UNIX[Unknown error: 200]` past the end of macOS's table.
//!
//! These statuses are not entries of `codes.toml`: no constant of the framework names them one
//! by one, so no enum has a variant for them; [`describe`](crate::describe) and
//! [`lookup`](crate::lookup) know them. Their names are `UNIX_` and errno's name
//! (`UNIX_EACCES`), or `UNIX_` and the number where errno has none (`UNIX_200`): spelled like
//! the `UNIX[…]` text macOS shows, and never a catalogue name, which starts with `err` or
//! `CSSMERR_`.
//!
//! The texts are one blob with end offsets, like the catalogue's, laid out by the macros from
//! macOS's table (`errno.rs` of sec-codes-macros); empty without the `catalogue` feature.

use core::cmp::Ordering;

use crate::OSStatus;
use crate::tables::catalogue::{ERRNO_BY_NAME, ERRNO_TEXTS};

/// `errSecErrnoBase`: the status of errno 0.
pub(crate) const BASE: OSStatus = 100_000;

/// How many statuses the range has: errno 0 to 255, `errSecErrnoLimit` (100,255) the last.
#[cfg_attr(not(feature = "catalogue"), allow(dead_code))]
pub(crate) const COUNT: usize = 256;

/// What every name starts with.
const PREFIX: &str = "UNIX_";

/// The errno of a status in the range.
#[cfg_attr(not(feature = "catalogue"), allow(dead_code))]
pub(crate) fn errno_of(code: OSStatus) -> Option<u8> {
    u8::try_from(code.checked_sub(BASE)?).ok()
}

/// The status of an errno.
pub(crate) fn status(errno: u8) -> OSStatus {
    BASE + OSStatus::from(errno)
}

/// `UNIX_EACCES`; `UNIX_200` for an errno without a name.
pub(crate) fn name(errno: u8) -> &'static str {
    ERRNO_TEXTS.get(2 * usize::from(errno)).unwrap_or_default()
}

/// `UNIX[Permission denied]`, what macOS shows.
pub(crate) fn message(errno: u8) -> &'static str {
    ERRNO_TEXTS
        .get(2 * usize::from(errno) + 1)
        .unwrap_or_default()
}

/// Whether errno has a name of its own: macOS's table lists errno 0 to 107.
fn is_named(errno: u8) -> bool {
    usize::from(errno) < ERRNO_BY_NAME.len()
}

/// `EACCES`: the name without `UNIX_`; the whole name for an errno without one.
pub(crate) fn short_name(errno: u8) -> &'static str {
    let name = name(errno);
    if is_named(errno) {
        name.get(PREFIX.len()..).unwrap_or(name)
    } else {
        name
    }
}

/// The errno a name stands for, in any case: `UNIX_EACCES` or `EACCES`; `UNIX_200` for an errno
/// without a name. What [`name`] and [`short_name`] give, and nothing else.
#[cfg_attr(not(feature = "catalogue"), allow(dead_code))]
pub(crate) fn find(name: &str) -> Option<u8> {
    // The name in upper case, without `UNIX_`, in a buffer: errno names are short.
    let mut buffer = [0u8; 16];
    let bytes = name.as_bytes();
    let prefixed = bytes
        .get(..PREFIX.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(PREFIX.as_bytes()));
    let rest = bytes.get(if prefixed { PREFIX.len() } else { 0 }..)?;
    let wanted = buffer.get_mut(..rest.len())?;
    wanted.copy_from_slice(rest);
    wanted.make_ascii_uppercase();
    if prefixed && wanted.first().is_some_and(u8::is_ascii_digit) {
        return find_number(wanted);
    }
    // Sorted by name: a binary search over the stored names' bytes after `UNIX_`. Written as a
    // loop with bounds the data decide: `binary_search_by` over an array of known length is
    // unrolled, eight inlined comparisons, about a kilobyte of code.
    let (mut low, mut high) = (0, ERRNO_BY_NAME.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let errno = *ERRNO_BY_NAME.get(middle)?;
        let stored = ERRNO_TEXTS.bytes(2 * usize::from(errno))?;
        match stored.get(PREFIX.len()..)?.cmp(wanted) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            Ordering::Equal => return Some(errno),
        }
    }
    None
}

/// `200` of `UNIX_200`: an errno without a name, written as [`name`] writes it (no leading zero).
fn find_number(digits: &[u8]) -> Option<u8> {
    if digits.len() > 3 || digits.len() > 1 && digits.first() == Some(&b'0') {
        return None;
    }
    let mut errno: u16 = 0;
    for &digit in digits {
        if !digit.is_ascii_digit() {
            return None;
        }
        errno = errno * 10 + u16::from(digit - b'0');
    }
    u8::try_from(errno).ok().filter(|&errno| !is_named(errno))
}
