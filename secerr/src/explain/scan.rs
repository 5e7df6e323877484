//! Finding result codes in a piece of text: catalogue names as whole words, negative decimals
//! that the text marks as a status, and 8-digit hex.
//!
//! The rule, as `--help` and the README state it:
//!
//! - a catalogue name as a whole word (not preceded or followed by an ASCII letter, digit or `_`),
//!   in the case of Apple's headers;
//! - a negative decimal (`-25300`) right after `OSStatus`, `error`, `err` or `status` (any case,
//!   a whole word), then optional spaces or tabs, an optional `:` or `=`, optional spaces or tabs;
//!   or right after NSError's `Code=`; or alone in parentheses, `(-25300)`;
//! - `0x` or `0X` and exactly 8 hex digits in any case (`0xFFFF9D2C`), not part of a longer word;
//! - a number is not part of a longer word or number (`-25300.5`, `-25300abc` are not codes;
//!   `-25300.` at the end of a sentence is), and is annotated only if it is a catalogue code
//!   other than 0 (success).

use aho_corasick::{AhoCorasick, MatchKind};

use crate::catalogue::{self, Entry};

/// One code found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    /// Byte offset of the match's first byte in the scanned text.
    pub start: usize,
    /// Byte offset just past the match.
    pub end: usize,
    /// The code.
    pub entry: Entry,
}

/// Whether the scanned text is cut out of a longer line on either side.
///
/// A cut side is treated as if a word character stood beyond it: a match touching it cannot be
/// told from part of a longer word or number, so it is skipped (a miss rather than a wrong note).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cuts {
    /// The text continues a line that started earlier.
    pub before: bool,
    /// The line goes on after the text.
    pub after: bool,
}

/// The words after which a negative decimal is a status, in lower case (matched in any case).
const KEYWORDS: [&[u8]; 4] = [b"osstatus", b"error", b"err", b"status"];

/// NSError's `Code=-25300`: only in this case and only with `=`, since a bare "code" precedes
/// too many numbers that are no status (`exit code -4`).
const NSERROR_CODE: &[u8] = b"Code";

/// Longest decimal worth parsing: `-2147483648` has 10 digits.
const MAX_DIGITS: usize = 10;

/// The matcher, built once from the catalogue's names.
pub struct Scanner {
    /// Every name, leftmost-longest so that `errSecIO` does not shadow `errSecIOError`-like names.
    names: AhoCorasick,
    /// The entry of each pattern of `names`, by pattern index.
    entries: Vec<Entry>,
}

impl Scanner {
    /// Builds the name automaton over the whole catalogue.
    ///
    /// # Panics
    /// Never in practice: building fails only past limits far beyond a thousand short names.
    #[must_use]
    pub fn new() -> Self {
        let entries: Vec<Entry> = catalogue::all().collect();
        let names = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(entries.iter().map(|entry| entry.name))
            .expect("an automaton of the catalogue's names fits the default limits");
        Self { names, entries }
    }

    /// Appends the codes found in `text` to `found`, in order of position.
    pub fn scan(&self, text: &[u8], cuts: Cuts, found: &mut Vec<Finding>) {
        let first = found.len();
        self.scan_names(text, cuts, found);
        scan_decimals(text, cuts, found);
        scan_hex(text, cuts, found);
        found[first..].sort_unstable_by_key(|finding| finding.start);
    }

