//! Status values written as numbers: negative decimals the text marks as a status, `0x` and 8
//! hex digits, the unsigned 64-bit form, and `cssmPerror`'s unsigned argument.

use sec_codes::CodeInfo;

use super::context::{marked_by_words, stream_domain_pair};
use super::{Cuts, Finding, How, is_word, word_after, word_before};

/// Longest decimal worth parsing as a signed or unsigned 32-bit value: 10 digits.
const MAX_DIGITS: usize = 10;

/// The first ten digits that every unsigned 64-bit form of a negative 32-bit value starts with
/// (2^64 - 2^31 = 18446744071562067968 up to 2^64 - 1): the automaton looks for them.
pub const UNSIGNED_64_PREFIX: &str = "1844674407";

/// The code of a value worth a note: a catalogue code other than success.
pub fn code(value: i64) -> Option<CodeInfo> {
    let value = i32::try_from(value).ok().filter(|&value| value != 0)?;
    sec_codes::describe(value)
}

/// The decimal number at `start`: its end and value, when it has `digits` (a range) digits and
/// is a whole number ([`ends_number`]). At most 20 digits are valued, so the value fits.
fn whole_number(
    text: &[u8],
    start: usize,
    digits: std::ops::RangeInclusive<usize>,
    cuts: Cuts,
) -> Option<(usize, u64)> {
    let rest = text.get(start..)?;
    let count = rest.iter().take_while(|byte| byte.is_ascii_digit()).count();
    let end = start + count;
    if !digits.contains(&count) || count > 20 || !ends_number(text, end, cuts) {
        return None;
    }
    let value = rest[..count].iter().fold(0_u64, |acc, &digit| {
        acc.wrapping_mul(10).wrapping_add(u64::from(digit - b'0'))
    });
    Some((end, value))
}

/// Whether the number ends at `end`: no word character follows, nor a `.` and a digit (a
/// fraction or a version), while a `.` closing a sentence is fine.
fn ends_number(text: &[u8], end: usize, cuts: Cuts) -> bool {
    if word_after(text, end, cuts) {
        return false;
    }
    match text.get(end) {
        Some(b'.') => !word_after(text, end + 1, cuts),
        _ => true,
    }
}

/// Negative decimals marked as a status: by the words before them, alone in parentheses
/// `(-25300)`, first in a tuple `(-25244, 'Unknown Error')`, or in a stream domain pair `[3:-9806]`.
/// One space may follow the minus (`code = - 67030`).
pub fn scan_negatives(text: &[u8], cuts: Cuts, found: &mut Vec<Finding>) {
    for minus in memchr::memchr_iter(b'-', text) {
        // A minus right after a letter or digit joins two parts of one token (dates, `-0700`
        // offsets, `x-y` names): not a sign.
        if minus > 0 && is_word(text[minus - 1]) {
            continue;
        }
        let after = minus + 1;
        let first = if text.get(after) == Some(&b' ') {
            after + 1
        } else {
            after
        };
        let Some((end, magnitude)) = whole_number(text, first, 1..=MAX_DIGITS, cuts) else {
            continue;
        };
        let count = end - first;
        // The catalogue lookup first: it is cheaper than reading the words before, and most
        // minus signs in a log (dates, offsets) precede no code.
        let Some(code) = i64::try_from(magnitude).ok().and_then(|m| code(-m)) else {
            continue;
        };
        let unspaced = first == after;
        let marked = (unspaced
            && (in_parentheses(text, minus, end) || stream_domain_pair(text, minus, cuts)))
            || marked_by_words(text, minus, count, cuts);
        if marked {
            found.push(Finding::new(minus, end, code, How::Number));
        }
    }
}

/// The first digits of every status of the errno range (100000 to 100255): the automaton looks
/// for them at word starts, as for [`UNSIGNED_64_PREFIX`].
pub const ERRNO_PREFIX: &str = "100";

