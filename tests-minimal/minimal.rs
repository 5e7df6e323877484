//! sec-codes without the `catalogue` feature: each enum keeps the names, messages and categories
//! of its own variants (`name`, `message`, `category`, `Display`, `Debug`, `FromStr`), and codes
//! it does not list are shown by value only, never called unknown (the crate cannot tell).
//!
//! This package is a workspace of its own (see Cargo.toml), so the feature is off in every build
//! of these tests; were it ever on, the `Other` tests below would fail rather than pass.

use sec_codes::codes::Keychain;
use sec_codes::{Category, OSStatus, SecError, sec_code, sec_codes};

/// Errors of a keychain layer.
#[sec_codes(categories = "keychain")]
pub enum StoreError {}

const NOT_FOUND: &str = "The specified item could not be found in the keychain.";

#[test]
fn listed_variants_keep_their_own_strings() {
    let error = StoreError::ItemNotFound;
    assert_eq!(error.code(), -25300);
    assert_eq!(error.name(), Some("errSecItemNotFound"));
    assert_eq!(error.message(), Some(NOT_FOUND));
    assert_eq!(error.category(), Some(Category::Keychain));
    assert_eq!(
        error.to_string(),
        "The specified item could not be found in the keychain. (errSecItemNotFound, -25300)"
    );
    assert_eq!(
        format!("{error:?}"),
        "ItemNotFound { code: -25300, message: \"The specified item could not be found in the \
         keychain.\" }"
    );
    // `info()` is the catalogue's entry: there is no catalogue.
    assert_eq!(error.info(), None);
}

#[test]
fn every_listed_variant_has_a_name_message_and_category() {
    assert!(!StoreError::ALL.is_empty());
    for &error in StoreError::ALL {
        let name = error.name().unwrap();
        assert!(name.starts_with("errSec"), "{name}");
        assert!(!error.message().unwrap().is_empty(), "{name}");
        assert_eq!(error.category(), Some(Category::Keychain), "{name}");
        assert!(
            error
                .to_string()
                .contains(&format!("{name}, {})", error.code()))
                || error.to_string() == format!("{name} ({})", error.code()),
            "{error}"
        );
        assert!(!format!("{error:?}").starts_with("Other"), "{error:?}");
        assert_eq!(StoreError::from(error.code()), error);
        assert_eq!(name.parse::<StoreError>(), Ok(error));
    }
}

#[test]
fn own_names_parse_in_any_case() {
    for text in [
        "errSecItemNotFound",
        "errsecitemnotfound",
        "ERRSECITEMNOTFOUND",
        "ItemNotFound",
        "itemnotfound",
        "iTEMnOTfOUND",
    ] {
        assert_eq!(
            text.parse::<StoreError>(),
            Ok(StoreError::ItemNotFound),
            "{text}"
        );
    }
}

#[test]
fn names_the_enum_does_not_list_do_not_parse() {
    // With the catalogue these would be `Other(-9806)` and `Other(-67808)`; without it the enum
    // knows only its own names.
    for text in [
        "errSSLClosedAbort",
        "SslClosedAbort",
        "errSecCSUnsigned",
        "nonsense",
        "",
    ] {
        assert!(text.parse::<StoreError>().is_err(), "{text}");
    }
    // Without the catalogue there is no name to suggest; the input is still shown.
    let error = "errSecItemNotFund".parse::<StoreError>().unwrap_err();
    assert_eq!(
        (error.input(), error.nearest()),
        ("errSecItemNotFund", None)
    );
}

#[test]
fn numbers_parse_without_the_catalogue() {
    for text in ["-25300", "4294941996", "0xFFFF9D2C"] {
        assert_eq!(
            text.parse::<StoreError>(),
            Ok(StoreError::ItemNotFound),
            "{text}"
        );
    }
    assert_eq!("-9806".parse::<StoreError>(), Ok(StoreError::Other(-9806)));
}

