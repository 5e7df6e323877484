//! `--search`: catalogue entries whose text contains a phrase.

use crate::catalogue::{Entry, all};

/// Entries whose name, message or doc contains `text`, ignoring case, in catalogue order.
#[must_use]
pub fn search(text: &str) -> Vec<Entry> {
    let needle = text.to_lowercase();
    all()
        .filter(|entry| {
            [entry.name, entry.message, entry.doc]
                .iter()
                .any(|field| field.to_lowercase().contains(&needle))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_names_messages_and_docs_in_any_case() {
        let names = |text| {
            search(text)
                .iter()
                .map(|entry| entry.name)
                .collect::<Vec<_>>()
        };
        // In the name only through its casing.
        assert!(names("ITEMNOTFOUND").contains(&"errSecItemNotFound"));
        // In the message: "The specified item could not be found in the keychain."
        assert!(names("could not be found in the KEYCHAIN").contains(&"errSecItemNotFound"));
        assert!(names("no such phrase anywhere").is_empty());
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
