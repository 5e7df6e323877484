//! `--categories` (and `--category` without a key): every category key with its number of names
//! and its title, as text or JSON; the same table is what `--category` shows for an unknown key.

use serde_json::{Value, json};

use crate::catalogue::{
    CategoryEntry, MIN_KEY_SIMILARITY, categories, category_synonym, loose_key_chars,
};

/// One line per category: the key, padded so the counts line up, the count and the title.
#[must_use]
pub fn table() -> String {
    let width = categories().map(|c| c.key.len()).max().unwrap_or(0);
    categories()
        .map(|c| format!("{:width$}  {:>4}  {}\n", c.key, c.names, c.title))
        .collect()
}

/// A pretty-printed JSON array of `{"key", "title", "names"}` objects, newline-terminated.
#[must_use]
pub fn json() -> String {
    let array: Vec<Value> = categories().map(|c| fields(&c)).collect();
    // A `Value` built from strings and numbers always serializes.
    let mut text = serde_json::to_string_pretty(&Value::Array(array)).unwrap_or_default();
    text.push('\n');
    text
}

fn fields(category: &CategoryEntry) -> Value {
    json!({ "key": category.key, "title": category.title, "names": category.names })
}

/// The message of a `--category` whose key names no category: a nearby key where there is one,
/// then the table.
#[must_use]
pub fn unknown(text: &str) -> String {
    let hint = nearest_key(text)
        .map(|key| format!("; did you mean {key}?"))
        .unwrap_or_default();
    let head = format!("unknown category {text:?}{hint}");
    format!(
        "{head}\nthe categories (key, names, title):\n{}",
        table().trim_end()
    )
}

/// The key nearest to `text`, matched loosely; `ssl` and `tls` mean Secure Transport.
fn nearest_key(text: &str) -> Option<&'static str> {
    if let Some(key) = category_synonym(text) {
        return Some(key);
    }
    let loose: String = loose_key_chars(text).collect();
    categories()
        .map(|c| {
            let key: String = loose_key_chars(c.key).collect();
            (strsim::normalized_damerau_levenshtein(&loose, &key), c.key)
        })
        .filter(|&(score, _)| score >= MIN_KEY_SIMILARITY)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, key)| key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_every_category_with_its_count() {
        let table = table();
        assert_eq!(table.lines().count(), 26);
        assert!(table.contains("\nkeychain                 30  Keychain Result Codes\n"));
        let json: Value = serde_json::from_str(&json()).unwrap();
        assert_eq!(
            json[2],
            json!({"key": "keychain", "title": "Keychain Result Codes", "names": 30})
        );
    }

    #[test]
    fn near_keys_are_suggested() {
        assert_eq!(nearest_key("keychian"), Some("keychain"));
        assert_eq!(nearest_key("TLS"), Some("secure_transport"));
        assert_eq!(nearest_key("ssl"), Some("secure_transport"));
        assert_eq!(nearest_key("zzzzzzzz"), None);
    }
}
