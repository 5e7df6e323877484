//! `--search`: catalogue entries whose text contains a phrase.

use crate::catalogue::{Entry, all};

/// Entries whose name, message or doc contains `text`, ignoring case, in catalogue order. `_`,
/// `-` and a space are the same separator, so `not trusted` finds `CSSMERR_TP_NOT_TRUSTED`.
#[must_use]
pub fn search(text: &str) -> Vec<Entry> {
    let needle = folded(text);
    all()
        .filter(|entry| {
            [entry.name, entry.message, entry.doc]
                .iter()
                .any(|field| folded(field).contains(&needle))
        })
        .collect()
}

/// `text` in lower case with `_` and `-` turned into spaces.
fn folded(text: &str) -> String {
    text.to_lowercase().replace(['_', '-'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names [`search`] finds for `text`.
    fn names(text: &str) -> Vec<&'static str> {
        search(text).iter().map(|entry| entry.name).collect()
    }

    #[test]
    fn matches_names_messages_and_docs_in_any_case() {
        // In the name only through its casing.
        assert!(names("ITEMNOTFOUND").contains(&"errSecItemNotFound"));
        // In the message: "The specified item could not be found in the keychain."
        assert!(names("could not be found in the KEYCHAIN").contains(&"errSecItemNotFound"));
        assert!(names("no such phrase anywhere").is_empty());
    }

    #[test]
    fn underscores_dashes_and_spaces_are_one_separator() {
        assert!(names("not trusted").contains(&"CSSMERR_TP_NOT_TRUSTED"));
        assert!(names("NOT-TRUSTED").contains(&"CSSMERR_TP_NOT_TRUSTED"));
        assert_eq!(names("not trusted"), names("not_trusted"));
    }

    #[test]
    fn every_match_contains_the_text() {
        let found = search("Keychain");
        assert!(found.len() > 10);
        for entry in found {
            let text = format!("{} {} {}", entry.name, entry.message, entry.doc).to_lowercase();
            assert!(text.contains("keychain"), "{}", entry.name);
        }
    }
}
