//! Turning one command-line argument into a [`Query`]: a status value or a name.

use std::fmt;

use crate::catalogue::{Hex, OSStatus};

/// What an argument asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// A status value, already brought into the signed `OSStatus` range.
    Value(OSStatus),
    /// A name to look up: `errSecItemNotFound`, `ItemNotFound`, in any case.
    Name(String),
}

/// Why an argument is neither a usable number nor a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The argument is empty or only whitespace.
    Empty,
    /// A well-formed number that does not fit in 32 bits, signed or unsigned.
    OutOfRange(String),
    /// Starts like a number (a digit, a sign, `0x`) but is not one.
    NotANumber(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("an empty argument is not a result code"),
            Self::OutOfRange(text) => write!(f, "{text} does not fit in a 32-bit OSStatus"),
            // Debug-quoted: the text may hold spaces or control characters.
            Self::NotANumber(text) => write!(f, "{text:?} is not a number, hex value or name"),
        }
    }
}

impl fmt::Display for Query {
    /// A value as `-25300 (0xFFFF9D2C)` whatever form it was typed in; a name quoted.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Value(value) => write!(f, "{value} ({})", Hex(*value)),
            Self::Name(name) => write!(f, "{name:?}"),
        }
    }
}

/// Parses one argument.
///
/// Surrounding whitespace is ignored (arguments often come from `$(…)` or copied text).
/// `0x`/`0X` introduces up to 32 bits of hex; a leading digit or sign, a decimal that is a signed
/// (`-25300`, `+5`) or unsigned (`4294941996`) 32-bit value; anything else is a name.
pub fn parse(arg: &str) -> Result<Query, ParseError> {
    let text = arg.trim();
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    if let Some(digits) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        return parse_hex(text, digits).map(Query::Value);
    }
    if text.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
        return parse_decimal(text).map(Query::Value);
    }
    Ok(Query::Name(text.to_owned()))
}

/// The bits of an `OSStatus` read as unsigned, back to the signed value (two's complement).
fn bits_as_status(bits: u32) -> OSStatus {
    // `u32::cast_signed` would say the same, but is newer than secerr's oldest supported Rust.
    OSStatus::from_ne_bytes(bits.to_ne_bytes())
}

/// The hex digits after `0x`, as the bits of an `OSStatus`.
fn parse_hex(text: &str, digits: &str) -> Result<OSStatus, ParseError> {
    // `from_str_radix` would also take a sign (`0x+5`); only bare hex digits are hex.
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ParseError::NotANumber(text.to_owned()));
    }
    u32::from_str_radix(digits, 16)
        .map(bits_as_status)
        .map_err(|_| ParseError::OutOfRange(text.to_owned()))
}

