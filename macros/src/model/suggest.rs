//! "Did you mean …?": the nearest known names to a misspelled one.

use super::naming::SUGGEST_AT_COMPILE_TIME;

/// Up to `limit` candidates nearest to `wanted`, most alike first.
pub fn nearest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let wanted = wanted.to_ascii_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|candidate| {
            let score =
                strsim::normalized_damerau_levenshtein(&wanted, &candidate.to_ascii_lowercase());
            (score, candidate)
        })
        .filter(|(score, _)| *score >= SUGGEST_AT_COMPILE_TIME)
        .collect();
    // Stable sort: equally alike candidates keep their catalogue order.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, candidate)| candidate)
        .collect()
}

/// `"; did you mean `x`?"`, or `None` when nothing is close.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let best = nearest(wanted, candidates, 1);
    best.first().map(|name| format!("; did you mean `{name}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_first() {
        let keys = ["keychain", "certificate", "crl", "ocsp"];
        assert_eq!(nearest("keychian", keys, 3), ["keychain"]);
        assert_eq!(
            did_you_mean("OSCP", keys).as_deref(),
            Some("; did you mean `ocsp`?")
        );
        assert_eq!(did_you_mean("zzzzzz", keys), None);
    }
}
