//! Which message texts name a code: Apple's message and documentation text of every code, less
//! those too short or too generic to point at one (see [`is_specific`]).

use sec_codes::CodeInfo;

/// The least number of words a kept text has. Shorter texts are mostly TLS alert names
/// (`handshake failure`, `certificate expired`, `bad record mac`) that OpenSSL, Go and Node print
/// for their own errors, or phrases such as `internal error` and `No error`.
pub const MIN_WORDS: usize = 4;

/// The least number of telling words (words not in [`GENERIC_WORDS`]) a kept text has.
pub const MIN_TELLING_WORDS: usize = 2;

/// Words that say nothing about which code is meant: function words and the vocabulary of any
/// error message. A text made (almost) only of these, such as `An internal error occurred` or
/// `A function has failed`, could come from any program.
pub const GENERIC_WORDS: [&str; 44] = [
    "a",
    "an",
    "the",
    "is",
    "was",
    "has",
    "have",
    "had",
    "been",
    "be",
    "are",
    "were",
    "not",
    "no",
    "to",
    "of",
    "in",
    "on",
    "for",
    "or",
    "and",
    "by",
    "with",
    "this",
    "that",
    "it",
    "error",
    "errors",
    "failed",
    "failure",
    "fail",
    "invalid",
    "valid",
    "occurred",
    "internal",
    "function",
    "operation",
    "unknown",
    "data",
    "memory",
    "allocate",
    "detected",
    "encountered",
    "could",
];

/// One text to look for and the code it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// The text without its final period.
    pub text: &'static str,
    /// The code whose message or documentation it is.
    pub code: CodeInfo,
}

/// The text of a message as it is matched: trimmed, without one final period.
#[must_use]
pub fn matched_part(text: &str) -> &str {
    let text = text.trim();
    text.strip_suffix('.').unwrap_or(text).trim_end()
}

/// Whether `text` (without its final period) is specific enough to name a code: at least
/// [`MIN_WORDS`] words, of which at least [`MIN_TELLING_WORDS`] are not [`GENERIC_WORDS`]; or
/// three words, none of them generic (`connection closed gracefully`, `Host name mismatch`).
#[must_use]
pub fn is_specific(text: &str) -> bool {
    let words = text.split_whitespace();
    let telling = words
        .clone()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| {
            !word.is_empty()
                && !GENERIC_WORDS
                    .iter()
                    .any(|generic| generic.eq_ignore_ascii_case(word))
        })
        .count();
    let count = words.count();
    (count >= MIN_WORDS && telling >= MIN_TELLING_WORDS) || (count == 3 && telling == 3)
}

/// Every (text, code) pair of the catalogue worth matching, aliases included, and separately
/// how many distinct texts were left out by [`is_specific`]. A code's message and its
/// documentation text each count when they differ from each other and from the name (a `CSSMERR`
/// message that only repeats the name is found by name).
#[must_use]
pub fn kept() -> (Vec<Text>, usize) {
    let mut kept = Vec::new();
    let mut left_out: Vec<&str> = Vec::new();
    // The errno range's `UNIX[Permission denied]`: the framework's own rendering of a POSIX
    // error, specific however few words the strerror text has (the bare strerror text is not
    // looked for: any program prints it).
    for code in sec_codes::errno_range() {
        kept.push(Text {
            text: code.message(),
            code,
        });
    }
    for code in sec_codes::catalogue() {
        let message = matched_part(code.message());
        let doc = matched_part(code.doc());
        let texts = if doc == message {
            [Some(message), None]
        } else {
            [Some(message), Some(doc)]
        };
        for text in texts.into_iter().flatten() {
            if text.is_empty() || text == code.name() {
                continue;
            }
            if is_specific(text) {
                kept.push(Text { text, code });
            } else if !left_out.contains(&text) {
                left_out.push(text);
            }
        }
    }
    (kept, left_out.len())
}