    /// Catalogue names as whole words.
    fn scan_names(&self, text: &[u8], cuts: Cuts, found: &mut Vec<Finding>) {
        for hit in self.names.find_iter(text) {
            let (start, end) = (hit.start(), hit.end());
            if word_before(text, start, cuts) || word_after(text, end, cuts) {
                continue;
            }
            if let Some(&entry) = self.entries.get(hit.pattern().as_usize()) {
                found.push(Finding { start, end, entry });
            }
        }
    }
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether `byte` continues a word or number: ASCII letter, digit or `_`.
fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Whether a word character (or the cut) stands right before `start`.
fn word_before(text: &[u8], start: usize, cuts: Cuts) -> bool {
    match start.checked_sub(1) {
        Some(i) => text.get(i).copied().is_some_and(is_word),
        None => cuts.before,
    }
}

/// Whether a word character (or the cut) stands at `end`.
fn word_after(text: &[u8], end: usize, cuts: Cuts) -> bool {
    match text.get(end) {
        Some(&byte) => is_word(byte),
        None => cuts.after,
    }
}

/// The entry of a value worth a note: a catalogue code other than success.
fn code(value: i64) -> Option<Entry> {
    let value = i32::try_from(value).ok().filter(|&value| value != 0)?;
    catalogue::describe(value)
}

/// Negative decimals marked as a status.
fn scan_decimals(text: &[u8], cuts: Cuts, found: &mut Vec<Finding>) {
    for minus in memchr::memchr_iter(b'-', text) {
        let digits = text[minus + 1..]
            .iter()
            .take_while(|byte| byte.is_ascii_digit())
            .count();
        if digits == 0 || digits > MAX_DIGITS {
            continue;
        }
        let end = minus + 1 + digits;
        if !ends_number(text, end, cuts) || !marked_as_status(text, minus, end, cuts) {
            continue;
        }
        let magnitude = text[minus + 1..end]
            .iter()
            .fold(0_i64, |acc, &digit| acc * 10 + i64::from(digit - b'0'));
        if let Some(entry) = code(-magnitude) {
            found.push(Finding {
                start: minus,
                end,
                entry,
            });
        }
    }
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

/// Whether the decimal at `minus..end` is marked as a status: `(-25300)`, or preceded by a
/// keyword and an optional `:`/`=` with spaces or tabs around it.
fn marked_as_status(text: &[u8], minus: usize, end: usize, cuts: Cuts) -> bool {
    if minus > 0 && text[minus - 1] == b'(' && text.get(end) == Some(&b')') {
        return true;
    }
    let is_blank = |byte: &u8| matches!(byte, b' ' | b'\t');
    let mut at = minus;
    at -= text[..at].iter().rev().take_while(|b| is_blank(b)).count();
    let separator = at
        .checked_sub(1)
        .map(|i| text[i])
        .filter(|byte| matches!(byte, b':' | b'='));
    if separator.is_some() {
        at -= 1;
        at -= text[..at].iter().rev().take_while(|b| is_blank(b)).count();
    }
    let word_len = text[..at].iter().rev().take_while(|&&b| is_word(b)).count();
    let word_start = at - word_len;
    if word_len == 0 || word_before(text, word_start, cuts) {
        return false;
    }
    let word = &text[word_start..at];
    // `Code=` only directly: NSError prints no space around the `=`.
    (word == NSERROR_CODE && separator == Some(b'=') && at + 1 == minus)
        || KEYWORDS
            .iter()
            .any(|keyword| word.eq_ignore_ascii_case(keyword))
}

/// `0x` and exactly 8 hex digits.
fn scan_hex(text: &[u8], cuts: Cuts, found: &mut Vec<Finding>) {
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
        // `as`: the same bits, as an `OSStatus` (`cast_signed` needs Rust 1.87).
        if let Some(entry) = code(i64::from(bits as i32)) {
            found.push(Finding {
                start: zero,
                end,
                entry,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The matched text and value of every finding in `text`, scanned whole.
    fn finds(text: &str) -> Vec<(&str, i32)> {
        finds_cut(text, Cuts::default())
    }

    fn finds_cut(text: &str, cuts: Cuts) -> Vec<(&str, i32)> {
        let mut found = Vec::new();
        Scanner::new().scan(text.as_bytes(), cuts, &mut found);
        found
            .iter()
            .map(|finding| (&text[finding.start..finding.end], finding.entry.value))
            .collect()
    }

    #[test]
    fn every_marked_form_of_a_decimal() {
        for text in [
            "OSStatus -25300",
            "OSStatus error -25300",
            "failed: error -25300",
            "Error -25300",
            "status -25300",
            "status: -25300",
            "status=-25300",
            "STATUS = -25300",
            "err=-25300",
            "SecItemCopyMatching failed (-25300)",
            "Error Domain=NSOSStatusErrorDomain Code=-25300 \"(null)\"",
            "status:\t-25300 here",
        ] {
            assert_eq!(finds(text), [("-25300", -25300)], "{text}");
        }
        assert_eq!(
            finds("The operation couldn't be completed. (OSStatus error -67671.)"),
            [("-67671", -67671)]
        );
        assert_eq!(finds("SSLHandshake failed (-9806)"), [("-9806", -9806)]);
    }

    #[test]
    fn unmarked_or_malformed_decimals_are_not_codes() {
        for text in [
            "-25300",
            "returned -25300",
            "exit code -4",
            "code=-25300",
            "Code = -25300",
            "myerror -25300",
            "errors -25300",
            "error -25300.5",
            "error -25300abc",
            "error -25300_1",
            "error -253000",
            "error --25300",
            "error -0",
            "status 25300",
            "error -1234",
            "error -99999999999999999999",
            "(-25300",
            "(-25300]",
            "error:: -25300",
        ] {
            assert_eq!(finds(text), [], "{text}");
        }
    }

    #[test]
    fn a_full_stop_after_a_number_ends_it() {
        assert_eq!(finds("got error -25300."), [("-25300", -25300)]);
        assert_eq!(finds("got error -25300.\n"), [("-25300", -25300)]);
        assert_eq!(finds("version error -25300.1"), []);
    }

    #[test]
    fn hex_of_exactly_eight_digits_in_any_case() {
        assert_eq!(finds("0xFFFF9D2C"), [("0xFFFF9D2C", -25300)]);
        assert_eq!(finds("got 0xffff9d2c!"), [("0xffff9d2c", -25300)]);
        assert_eq!(finds("got 0XfFfF9D2c"), [("0XfFfF9D2c", -25300)]);
        for text in [
            "0x7ffee3b0a2c8",
            "0xFFFF9D2",
            "0xFFFF9D2Cz",
            "a0xFFFF9D2C",
            "10xFFFF9D2C",
            "0x00000000",
            "0xFFFFFB2E",
            "0x",
            "x",
            "0xFFFF9D2G",
        ] {
            assert_eq!(finds(text), [], "{text}");
        }
    }

    #[test]
    fn names_as_whole_words_only() {
        assert_eq!(
            finds("SecItemCopyMatching: errSecItemNotFound."),
            [("errSecItemNotFound", -25300)]
        );
        assert_eq!(finds("(errSecDskFull)"), [("errSecDskFull", -34)]);
        for text in [
            "errSecItemNotFoundX",
            "kErrSecItemNotFound",
            "my_errSecItemNotFound",
            "errsecitemnotfound",
            "errSec",
        ] {
            assert_eq!(finds(text), [], "{text}");
        }
    }

    #[test]
    fn findings_come_in_order_of_position() {
        assert_eq!(
            finds("0xFFFFFFDE then errSecParam then status=-25300 and (-4)"),
            [
                ("0xFFFFFFDE", -34),
                ("errSecParam", -50),
                ("-25300", -25300),
                ("-4", -4)
            ]
        );
    }

    #[test]
    fn noise_is_not_annotated() {
        let line = "2024-05-01T10:22:33.456-0700 host securityd[1234]: port 50000 \
                    at 0x7ffee3b0a2c8 v10.15.7 line -42 pid=-1 -25300 4294941996 (25300)";
        assert_eq!(finds(line), []);
    }

    #[test]
    fn matches_touching_a_cut_are_skipped() {
        let cut_both = Cuts {
            before: true,
            after: true,
        };
        assert_eq!(finds_cut("errSecParam x error -25300", cut_both), []);
        assert_eq!(
            finds_cut("x errSecParam error -25300 y", cut_both),
            [("errSecParam", -50), ("-25300", -25300)]
        );
        assert_eq!(finds_cut("0xFFFF9D2C", cut_both), []);
        assert_eq!(
            finds_cut("0xFFFF9D2C", Cuts::default()),
            [("0xFFFF9D2C", -25300)]
        );
    }
}
