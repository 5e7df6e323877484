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
    let bytes = name.as_bytes();
    let rest = bytes
        .get(..PREFIX.len())
        .filter(|head| head.eq_ignore_ascii_case(PREFIX.as_bytes()))
        .and_then(|_| bytes.get(PREFIX.len()..));
    if let Some(digits) = rest.filter(|rest| rest.first().is_some_and(u8::is_ascii_digit)) {
        return find_number(digits);
    }
    let wanted = rest.unwrap_or(bytes);
    // Names are sorted, and stored in upper case: compared with `wanted` in upper case.
    let at = ERRNO_BY_NAME
        .binary_search_by(|&errno| {
            short_name(errno)
                .bytes()
                .cmp(wanted.iter().map(u8::to_ascii_uppercase))
        })
        .ok()?;
    ERRNO_BY_NAME.get(at).copied()
}

/// `200` of `UNIX_200`: an errno without a name, written as [`name`] writes it (no leading zero).
fn find_number(digits: &[u8]) -> Option<u8> {
    if digits.len() > 1 && digits.starts_with(b"0") || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let errno: u8 = core::str::from_utf8(digits).ok()?.parse().ok()?;
    (!is_named(errno)).then_some(errno)
}