#[test]
fn other_codes_show_their_value_and_are_never_called_unknown() {
    let error = StoreError::from(-9806);
    assert_eq!(error, StoreError::Other(-9806));
    assert_eq!(error.code(), -9806);
    assert_eq!(
        error.to_string(),
        "Security framework result code -9806 (0xFFFFD9B2)"
    );
    assert_eq!(format!("{error:?}"), "Other { code: -9806 }");
    assert_eq!(error.name(), None);
    assert_eq!(error.message(), None);
    assert_eq!(error.category(), None);
    assert_eq!(error.info(), None);
    // A value no family defines reads the same way.
    assert_eq!(
        StoreError::Other(1).to_string(),
        "Security framework result code 1 (0x00000001)"
    );
}

#[test]
fn conversions_and_check() {
    assert_eq!(StoreError::check(0), Ok(()));
    assert_eq!(StoreError::check(-25300), Err(StoreError::ItemNotFound));
    assert_eq!(
        StoreError::from_code(-25300),
        Some(StoreError::ItemNotFound)
    );
    assert_eq!(StoreError::from_code(-9806), None);
    assert_eq!(OSStatus::from(StoreError::ItemNotFound), -25300);
    assert_eq!(sec_code!(errSSLClosedAbort), -9806);
    assert_eq!(Keychain::ItemNotFound.name(), Some("errSecItemNotFound"));
    assert_eq!(Keychain::ItemNotFound.message(), Some(NOT_FOUND));
}

#[test]
fn sec_error_carries_the_strings_of_every_code() {
    // `SecError` lists every code, so it names them all without the catalogue.
    let error = SecError::from(-9806);
    assert_eq!(error, SecError::SslClosedAbort);
    assert_eq!(error.name(), Some("errSSLClosedAbort"));
    assert_eq!(error.message(), Some("connection closed via error"));
    assert_eq!(error.category(), Some(Category::SecureTransport));
    assert_eq!(
        error.to_string(),
        "connection closed via error (errSSLClosedAbort, -9806)"
    );
    assert_eq!("errsslclosedabort".parse::<SecError>(), Ok(error));
    assert_eq!(
        SecError::from(-25300).to_string(),
        "The specified item could not be found in the keychain. (errSecItemNotFound, -25300)"
    );
    assert_eq!(error.info(), None);
    // A value no family defines.
    assert_eq!(
        SecError::from(1).to_string(),
        "Security framework result code 1 (0x00000001)"
    );
    assert_eq!(SecError::from(1).name(), None);
}

/// Every `SecError` variant shows, without the catalogue, what `tests/texts.rs` pins with it:
/// the enum's own strings are the catalogue's, to the byte.
#[test]
fn sec_error_texts_match_those_shown_with_the_catalogue() {
    let fixture = include_str!("../tests/data/sec-error-texts.tsv");
    assert_eq!(fixture.lines().count(), SecError::ALL.len());
    for (error, expected) in SecError::ALL.iter().zip(fixture.lines()) {
        assert_eq!(format!("{}\t{error:?}\t{error}", error.code()), expected);
    }
}

/// A selection that is no runtime enum's: its tables are its own (`StoreError`, the variants
/// of `codes::Keychain`, reads that enum's).
#[sec_codes(categories = "keychain", codes = "errSecIO")]
pub enum OwnTables {}

#[test]
fn an_enum_with_tables_of_its_own_shows_the_same_texts() {
    assert_eq!(OwnTables::ALL.len(), 31);
    for &error in OwnTables::ALL {
        let same = SecError::from(error.code());
        assert_eq!(error.name(), same.name());
        assert_eq!(error.message(), same.message());
        assert_eq!(error.category(), same.category());
        assert_eq!(error.to_string(), same.to_string());
        assert_eq!(format!("{error:?}"), format!("{same:?}"));
        let name = error.name().unwrap();
        assert_eq!(name.parse::<OwnTables>(), Ok(error));
        let variant = format!("{error:?}");
        let variant = variant.split(' ').next().unwrap();
        assert_eq!(variant.to_ascii_lowercase().parse::<OwnTables>(), Ok(error));
    }
    assert_eq!(OwnTables::from(-9806), OwnTables::Other(-9806));
}
