//! Output: one line per code, or a JSON array of objects.

use std::fmt::Write as _;

use sec_codes::CodeInfo;
use serde_json::{Value, json};

/// A line like `security error`'s, with the name and category:
/// `0xFFFF9D2C -25300 errSecItemNotFound [keychain] The specified item could not be found in the keychain.`
///
/// A deprecated name is marked, with its replacement when it is an alias.
#[must_use]
pub fn line(info: &CodeInfo) -> String {
    let mut line = format!(
        "{} {} {} [{}] {}",
        info.hex(),
        info.value,
        info.name,
        info.category,
        info.message
    );
    // Writing to a `String` cannot fail.
    let _ = match (info.deprecated, info.alias_of) {
        (_, Some(primary)) => write!(line, " (deprecated; use {primary})"),
        (true, None) => write!(line, " (deprecated)"),
        (false, None) => Ok(()),
    };
    line
}

/// The JSON object of one code; `alias_of` is `null` when the code is not an alias.
#[must_use]
pub fn object(info: &CodeInfo) -> Value {
    json!({
        "name": info.name,
        "value": info.value,
        "hex": info.hex().to_string(),
        "category": info.category.key(),
        "doc": info.doc,
        "message": info.message,
        "deprecated": info.deprecated,
        "alias_of": info.alias_of,
    })
}

/// All the codes as text: one line each, or one pretty-printed JSON array; ends in a newline.
#[must_use]
pub fn render(codes: &[&CodeInfo], as_json: bool) -> String {
    if as_json {
        let array = Value::Array(codes.iter().map(|info| object(info)).collect());
        // A `Value` built from strings, numbers and booleans always serializes.
        let mut text = serde_json::to_string_pretty(&array).unwrap_or_default();
        text.push('\n');
        text
    } else {
        codes.iter().map(|info| line(info) + "\n").collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sec_codes::{describe, lookup};

    #[test]
    fn line_of_a_code() {
        assert_eq!(
            line(describe(-25300).unwrap()),
            "0xFFFF9D2C -25300 errSecItemNotFound [keychain] \
             The specified item could not be found in the keychain."
        );
    }

    #[test]
    fn line_of_an_alias_names_its_replacement() {
        let alias = line(lookup("errSecDskFull").unwrap());
        assert!(
            alias.starts_with("0xFFFFFFDE -34 errSecDskFull [system] "),
            "{alias}"
        );
        assert!(
            alias.ends_with(" (deprecated; use errSecDiskFull)"),
            "{alias}"
        );
    }

    #[test]
    fn object_of_a_code() {
        let info = describe(-25300).unwrap();
        assert_eq!(
            object(info),
            json!({
                "name": "errSecItemNotFound",
                "value": -25300,
                "hex": "0xFFFF9D2C",
                "category": "keychain",
                "doc": info.doc,
                "message": "The specified item could not be found in the keychain.",
                "deprecated": false,
                "alias_of": null,
            })
        );
    }

    #[test]
    fn render_lines_and_json() {
        let codes = [describe(0).unwrap(), describe(-25300).unwrap()];
        let lines = render(&codes, false);
        assert_eq!(lines.lines().count(), 2);
        assert!(lines.ends_with('\n'));
        let parsed: Value = serde_json::from_str(&render(&codes, true)).unwrap();
        assert_eq!(parsed.as_array().unwrap().len(), 2);
        assert_eq!(render(&[], true), "[]\n");
        assert_eq!(render(&[], false), "");
    }
}
