//! What the words around a number say: whether they mark it as a status, whether they name an
//! error domain that is not `OSStatus`'s, and whether the line comes from a program whose
//! numbers are not Security codes.
//!
//! Everything here looks backwards from a number over a few bytes, or searches a line that
//! already holds a candidate, so it costs nothing on lines without one.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::{Cuts, is_word, word_before};

/// Words after which a number is a status (compared in any case): `OSStatus -25300`,
/// `error: -25300`, `err=-25300`, `status -25300`, `returned -25300`, CFNetwork's
/// `_kCFStreamErrorCodeKey=-9807` and `(kCFStreamErrorDomainSSL, -9806)`.
const STATUS_WORDS: [&str; 13] = [
    "osstatus",
    "nsosstatuserrordomain",
    "returns",
    "error",
    "err",
    "status",
    "errorcode",
    "statuscode",
    "oserror",
    "returned",
    "_kcfstreamerrorcodekey",
    "kcfstreamerrorcodekey",
    "kcfstreamerrordomainssl",
];

/// Words that mark a number only when a `:` or `=` follows them: `code: -25300`,
/// `Code=-25300`, `result = -25300`.
const WORDS_WITH_SEPARATOR: [&str; 2] = ["code", "result"];

/// Words that link a status word to its number: `status was -25300`, `error code -25300`,
/// `error is -25300`.
const LINK_WORDS: [&str; 5] = ["was", "is", "code", "of", "with"];

/// Words before `code` or `status` that make it something other than an `OSStatus`:
/// `exit code: -4`, `exit status -4`.
const NOT_STATUS_CODE: [&str; 3] = ["exit", "http", "response"];

/// Error domains whose codes are not `OSStatus` values: a `Code=` after one of them is left
/// alone (`Error Domain=NSURLErrorDomain Code=-1200`). Any other domain, such as
/// `NSOSStatusErrorDomain`, `kCFStreamErrorDomainSSL` or a keychain wrapper's own, may carry an
/// `OSStatus`.
pub const OTHER_DOMAINS: [&str; 14] = [
    "NSURLErrorDomain",
    "NSCocoaErrorDomain",
    "NSPOSIXErrorDomain",
    "NSMachErrorDomain",
    "kCFErrorDomainCFNetwork",
    "kCFErrorDomainPOSIX",
    "kCFErrorDomainCocoa",
    "kCFErrorDomainMach",
    "kCFStreamErrorDomainPOSIX",
    "kCFStreamErrorDomainNetDB",
    "kCFStreamErrorDomainHTTP",
    "NSItemProviderErrorDomain",
    "WKErrorDomain",
    "AVFoundationErrorDomain",
];

/// Words that show a line reports another system's numbers: Windows HRESULTs and COM (whose
/// `0x8001xxxx` values are also CSSM codes), Core Audio and AVFoundation (whose `-50` is
/// `paramErr`, not `errSecParam`), LaunchServices and AppleScript (`User canceled. (-128)`).
/// A line holding one gets no note for a number or hex value; names and messages still count.
pub const NUMBER_VETOES: [&str; 20] = [
    "HRESULT",
    "HResult",
    "RPC_E_",
    "COMException",
    "AVAudio",
    "AudioQueue",
    "AudioUnit",
    "AURemoteIO",
    "AudioToolbox",
    "CoreAudio",
    "ExtAudioFile",
    "AudioFile",
    "audio session",
    "LaunchServices",
    "LSOpen",
    "kLSApplication",
    "AppleScript",
    "osascript",
    "execution error",
    "NSAppleScript",
];

/// Words that show a line is about the Security framework or the keychain, so that a name
/// without its `errSec` prefix (.NET's `SecStatusCode.MissingEntitlement`, MAUI's `Error adding
/// record: MissingEntitlement`) names a code.
pub const FRAMEWORK_MARKERS: [&str; 12] = [
    "AuthorizationStatus",
    "Error adding record",
    "SecureStorage",
    "SecStatusCode",
    "SecKeyChain",
    "SecRecord",
    "Security framework",
    "Security.framework",
    "keychain",
    "Keychain",
    "KeyChain",
    "OSStatus",
];

/// A searcher for any of `words`, built once: one pass over the line finds any of them.
fn searcher(words: &[&str]) -> AhoCorasick {
    AhoCorasick::new(words).expect("a handful of short words fits the default limits")
}

/// Whether the line reports numbers of another system (see [`NUMBER_VETOES`]).
pub fn vetoes_numbers(text: &[u8]) -> bool {
    static VETOES: LazyLock<AhoCorasick> = LazyLock::new(|| searcher(&NUMBER_VETOES));
    VETOES.is_match(text)
}

/// Whether the line is about the Security framework (see [`FRAMEWORK_MARKERS`]).
pub fn names_framework(text: &[u8]) -> bool {
    static MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| searcher(&FRAMEWORK_MARKERS));
    MARKERS.is_match(text)
}

/// `text[..at]` without one of `marks` at its end, if it ends with one.
fn strip_one(text: &[u8], at: usize, marks: &[&str]) -> Option<usize> {
    marks
        .iter()
        .find(|mark| text[..at].ends_with(mark.as_bytes()))
        .map(|mark| at - mark.len())
}