/// An optionally signed decimal, signed or unsigned 32-bit.
fn parse_decimal(text: &str) -> Result<OSStatus, ParseError> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseError::NotANumber(text.to_owned()));
    }
    // Only digits remain, so the one way to fail is a number too large even for `i64`.
    let wide: i64 = text
        .parse()
        .map_err(|_| ParseError::OutOfRange(text.to_owned()))?;
    OSStatus::try_from(wide)
        .or_else(|_| u32::try_from(wide).map(bits_as_status))
        .map_err(|_| ParseError::OutOfRange(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out_of_range(text: &str) -> Result<Query, ParseError> {
        Err(ParseError::OutOfRange(text.to_owned()))
    }

    fn not_a_number(text: &str) -> Result<Query, ParseError> {
        Err(ParseError::NotANumber(text.to_owned()))
    }

    #[test]
    fn signed_decimal() {
        assert_eq!(parse("-25300"), Ok(Query::Value(-25300)));
        assert_eq!(parse("0"), Ok(Query::Value(0)));
        assert_eq!(parse("-0"), Ok(Query::Value(0)));
        assert_eq!(parse("2147483647"), Ok(Query::Value(i32::MAX)));
        assert_eq!(parse("-2147483648"), Ok(Query::Value(i32::MIN)));
    }

    #[test]
    fn explicit_plus_sign() {
        assert_eq!(parse("+5"), Ok(Query::Value(5)));
        assert_eq!(parse("+"), not_a_number("+"));
        assert_eq!(parse("-"), not_a_number("-"));
        assert_eq!(parse("+-5"), not_a_number("+-5"));
        assert_eq!(parse("--5"), not_a_number("--5"));
    }

    #[test]
    fn unsigned_decimal() {
        assert_eq!(parse("4294941996"), Ok(Query::Value(-25300)));
        assert_eq!(parse("2147483648"), Ok(Query::Value(i32::MIN)));
        assert_eq!(parse("4294967295"), Ok(Query::Value(-1)));
    }

    #[test]
    fn decimal_out_of_range() {
        assert_eq!(parse("4294967296"), out_of_range("4294967296"));
        assert_eq!(parse("-2147483649"), out_of_range("-2147483649"));
        assert_eq!(parse("-4294941996"), out_of_range("-4294941996"));
        let huge = "9".repeat(40);
        assert_eq!(parse(&huge), out_of_range(&huge));
        let huge_negative = format!("-{huge}");
        assert_eq!(parse(&huge_negative), out_of_range(&huge_negative));
    }

    #[test]
    fn hex_in_any_case() {
        assert_eq!(parse("0xFFFF9D2C"), Ok(Query::Value(-25300)));
        assert_eq!(parse("0xffff9d2c"), Ok(Query::Value(-25300)));
        assert_eq!(parse("0XFfFf9d2C"), Ok(Query::Value(-25300)));
    }

    #[test]
    fn short_hex() {
        assert_eq!(parse("0x0"), Ok(Query::Value(0)));
        assert_eq!(parse("0x22"), Ok(Query::Value(34)));
        assert_eq!(parse("0x7FFFFFFF"), Ok(Query::Value(i32::MAX)));
        // Leading zeros do not count against the 32 bits.
        assert_eq!(parse("0x00000000FFFF9D2C"), Ok(Query::Value(-25300)));
    }

    #[test]
    fn bad_hex() {
        assert_eq!(parse("0x"), not_a_number("0x"));
        assert_eq!(parse("0xZZ"), not_a_number("0xZZ"));
        assert_eq!(parse("0x+5"), not_a_number("0x+5"));
        assert_eq!(parse("0x-5"), not_a_number("0x-5"));
        assert_eq!(parse("0x12 34"), not_a_number("0x12 34"));
        assert_eq!(parse("0x100000000"), out_of_range("0x100000000"));
    }

    #[test]
    fn names_are_kept_as_typed() {
        assert_eq!(
            parse("errSecItemNotFound"),
            Ok(Query::Name("errSecItemNotFound".into()))
        );
        assert_eq!(
            parse("ItemNotFound"),
            Ok(Query::Name("ItemNotFound".into()))
        );
        assert_eq!(
            parse("itemnotfound"),
            Ok(Query::Name("itemnotfound".into()))
        );
        // Hex digits without `0x` are a name, which then matches nothing.
        assert_eq!(parse("FFFF9D2C"), Ok(Query::Name("FFFF9D2C".into())));
        assert_eq!(parse("x0"), Ok(Query::Name("x0".into())));
    }

    #[test]
    fn surrounding_whitespace_is_ignored() {
        assert_eq!(parse("  -25300\n"), Ok(Query::Value(-25300)));
        assert_eq!(parse("\t0xFFFF9D2C "), Ok(Query::Value(-25300)));
        assert_eq!(
            parse(" ItemNotFound "),
            Ok(Query::Name("ItemNotFound".into()))
        );
    }

    #[test]
    fn inner_whitespace_breaks_a_number() {
        assert_eq!(parse("-25 300"), not_a_number("-25 300"));
        assert_eq!(parse("1_000"), not_a_number("1_000"));
    }

    #[test]
    fn empty() {
        assert_eq!(parse(""), Err(ParseError::Empty));
        assert_eq!(parse(" \t\n"), Err(ParseError::Empty));
    }

    #[test]
    fn unicode_never_panics() {
        // Non-ASCII digits are not digits; the replacement character of a non-UTF-8 argument
        // is just part of a name.
        assert_eq!(parse("-٢٥"), not_a_number("-٢٥"));
        assert_eq!(parse("٢٥"), Ok(Query::Name("٢٥".into())));
        assert_eq!(parse("0x\u{FFFD}"), not_a_number("0x\u{FFFD}"));
        assert_eq!(parse("é\u{FFFD}"), Ok(Query::Name("é\u{FFFD}".into())));
    }

    #[test]
    fn display() {
        assert_eq!(Query::Value(-1234).to_string(), "-1234 (0xFFFFFB2E)");
        assert_eq!(Query::Name("Nope".into()).to_string(), "\"Nope\"");
        assert_eq!(
            ParseError::OutOfRange("4294967296".into()).to_string(),
            "4294967296 does not fit in a 32-bit OSStatus"
        );
        assert_eq!(
            ParseError::NotANumber("0xZZ".into()).to_string(),
            "\"0xZZ\" is not a number, hex value or name"
        );
    }
}
