//! Output of lookups and listings: one line per code in either text format, or a JSON array.

use std::fmt;

use serde_json::{Map, Value, json};

use crate::catalogue::{Entry, Hex};

/// How lookups and listings print each code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// `0xFFFF9D2C -25300 errSecItemNotFound [keychain] The specified item …`
    #[default]
    Line,
    /// What macOS's `security error` prints, to the byte: `Error: 0xFFFF9D2C -25300 The
    /// specified …`, with the framework's own text (not the message), `UNIX[…]` for the errno
    /// range, `unknown error 12345=3039` where macOS has no text.
    Security,
}

/// The message, or nothing when it only repeats the name (most `CSSMERR_*` codes): the name is
/// shown already, once is enough.
fn own_message(entry: &Entry) -> Option<&'static str> {
    (entry.message != entry.name).then_some(entry.message)
}

/// `0xFFFF9D2C -25300 errSecItemNotFound [keychain] The specified item could not be found in the
/// keychain.`; a deprecated name is marked, with its replacement when it is an alias.
#[must_use]
pub fn line(entry: &Entry) -> String {
    format!("{} {} {}", Hex(entry.value), entry.value, Tail(entry))
}

/// `errSecItemNotFound [keychain] The specified item …` and the deprecation mark: what follows
/// the numbers in [`line`] and in `--explain`'s notes.
pub struct Tail<'a>(pub &'a Entry);

impl fmt::Display for Tail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = self.0;
        write!(f, "{} [{}]", entry.name, entry.category_key)?;
        if let Some(message) = own_message(entry) {
            write!(f, " {message}")?;
        }
        match (entry.deprecated, entry.alias_of) {
            (true, Some(primary)) => write!(f, " (deprecated; use {primary})"),
            (false, Some(primary)) => write!(f, " (alias of {primary})"),
            (true, None) => f.write_str(" (deprecated)"),
            (false, None) => Ok(()),
        }
    }
}

/// The JSON fields of one code; `alias_of` is `null` when the code is not an alias.
#[must_use]
pub fn fields(entry: &Entry) -> Map<String, Value> {
    let value = json!({
        "name": entry.name,
        "value": entry.value,
        "hex": Hex(entry.value).to_string(),
        "category": entry.category_key,
        "doc": entry.doc,
        "message": entry.message,
        "deprecated": entry.deprecated,
        "alias_of": entry.alias_of,
    });
    match value {
        Value::Object(map) => map,
        // `json!` of an object literal is always an object.
        _ => Map::new(),
    }
}

/// All the codes as text, one line each in `format`, or one pretty-printed JSON array; ends in a
/// newline unless empty text.
#[must_use]
pub fn render(codes: &[Entry], as_json: bool, format: Format) -> String {
    if as_json {
        let array = Value::Array(
            codes
                .iter()
                .map(|entry| Value::Object(fields(entry)))
                .collect(),
        );
        // A `Value` built from strings, numbers and booleans always serializes.
        let mut text = serde_json::to_string_pretty(&array).unwrap_or_default();
        text.push('\n');
        text
    } else {
        let one: fn(&Entry) -> String = match format {
            Format::Line => line,
            // As macOS's `security error` prints the value (see [`crate::security`]).
            Format::Security => |entry| crate::security::line(entry.value),
        };
        codes.iter().map(|entry| one(entry) + "\n").collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{describe, lookup};

    /// An entry whose message is its name, as most `CSSMERR_*` codes' are.
    const NAMELESS_MESSAGE: Entry = Entry {
        name: "CSSMERR_TP_NOT_TRUSTED",
        short_name: "CSSMERR_TP_NOT_TRUSTED",
        value: -2_147_409_622,
        category_key: "cssm",
        message: "CSSMERR_TP_NOT_TRUSTED",
        doc: "",
        deprecated: false,
        alias_of: None,
    };

    #[test]
    fn hex_is_32_bit_upper_case() {
        assert_eq!(Hex(-25300).to_string(), "0xFFFF9D2C");
        assert_eq!(Hex(0).to_string(), "0x00000000");
        assert_eq!(Hex(i32::MIN).to_string(), "0x80000000");
    }

    #[test]
    fn line_of_a_code() {
        assert_eq!(
            line(&describe(-25300).unwrap()),
            "0xFFFF9D2C -25300 errSecItemNotFound [keychain] \
             The specified item could not be found in the keychain."
        );
    }

    #[test]
    fn a_message_equal_to_the_name_is_shown_once() {
        assert_eq!(
            line(&NAMELESS_MESSAGE),
            "0x8001212A -2147409622 CSSMERR_TP_NOT_TRUSTED [cssm]"
        );
    }

    #[test]
    fn line_of_an_alias_names_its_replacement() {
        assert_eq!(
            line(&lookup("errSecDskFull").unwrap()),
            "0xFFFFFFDE -34 errSecDskFull [system] The disk is full. (deprecated; use errSecDiskFull)"
        );
    }

    #[test]
    fn an_alias_that_is_not_deprecated_says_so() {
        let alias = Entry {
            name: "errSessionInternal",
            short_name: "errSessionInternal",
            value: -60008,
            category_key: "session",
            message: "internal error",
            doc: "internal error",
            deprecated: false,
            alias_of: Some("errAuthorizationInternal"),
        };
        assert_eq!(
            line(&alias),
            "0xFFFF1598 -60008 errSessionInternal [session] internal error \
             (alias of errAuthorizationInternal)"
        );
        let deprecated = Entry {
            alias_of: None,
            deprecated: true,
            ..alias
        };
        assert_eq!(
            line(&deprecated),
            "0xFFFF1598 -60008 errSessionInternal [session] internal error (deprecated)"
        );
    }

    #[test]
    fn fields_of_a_code() {
        let entry = describe(-25300).unwrap();
        assert_eq!(
            Value::Object(fields(&entry)),
            json!({
                "name": "errSecItemNotFound",
                "value": -25300,
                "hex": "0xFFFF9D2C",
                "category": "keychain",
                "doc": "The item cannot be found.",
                "message": "The specified item could not be found in the keychain.",
                "deprecated": false,
                "alias_of": null,
            })
        );
    }

    #[test]
    fn render_lines_and_json() {
        let codes = [describe(0).unwrap(), describe(-25300).unwrap()];
        assert_eq!(
            render(&codes, false, Format::Security),
            "Error: 0x00000000 0 No error.\n\
             Error: 0xFFFF9D2C -25300 The specified item could not be found in the keychain.\n"
        );
        let lines = render(&codes, false, Format::Line);
        assert_eq!(lines.lines().count(), 2);
        assert!(lines.ends_with('\n'));
        let parsed: Value = serde_json::from_str(&render(&codes, true, Format::Line)).unwrap();
        assert_eq!(parsed.as_array().unwrap().len(), 2);
        assert_eq!(render(&[], true, Format::Line), "[]\n");
        assert_eq!(render(&[], false, Format::Line), "");
    }
}
