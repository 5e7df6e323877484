//! `--search`: catalogue entries whose text contains a phrase.

use sec_codes::{CodeInfo, catalog};

/// Entries whose name, message or doc contains `text`, ignoring case, in catalogue order.
#[must_use]
pub fn search(text: &str) -> Vec<&'static CodeInfo> {
    let needle = text.to_lowercase();
    catalog()
        .iter()
        .filter(|info| {
            [info.name, info.message, info.doc]
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
                .map(|info| info.name)
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
        for info in found {
            let text = format!("{} {} {}", info.name, info.message, info.doc).to_lowercase();
            assert!(text.contains("keychain"), "{}", info.name);
        }
    }
}
