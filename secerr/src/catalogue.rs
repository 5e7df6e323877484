//! The one module of the binary that uses `sec_codes`: the rest of the command line sees the
//! catalogue only through [`Entry`] and the functions here (the library's scanner hands over
//! `sec_codes::CodeInfo`, which [`Entry::from_info`] copies).
//!
//! Why an adapter: `secerr` works with plain copies of an entry's fields, and keeping every call
//! to the runtime in this file means a change of its API touches this file alone.

use sec_codes::{Category, CodeInfo, catalogue};

/// The runtime's status type and its `security error` hex form (`0xFFFF9D2C`): one home for each,
/// which the input side (`parse`) and the output side (`render`, `security`, `explain`) share.
pub use sec_codes::{Hex, OSStatus};

/// The least similarity (0 to 1) at which "did you mean" suggests a name: the rule's one home is
/// the model's `naming.rs` (beside the macros' own threshold), which reaches `secerr` through
/// `sec-codes`. Hidden there, not API: `secerr` pins `sec-codes` to one exact version.
pub use sec_codes::__private::SUGGEST_AT_RUN_TIME as MIN_SIMILARITY;

/// How category keys are matched and suggested, as in the macros' error for an unknown category:
/// the loose key (`code-signing` is `codesigning`), its synonyms (`tls` is `secure_transport`) and
/// the least similarity of a suggested key. Hidden in `sec-codes` for the same reason.
pub use sec_codes::__private::{
    SUGGEST_AT_COMPILE_TIME as MIN_KEY_SIMILARITY, category_synonym, loose_key_chars,
};

/// Everything `secerr` shows about one result code, copied out of the runtime's catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The Apple constant name, e.g. `errSecItemNotFound`.
    pub name: &'static str,
    /// The name without its family prefix, e.g. `ItemNotFound`.
    pub short_name: &'static str,
    /// The `OSStatus` value, e.g. `-25300`.
    pub value: i32,
    /// The key of the category it is listed under, e.g. `keychain`.
    pub category_key: &'static str,
    /// What `SecCopyErrorMessageString` returns on macOS; may equal `name`.
    pub message: &'static str,
    /// Apple's documentation text.
    pub doc: &'static str,
    /// Whether Apple deprecated this name.
    pub deprecated: bool,
    /// For another name of a code (deprecated or not), the primary name whose value it shares.
    pub alias_of: Option<&'static str>,
}

impl Entry {
    /// Copies one runtime entry.
    #[must_use]
    pub fn from_info(info: CodeInfo) -> Self {
        Self {
            name: info.name(),
            short_name: info.short_name(),
            value: info.value(),
            category_key: info.category().key(),
            message: info.message(),
            doc: info.doc(),
            deprecated: info.is_deprecated(),
            alias_of: info.alias_of().map(CodeInfo::name),
        }
    }
}

/// The entry for a status value; for a value with a deprecated alias, the primary name.
#[must_use]
pub fn describe(value: i32) -> Option<Entry> {
    sec_codes::describe(value).map(Entry::from_info)
}

/// What macOS's `SecCopyErrorMessageString` returns for a status the runtime knows (the
/// catalogue's codes and the errno range); `None` where the framework has no text.
#[must_use]
pub fn macos_message(value: i32) -> Option<&'static str> {
    sec_codes::describe(value).and_then(CodeInfo::macos_message)
}

/// The entry for a name: the Apple name, the short name or the variant name, in any case; an
/// alias by its own name is the alias.
#[must_use]
pub fn lookup(name: &str) -> Option<Entry> {
    sec_codes::lookup(name).map(Entry::from_info)
}

/// Every entry, aliases included, in catalogue order.
pub fn all() -> impl ExactSizeIterator<Item = Entry> + Clone {
    catalogue().map(Entry::from_info)
}

/// The canonical key of the category `text` names, matched loosely: any case, and `-`, `_`, a
/// space or nothing between words (`code-signing`, `CodeSigning`).
#[must_use]
pub fn category_key(text: &str) -> Option<&'static str> {
    Category::from_key(text).map(Category::key)
}

/// A category as `--categories` lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryEntry {
    /// The key, e.g. `keychain`.
    pub key: &'static str,
    /// Apple's heading or the family's name, e.g. `Keychain Result Codes`.
    pub title: &'static str,
    /// How many names it lists, aliases included.
    pub names: usize,
}

/// Every category, in catalogue order.
pub fn categories() -> impl Iterator<Item = CategoryEntry> {
    Category::ALL.into_iter().map(|category| CategoryEntry {
        key: category.key(),
        title: category.title(),
        names: category.codes().len(),
    })
}

/// The entries of the category `key` names (matched like [`category_key`]), in catalogue order.
#[must_use]
pub fn category(key: &str) -> Option<impl ExactSizeIterator<Item = Entry> + Clone> {
    Category::from_key(key).map(|category| category.codes().map(Entry::from_info))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_copies_every_field() {
        assert_eq!(
            describe(-25300),
            Some(Entry {
                name: "errSecItemNotFound",
                short_name: "ItemNotFound",
                value: -25300,
                category_key: "keychain",
                message: "The specified item could not be found in the keychain.",
                doc: "The item cannot be found.",
                deprecated: false,
                alias_of: None,
            })
        );
        assert_eq!(describe(-1234), None);
        assert_eq!(
            describe(-34).map(|entry| entry.name),
            Some("errSecDiskFull")
        );
    }

    #[test]
    fn lookup_in_any_case_with_or_without_prefix() {
        for name in [
            "errSecItemNotFound",
            "ItemNotFound",
            "itemnotfound",
            "ERRSECITEMNOTFOUND",
        ] {
            assert_eq!(
                lookup(name).map(|entry| entry.value),
                Some(-25300),
                "{name}"
            );
        }
        let alias = lookup("errSecDskFull").unwrap();
        assert_eq!(alias.alias_of, Some("errSecDiskFull"));
        assert_eq!(lookup("errSecItemNotFund"), None);
        assert_eq!(lookup(""), None);
    }

    #[test]
    fn categories_match_loosely() {
        assert_eq!(category_key("Code-Signing"), Some("code_signing"));
        assert_eq!(category_key("nope"), None);
        let keychain: Vec<_> = category("keychain").unwrap().collect();
        assert!(
            keychain
                .iter()
                .all(|entry| entry.category_key == "keychain")
        );
        assert!(keychain.iter().any(|entry| entry.value == -25300));
        assert!(category("nope").is_none());
        assert_eq!(categories().next().map(|c| c.key), Some("system"));
    }
}