/// A status of the errno range, `errSecErrnoBase` (100000) + errno up to `errSecErrnoLimit`
/// (100255), at `start` (where [`ERRNO_PREFIX`] matched): the only positive decimals worth a
/// note, and only where words mark them as a status (`Error 100013`, `OSStatus 100001`), since
/// six-digit numbers are common in logs.
pub fn errno(text: &[u8], start: usize, cuts: Cuts, found: &mut Vec<Finding>) {
    // Not a piece of a longer number or word, nor a negative or a fraction's digits.
    if word_before(text, start, cuts) || (start > 0 && matches!(text[start - 1], b'-' | b'.')) {
        return;
    }
    let Some((end, value)) = whole_number(text, start, 6..=6, cuts) else {
        return;
    };
    if !(100_000..=100_255).contains(&value) {
        return;
    }
    let Some(code) = i64::try_from(value).ok().and_then(code) else {
        return;
    };
    if marked_by_words(text, start, end - start, cuts) {
        found.push(Finding::new(start, end, code, How::Number));
    }
}

/// `(-25300)`, or `(-25244, 'Unknown Error')` as Python prints a tuple of a status and a text.
fn in_parentheses(text: &[u8], minus: usize, end: usize) -> bool {
    if minus == 0 || text[minus - 1] != b'(' {
        return false;
    }
    match &text[end..] {
        [b')', ..] => true,
        [b',', b' ', quote, ..] => matches!(quote, b'\'' | b'"'),
        _ => false,
    }
}

/// `0x` or `0X` and exactly 8 hex digits, not part of a longer word.
pub fn scan_hex(text: &[u8], cuts: Cuts, found: &mut Vec<Finding>) {
    for x in memchr::memchr2_iter(b'x', b'X', text) {
        let Some(zero) = x.checked_sub(1) else {
            continue;
        };
        if text[zero] != b'0' || word_before(text, zero, cuts) {
            continue;
        }
        let end = x + 1 + 8;
        let Some(digits) = text.get(x + 1..end) else {
            continue;
        };
        if !digits.iter().all(u8::is_ascii_hexdigit) || word_after(text, end, cuts) {
            continue;
        }
        let bits = digits.iter().fold(0_u32, |acc, &digit| {
            // Every byte is a hex digit, checked above.
            acc << 4 | char::from(digit).to_digit(16).unwrap_or(0)
        });
        if let Some(code) = code(i64::from(i32::from_ne_bytes(bits.to_ne_bytes()))) {
            found.push(Finding::new(zero, end, code, How::Hex));
        }
    }
}

/// The unsigned 64-bit form of a negative status (`18446744073709517598` is -34018), starting
/// at `start` where the automaton found [`UNSIGNED_64_PREFIX`]: exactly 20 digits, a whole number.
pub fn unsigned_64(text: &[u8], start: usize, cuts: Cuts, found: &mut Vec<Finding>) {
    if word_before(text, start, cuts) {
        return;
    }
    let Some((end, bits)) = whole_number(text, start, 20..=20, cuts) else {
        return;
    };
    // 20 digits from 1844674407… fit in a u64 unless above 2^64 - 1; wrapping makes those small.
    if bits < 0xFFFF_FFFF_8000_0000 || text[start..end] > b"18446744073709551615"[..] {
        return;
    }
    if let Some(code) = code(i64::from_ne_bytes(bits.to_ne_bytes())) {
        found.push(Finding::new(start, end, code, How::Number));
    }
}

/// `cssmPerror(0, 2147549468)`: the unsigned 32-bit decimal (or signed decimal) after the
/// comma of the call whose name ends at `name_end`.
pub fn cssm_perror(text: &[u8], name_end: usize, cuts: Cuts, found: &mut Vec<Finding>) {
    let rest = &text[name_end..];
    let Some(comma) = rest.iter().take(16).position(|&b| b == b',') else {
        return;
    };
    if rest.first() != Some(&b'(') {
        return;
    }
    let start = name_end + comma + 1 + leading_blanks(&rest[comma + 1..]);
    let Some((end, value)) = whole_number(text, start, 1..=MAX_DIGITS, cuts) else {
        return;
    };
    let value = u32::try_from(value).map(|bits| i64::from(i32::from_ne_bytes(bits.to_ne_bytes())));
    if let Some(code) = value.ok().and_then(code) {
        found.push(Finding::new(start, end, code, How::Number));
    }
}

/// The blanks at the start of `text`.
fn leading_blanks(text: &[u8]) -> usize {
    text.iter().take_while(|&&b| b == b' ').count()
}
