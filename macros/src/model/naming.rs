// How Apple names map to variant names and to the keys the name lookups hash, how category keys
// are matched, and how alike a name must be to be suggested. Like `hash.rs`, this one file is
// compiled into the macro crate and the code generator (to name variants, lay out tables, match
// keys and suggest) and emitted as tokens into `sec-codes` (to look names and keys up at run
// time), so the sides cannot disagree. It must stay plain `core` Rust with no `use`.

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

/// The category key users mean by a common word no key spells, matched loosely: TLS and SSL are
/// Secure Transport's. For the macros' unknown-category error and `secerr --category`.
#[must_use]
pub fn category_synonym(text: &str) -> Option<&'static str> {
    let is = |word: &str| loose_key_chars(text).eq(word.chars());
    (is("ssl") || is("tls")).then_some("secure_transport")
}

/// "Did you mean": the least similarity (normalized Damerau-Levenshtein of the texts in ASCII
/// lowercase, 0 to 1) at which a known name or key is suggested for one that matched none, in a
/// compile error (the macros' arguments and names, the generator's checks of `codes.toml`): a
/// loose hint costs nothing beside a failed build. `secerr --category` uses it too: a category
/// key is one of 26, as in the macros' error. Beside [`SUGGEST_AT_RUN_TIME`], so that a
/// change of one is weighed against the other.
pub const SUGGEST_AT_COMPILE_TIME: f64 = 0.6;

/// The same for `secerr`, which suggests names for words from arguments, standard input and
/// logs: stricter, since a wrong hint there sends a reader after another code. (`secerr` reads
/// it from `sec-codes`, which gets this file as tokens.)
pub const SUGGEST_AT_RUN_TIME: f64 = 0.7;

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

/// The variant name of an Apple name, written into `out`: the prefix of [`name_stem`], then the
/// stem in UpperCamelCase (`errSecItemNotFound` → `ItemNotFound`, `errSSLClosedAbort` →
/// `SslClosedAbort`, `CSSMERR_TP_NOT_TRUSTED` → `CssmTpNotTrusted`). With the catalogue on, the
/// runtime spells a variant this way instead of storing a second copy of the names. `None` for a
/// name of no family or one that is not ASCII.
///
/// Words are split as heck's `ToUpperCamelCase` (what the code generator names variants with)
/// splits them, and each is written capitalized: at `_`; after a lowercase letter (or a digit
/// following one) when an uppercase letter follows; and before the last capital of a run of
/// capitals when a lowercase letter follows it (`SSLClosed` → `SSL`, `Closed`).
#[must_use]
pub fn variant_name<'o>(name: &str, out: &'o mut [u8; MAX_NAME_LEN]) -> Option<&'o str> {
    // What the characters since the last word boundary were: none yet, lowercase, uppercase.
    const BOUNDARY: u8 = 0;
    const LOWER: u8 = 1;
    const UPPER: u8 = 2;
    if !name.is_ascii() {
        return None;
    }
    let (prefix, stem) = name_stem(name)?;
    let stem = stem.as_bytes();
    let mut len = 0;
    for &byte in prefix.as_bytes() {
        *out.get_mut(len)? = byte;
        len += 1;
    }
    // Writes `word` capitalized at `out[len..]`.
    let write_word = |out: &mut [u8; MAX_NAME_LEN], len: &mut usize, word: &[u8]| -> Option<()> {
        for (i, &byte) in word.iter().enumerate() {
            *out.get_mut(*len)? = if i == 0 {
                byte.to_ascii_uppercase()
            } else {
                byte.to_ascii_lowercase()
            };
            *len += 1;
        }
        Some(())
    };
    for word in stem.split(|byte| !byte.is_ascii_alphanumeric()) {
        let mut start = 0;
        let mut mode = BOUNDARY;
        for (i, &byte) in word.iter().enumerate() {
            let Some(&next) = word.get(i + 1) else {
                write_word(out, &mut len, &word[start..])?;
                break;
            };
            let next_mode = if byte.is_ascii_lowercase() {
                LOWER
            } else if byte.is_ascii_uppercase() {
                UPPER
            } else {
                mode
            };
            if next_mode == LOWER && next.is_ascii_uppercase() {
                write_word(out, &mut len, &word[start..=i])?;
                start = i + 1;
                mode = BOUNDARY;
            } else if mode == UPPER && byte.is_ascii_uppercase() && next.is_ascii_lowercase() {
                write_word(out, &mut len, &word[start..i])?;
                start = i;
                mode = BOUNDARY;
            } else {
                mode = next_mode;
            }
        }
    }
    core::str::from_utf8(out.get(..len)?).ok()
}
