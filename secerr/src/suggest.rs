//! "Did you mean …": the catalogue names nearest to a name that matched none.

use strsim::normalized_damerau_levenshtein;

use crate::catalogue::{MIN_SIMILARITY, all};

/// How many names to suggest at most.
const MAX_SUGGESTIONS: usize = 3;

/// Up to three Apple names closest to `name`, best first.
///
/// Compares short names (without `errSec`) in lower case, so neither the prefix nor casing
/// counts as a difference. Only text that could be a name gets suggestions: starting with an
/// ASCII letter or `_`, made of ASCII letters, digits and `_` but for at most one other
/// character (a typo, or a byte that was not UTF-8). Only names whose length (in characters, as
/// the similarity counts) is close enough to reach [`MIN_SIMILARITY`] are compared, so the cost
/// stays small and bounded whatever the input: text far longer than any name compares none.
#[must_use]
pub fn suggest(name: &str) -> Vec<&'static str> {
    if !could_be_a_name(name) {
        return Vec::new();
    }
    let wanted = short_lower(name);
    let wanted_chars = wanted.chars().count();
    let mut scored: Vec<(f64, &'static str)> = all()
        .filter(|entry| can_reach_similarity(wanted_chars, entry.short_name.len()))
        .map(|entry| {
            let score = normalized_damerau_levenshtein(&wanted, &entry.short_name.to_lowercase());
            (score, entry.name)
        })
        .filter(|&(score, _)| score >= MIN_SIMILARITY)
        .collect();
    // Best score first; equal scores in name order so the output is stable.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, name)| name)
        .collect()
}

/// Whether `text` could be a mistyped name: it starts with an ASCII letter or `_`, and has at
/// most one character other than ASCII letters, digits and `_`.
fn could_be_a_name(text: &str) -> bool {
    let starts_well = text
        .bytes()
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic() || first == b'_');
    let others = text
        .chars()
        .filter(|&c| !(c.is_ascii_alphanumeric() || c == '_'))
        .count();
    starts_well && others <= 1
}

/// Whether two texts of these lengths in characters can be [`MIN_SIMILARITY`] alike (short
/// names are ASCII, so their length in bytes is in characters): the edit distance
/// is at least the difference of the lengths, and the similarity is one minus the distance over
/// the longer length.
fn can_reach_similarity(a: usize, b: usize) -> bool {
    let longer = a.max(b);
    // Lengths are small (names); the float conversion is exact.
    #[allow(clippy::cast_precision_loss)]
    let best = 1.0 - a.abs_diff(b) as f64 / longer.max(1) as f64;
    best >= MIN_SIMILARITY
}

/// `name` in lower case without a leading `errSec` in any case.
fn short_lower(name: &str) -> String {
    let lower = name.to_lowercase();
    match lower.strip_prefix("errsec") {
        Some(short) => short.to_owned(),
        None => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_suggests_the_name() {
        assert_eq!(suggest("errSecItemNotFund")[0], "errSecItemNotFound");
        assert_eq!(suggest("itemnotfund")[0], "errSecItemNotFound");
        assert_eq!(suggest("ERRSECDUPLICATEITEMM")[0], "errSecDuplicateItem");
    }

    #[test]
    fn at_most_three() {
        assert!(suggest("errSecInvalidKey").len() <= MAX_SUGGESTIONS);
    }

    #[test]
    fn only_name_like_text_gets_suggestions() {
        for text in [
            "-25300x",
            "item not found",
            "Ïtemnotfound",
            "0xZZ",
            "9ItemNotFound",
        ] {
            assert!(suggest(text).is_empty(), "{text}");
        }
        assert_eq!(suggest("_ItemNotFund")[0], "errSecItemNotFound");
        assert_eq!(suggest("Item\u{FFFD}NotFound")[0], "errSecItemNotFound");
        // A short name: the replacement character's 3 bytes must count as one character.
        assert_eq!(suggest("Par\u{FFFD}am")[0], "errSecParam");
        assert_eq!(suggest("Param\u{FFFD}")[0], "errSecParam");
    }

    #[test]
    fn the_length_bound_is_exact() {
        assert!(can_reach_similarity(10, 10));
        assert!(can_reach_similarity(10, 7));
        assert!(!can_reach_similarity(10, 6));
        assert!(!can_reach_similarity(0, 3));
    }

    #[test]
    fn nothing_close_suggests_nothing() {
        assert!(suggest("zzzzzzzzzzzzzzzzzzzz").is_empty());
        assert!(suggest("").is_empty());
        assert!(suggest("\u{FFFD}").is_empty());
    }
}
