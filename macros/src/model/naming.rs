// How Apple names map to variant names and to the keys the name lookups hash, and how category
// keys are matched. Like `hash.rs`, this one file is compiled into the macro crate and the code
// generator (to name variants, lay out tables and match keys) and emitted as tokens into
// `sec-codes` (to look names and keys up at run time), so the sides cannot disagree. It must stay
// plain `core` Rust with no `use`.

/// The longest Apple name the catalogue may hold, in bytes: lookups copy a name onto the stack.
pub const MAX_NAME_LEN: usize = 64;

/// Splits an Apple name into the prefix its variant starts with and the stem that follows,
/// UpperCamelCased, in the variant: `errSecItemNotFound` → `("", "ItemNotFound")`,
/// `errSecCSUnsigned` → `("", "CSUnsigned")`, `errSSLClosedAbort` → `("", "SSLClosedAbort")`,
/// `errSecureDownloadInvalidTicket` → `("", "SecureDownloadInvalidTicket")`,
/// `CSSMERR_TP_NOT_TRUSTED` → `("Cssm", "TP_NOT_TRUSTED")`. `None` for a name of no family.
///
/// `errSec` is dropped only before a capital (`errSecCS…`, not `errSecure…`); other `err` names
/// keep the word after `err`. Names of two families may still meet on one variant
/// (`errSSLFoo`, `errSecSSLFoo`): the catalogue's validation rejects that.
#[must_use]
pub fn name_stem(name: &str) -> Option<(&'static str, &str)> {
    let bytes = name.as_bytes();
    let capital_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_uppercase);
    if let Some(stem) = name.strip_prefix("CSSMERR_") {
        return if stem.is_empty() {
            None
        } else {
            Some(("Cssm", stem))
        };
    }
    if name.starts_with("errSec") && capital_at(6) {
        return Some(("", &name[6..]));
    }
    if name.starts_with("err") && capital_at(3) {
        return Some(("", &name[3..]));
    }
    None
}

/// The short name lookups also accept for an `errSec` name: the name without `errSec`
/// (`ItemNotFound`, `CSUnsigned`); `None` for other names (`errSecureDownload…` included).
#[must_use]
pub fn short_name(name: &str) -> Option<&str> {
    let short = name.strip_prefix("errSec")?;
    short
        .starts_with(|c: char| c.is_ascii_uppercase())
        .then_some(short)
}

/// A category key as it is matched, loosely: ASCII letters lowercased, and `-`, `_` and space
/// dropped, so that `code-signing`, `CodeSigning` and `code_signing` are one key. The one rule for
/// `#[sec_codes(categories = "…")]`, the catalogue's validation and `Category::from_key`.
pub fn loose_key_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .map(|c| c.to_ascii_lowercase())
}

/// Whether two category keys are the same, matched loosely (see [`loose_key_chars`]).
#[must_use]
pub fn loose_eq(a: &str, b: &str) -> bool {
    loose_key_chars(a).eq(loose_key_chars(b))
}

/// Whether `key` (ASCII lowercase, no `_`) is the lookup key of the Apple name `name`: the
/// variant name in lowercase, e.g. `cssmtpnottrusted` for `CSSMERR_TP_NOT_TRUSTED`.
#[must_use]
pub fn is_key_of(name: &str, key: &[u8]) -> bool {
    let Some((prefix, stem)) = name_stem(name) else {
        return false;
    };
    let mut key = key.iter();
    let mut expected = prefix.bytes().chain(stem.bytes().filter(|&b| b != b'_'));
    loop {
        match (key.next(), expected.next()) {
            (None, None) => return true,
            (Some(&k), Some(e)) if k == e.to_ascii_lowercase() => {}
            _ => return false,
        }
    }
}
