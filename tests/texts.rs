//! With the `catalogue` feature (on here), every enum reads its variants' texts from the
//! catalogue's entries instead of carrying its own: each variant must still show exactly its
//! code's entry, in every enum (`SecError`, `codes::*`, `#[sec_codes]` enums that share a runtime
//! enum's tables and ones that have their own), over the whole catalogue.
//!
//! `data/sec-error-texts.tsv` pins the `Debug` and `Display` of every `SecError` variant; the
//! tests of `tests-minimal` (catalogue off, each enum with its own strings) check the same file,
//! so both ways of storing the texts must show the same. After a change to `codes.toml`, write it
//! again with `SEC_CODES_BLESS=1 cargo test -p sec-codes-tests --test texts`.

#[macro_use]
#[path = "common/category_enums.rs"]
mod category_enums;

use std::fmt::Write as _;

use sec_codes::{CodeInfo, ResultCode, SecError, catalogue, codes, describe, sec_codes};

/// `categories = "all"`: the variants of `SecError`, whose tables it reads.
#[sec_codes(categories = "all")]
pub enum Everything {}

/// The variants of `codes::Keychain`, whose tables it reads.
#[sec_codes(categories = "keychain")]
pub enum KeychainErrors {}

/// Nearly everything, but no runtime enum's variants: tables of its own.
#[sec_codes(categories = "all", exclude = "errSecItemNotFound")]
pub enum AlmostEverything {}

/// Two categories and a code of a third: tables of its own.
#[sec_codes(categories = "keychain, ocsp", codes = "errSecIO")]
pub enum StoreError {}

const FIXTURE: &str = include_str!("data/sec-error-texts.tsv");

/// Checks every listed variant of `T` against the catalogue's entry for its code; returns how
/// many there are.
fn check_enum<T: ResultCode + std::str::FromStr>() -> usize {
    for (position, &value) in T::ALL.iter().enumerate() {
        let code = value.code();
        let info = describe(code).unwrap_or_else(|| panic!("{code} is in the catalogue"));
        let name = info.name();
        assert_eq!(value.name(), Some(name), "{name}");
        assert_eq!(value.message(), Some(info.message()), "{name}");
        assert_eq!(value.category(), Some(info.category()), "{name}");
        assert_eq!(value.info(), Some(info), "{name}");
        assert_eq!(value.to_string(), info.to_string(), "{name}");
        // `Debug` spells the variant from the name: the same as `SecError`'s, which the
        // fixture pins.
        assert_eq!(
            format!("{value:?}"),
            format!("{:?}", SecError::from(code)),
            "{name}"
        );
        assert_eq!(T::from_code(code), Some(value), "{name}");
        assert_eq!(T::ALL.get(position), Some(&value));
        for text in [name, info.short_name(), &name.to_ascii_uppercase()] {
            assert_eq!(text.parse::<T>().ok(), Some(value), "{text}");
        }
        let variant = format!("{value:?}");
        let variant = variant.split(' ').next().unwrap_or_default();
        assert_eq!(variant.parse::<T>().ok(), Some(value), "{variant}");
    }
    T::ALL.len()
}

#[test]
fn every_enum_shows_the_catalogue_entry_of_each_variant() {
    assert_eq!(check_enum::<SecError>(), 1084);
    assert_eq!(check_enum::<Everything>(), 1084);
    assert_eq!(check_enum::<AlmostEverything>(), 1083);
    assert_eq!(check_enum::<KeychainErrors>(), 30);
    assert_eq!(check_enum::<StoreError>(), 30 + 17 + 1);
    macro_rules! check {
        ($($category:ident),* $(,)?) => {{
            let mut total = 0;
            $(total += check_enum::<codes::$category>();)*
            total
        }};
    }
    let total = with_category_enums!(check);
    // Two authorization codes are also in `codes::Session` (see tests/catalogue.rs).
    assert_eq!(total, 1084 + 2);
}

/// Every name of the catalogue, aliases and success included, in and out of the enums.
#[test]
fn every_catalogue_entry_round_trips_through_the_enums() {
    for info in catalogue() {
        let value = info.value();
        let primary = info.alias_of().unwrap_or(info);
        assert_eq!(describe(value), Some(primary), "{}", info.name());
        let error = SecError::from(value);
        let everything = Everything::from(value);
        if value == 0 {
            assert_eq!(error, SecError::Other(0));
            assert_eq!(error.name(), Some("errSecSuccess"));
            continue;
        }
        for (name, message) in [
            (error.name(), error.message()),
            (everything.name(), everything.message()),
        ] {
            assert_eq!(name, Some(primary.name()), "{}", info.name());
            assert_eq!(message, Some(primary.message()), "{}", info.name());
        }
        assert_eq!(info.name().parse::<SecError>(), Ok(error));
        assert_eq!(info.name().parse::<Everything>(), Ok(everything));
        assert_eq!(SecError::from(everything), error);
        // A code that `AlmostEverything` leaves out is `Other`, still named by the catalogue.
        let almost = AlmostEverything::from(value);
        assert_eq!(almost.name(), Some(primary.name()));
        assert_eq!(
            matches!(almost, AlmostEverything::Other(_)),
            primary.name() == "errSecItemNotFound"
        );
    }
}

/// The fixture's text: a line per `SecError` variant, `code`, `Debug` and `Display` between tabs.
fn fixture_text() -> String {
    let mut text = String::new();
    for error in SecError::ALL {
        let _ = writeln!(text, "{}\t{error:?}\t{error}", error.code());
    }
    text
}

#[test]
fn sec_error_texts_match_the_fixture() {
    let text = fixture_text();
    if std::env::var_os("SEC_CODES_BLESS").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/sec-error-texts.tsv");
        std::fs::write(path, &text).unwrap();
        return;
    }
    assert_eq!(FIXTURE.lines().count(), SecError::ALL.len());
    for (line, expected) in text.lines().zip(FIXTURE.lines()) {
        assert_eq!(line, expected);
    }
    // Every listed variant's texts come from its entry: the entries' count is the fixture's.
    assert_eq!(
        catalogue()
            .filter(|info| info.value() != 0 && info.alias_of().is_none())
            .map(CodeInfo::value)
            .count(),
        FIXTURE.lines().count()
    );
}