/// `at` moved back over blanks: spaces, tabs and the ideographic space.
fn skip_blanks(text: &[u8], mut at: usize) -> usize {
    loop {
        match strip_one(text, at, &[" ", "\t", "\u{3000}"]) {
            Some(before) => at = before,
            None => return at,
        }
    }
}

/// Marks that may open the number itself: `[-34018]`, `"-34018"`, full-width `（`.
const OPENERS: [&str; 6] = ["[", "\"", "'", "（", "［", "「"];
/// One separator between a word and its number: `:`, `=`, `,`, full-width `：`, `＝`, `，`.
const SEPARATORS: [&str; 6] = [":", "=", ",", "：", "＝", "，"];
/// Marks that may close the word: `"OSStatus" -9807`, `(OSStatus)-34018`, `SSLHandshake():`.
const CLOSERS: [&str; 8] = ["()", ")", "]", "\"", "'", "）", "］", "」"];

/// The word before `at`, where it starts, and the separator that stood between, if any: going
/// back, an optional opening mark, blanks, one optional separator, blanks, one optional closing
/// mark, then an ASCII word (letters, digits, `_`). `None` when there is no word, or it touches a
/// cut.
fn word_back(text: &[u8], at: usize, cuts: Cuts) -> Option<(&[u8], usize, Option<u8>)> {
    let mut at = strip_one(text, at, &OPENERS).unwrap_or(at);
    at = skip_blanks(text, at);
    let separator = strip_one(text, at, &SEPARATORS).map(|before| {
        let mark = text[before];
        at = skip_blanks(text, before);
        mark
    });
    at = strip_one(text, at, &CLOSERS).unwrap_or(at);
    let len = text[..at].iter().rev().take_while(|&&b| is_word(b)).count();
    let start = at - len;
    if len == 0 || word_before(text, start, cuts) {
        return None;
    }
    Some((&text[start..at], start, separator))
}

/// Whether `word` is one of `list`, in any case.
fn is_one_of(word: &[u8], list: &[&str]) -> bool {
    list.iter()
        .any(|item| word.eq_ignore_ascii_case(item.as_bytes()))
}

/// Whether `word` names a Security framework function or type: `SecItemCopyMatching`,
/// `SSLHandshake`, `AuthorizationCreate`, `SecKeychainItemImport`.
fn is_security_api(word: &[u8]) -> bool {
    ["Sec", "SSL", "Authorization", "CSSM_"]
        .iter()
        .any(|prefix| {
            word.strip_prefix(prefix.as_bytes())
                .and_then(|rest| rest.first())
                .is_some_and(u8::is_ascii_uppercase)
        })
}

/// Whether `word` is an error domain whose codes are not `OSStatus` values.
fn is_other_domain(word: &[u8]) -> bool {
    OTHER_DOMAINS.iter().any(|domain| word == domain.as_bytes())
}

/// The fewest digits of a number that follows free text and a colon (`item: -25299`) or
/// `failed with`: 4, which leaves out the small values (`-4`, `-50`, `-128`) that many other
/// APIs return too.
pub const MIN_DIGITS_AFTER_TEXT: usize = 4;

/// Whether the number starting at `number`, of `digits` digits, is marked as a status by the
/// words before it (see the crate documentation for the list), and not claimed by another error
/// domain.
pub fn marked_by_words(text: &[u8], number: usize, digits: usize, cuts: Cuts) -> bool {
    let Some((word, start, separator)) = word_back(text, number, cuts) else {
        return false;
    };
    let separated = separator.is_some();
    let long = digits >= MIN_DIGITS_AFTER_TEXT;
    // The word before that one.
    let previous = || word_back(text, start, cuts).map(|(previous, _, _)| previous);
    // NSError without a space: `Domain=NSOSStatusErrorDomainCode=-9807`.
    if word.ends_with(b"DomainCode") {
        let domain = &word[..word.len() - b"Code".len()];
        return separated && !is_other_domain(domain);
    }
    if is_one_of(word, &NOT_STATUS_CODE) {
        return false;
    }
    if is_one_of(word, &STATUS_WORDS) || is_security_api(word) {
        // `exit status -4` is a process's.
        return !previous().is_some_and(|previous| is_one_of(previous, &NOT_STATUS_CODE));
    }
    if is_one_of(word, &["code"]) {
        if let Some(previous) = previous() {
            if is_other_domain(previous) || is_one_of(previous, &NOT_STATUS_CODE) {
                return false;
            }
            if is_one_of(previous, &STATUS_WORDS) {
                return true;
            }
        }
        return separated;
    }
    if is_one_of(word, &WORDS_WITH_SEPARATOR) {
        return separated;
    }
    if is_one_of(word, &LINK_WORDS) || is_one_of(word, &["failed", "failure"]) {
        let linked = previous().is_some_and(|previous| {
            is_one_of(previous, &STATUS_WORDS)
                || is_one_of(previous, &WORDS_WITH_SEPARATOR)
                || is_security_api(previous)
                || (long
                    && word.eq_ignore_ascii_case(b"with")
                    && previous.eq_ignore_ascii_case(b"failed"))
        });
        if linked {
            return true;
        }
    }
    // Free text, a colon and a long number: `error creating keychain item: -25299`.
    long && separator == Some(b':')
        && word.iter().any(u8::is_ascii_alphabetic)
        && !is_other_domain(word)
}

