//! "Did you mean …": the catalogue names nearest to a name that matched none.

use strsim::normalized_damerau_levenshtein;

use crate::catalogue::{all, names};

/// How many names to suggest at most.
const MAX_SUGGESTIONS: usize = 3;

/// The least similarity (0 to 1) worth suggesting; below it, names share too little to help.
const MIN_SIMILARITY: f64 = 0.7;

/// Up to three Apple names closest to `name`, best first.
///
/// Compares short names (without `errSec`) in lower case, so neither the prefix nor casing
/// counts as a difference. Input more than twice as long as the longest catalogue name gets no
/// suggestion: it cannot reach [`MIN_SIMILARITY`] with any name, and the edit distance costs
/// time proportional to its length for each of the catalogue's names.
#[must_use]
pub fn suggest(name: &str) -> Vec<&'static str> {
    if name.len() > 2 * longest_name() {
        return Vec::new();
    }
    let wanted = short_lower(name);
    let mut scored: Vec<(f64, &'static str)> = all()
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

/// The length in bytes of the longest Apple name.
fn longest_name() -> usize {
    names().map(str::len).max().unwrap_or(0)
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
    fn nothing_close_suggests_nothing() {
        assert!(suggest("zzzzzzzzzzzzzzzzzzzz").is_empty());
        assert!(suggest("").is_empty());
        assert!(suggest("\u{FFFD}").is_empty());
    }
}