/// CFNetwork's domain-and-code pairs, `[3:-9806]`, `error 3:-9807`, `error(3:-9807)`, and
/// `SocketStream`'s `write error [0x…]: 3 -9806`: the number at `minus` follows `2` or `3` (the
/// `MacOSStatus` and SSL stream domains) and a `:` that follows `[`, `(` or the word `error`; or
/// the domain and a space after `: `.
pub fn stream_domain_pair(text: &[u8], minus: usize, cuts: Cuts) -> bool {
    let Some(between) = minus.checked_sub(1) else {
        return false;
    };
    if between == 0 || !matches!(text[between - 1], b'2' | b'3') {
        return false;
    }
    let domain = between - 1;
    let before = domain.checked_sub(1).map(|i| text[i]);
    match text[between] {
        b':' => match before {
            Some(b'[') => true,
            Some(b'(' | b' ') => word_back(text, domain - 1, cuts)
                .is_some_and(|(word, _, _)| word.eq_ignore_ascii_case(b"error")),
            _ => false,
        },
        b' ' => before == Some(b' ') && domain >= 2 && text[domain - 2] == b':',
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> bool {
        let number = text.rfind('-').unwrap();
        marked_by_words(text.as_bytes(), number, 1, Cuts::default())
    }

    fn marked_long(text: &str) -> bool {
        let number = text.rfind('-').unwrap();
        marked_by_words(text.as_bytes(), number, 5, Cuts::default())
    }

    #[test]
    fn long_numbers_after_free_text_and_a_colon() {
        for text in [
            "error creating keychain item: -",
            "Something went wrong: -",
            "SecItemCopyMatching failed for key a.b.c: -",
            "validation failed with -",
        ] {
            assert!(marked_long(text), "{text}");
            assert!(!marked(text), "{text}");
        }
        for text in [
            "offset -",
            "pending, -",
            "value=-",
            "Exit status: -",
            "write failed -",
        ] {
            assert!(!marked_long(text), "{text}");
        }
    }

    #[test]
    fn status_words_with_any_glue() {
        for text in [
            "OSStatus -1",
            "OSStatus error: [-1",
            "error:[-1",
            "Error \"OSStatus\" -1",
            "status ＝（OSStatus）-1",
            "code = \"-1",
            "Code: -1",
            "error code -1",
            "Error code: -1",
            "status was -1",
            "returned -1",
            "_kCFStreamErrorCodeKey=-1",
            "(kCFStreamErrorDomainSSL, -1",
            "SSLHandshake(): -1",
            "SecItemCopyMatching: -1",
            "SecItemAdd failed: -1",
            "result = -1",
            "Domain=NSOSStatusErrorDomainCode=-1",
        ] {
            assert!(marked(text), "{text}");
        }
    }

    #[test]
    fn unmarked_words() {
        for text in [
            "exit code -1",
            "exit code: -1",
            "code -1",
            "result -1",
            "value=-1",
            "failed: -1",
            "write failed: -1",
            "error:: -1",
            "myerror -1",
            "Error Domain=NSURLErrorDomain Code=-1",
            "domain: NSCocoaErrorDomain, code: -1",
            "Domain=NSURLErrorDomainCode=-1",
        ] {
            assert!(!marked(text), "{text}");
        }
    }

    #[test]
    fn stream_pairs() {
        let pair = |text: &str| {
            stream_domain_pair(text.as_bytes(), text.rfind('-').unwrap(), Cuts::default())
        };
        assert!(pair("[3:-9806]"));
        assert!(pair("error 3:-9807"));
        assert!(pair("error(3:-9807)"));
        assert!(pair("[2:-25300]"));
        assert!(!pair("[1:-9806]"));
        assert!(!pair("12:-30"));
        assert!(!pair("at 3:-9806"));
        assert!(!pair("[13:-9806]"));
        assert!(pair("SocketStream write error [0x600000172a80]: 3 -9806"));
        assert!(!pair("SocketStream read error [0x600000172a80]: 1 -9806"));
        assert!(!pair("took 3 -9806"));
        assert!(!pair("items: 23 -9806"));
    }

    #[test]
    fn vetoes_and_markers() {
        assert!(vetoes_numbers(b"Exception from HRESULT: 0x80010001"));
        assert!(vetoes_numbers(b"AVAudioSession error: -50"));
        assert!(!vetoes_numbers(b"SecItemAdd error: -50"));
        assert!(names_framework(
            b"Error adding record to the keychain: MissingEntitlement"
        ));
        assert!(names_framework(b"SecStatusCode.MissingEntitlement"));
        assert!(!names_framework(b"MissingEntitlement"));
    }
}
