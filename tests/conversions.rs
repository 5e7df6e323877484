//! The generated API of `SecError`, the category enums and trimmed `#[sec_codes]` enums:
//! conversions both ways over every code, `FromStr`, `Display`, `check`, aliases.

use std::collections::HashSet;

use sec_codes::codes::{Keychain, Ocsp};
use sec_codes::{Category, OSStatus, SecCode, SecError, catalog, codes, sec_code, sec_codes};

/// Errors of a keychain layer that also talks OCSP.
#[sec_codes(
    categories = "keychain, ocsp",
    codes = "errSecIO errSecDiskFull",
    exclude = "errSecDataNotAvailable"
)]
#[derive(PartialOrd)]
pub enum StoreError {}

/// One enum selecting every category at once (the stress case).
#[sec_codes(categories = "all")]
pub enum Everything {}

/// Every catalogue value that becomes a variant: all but success and the deprecated aliases.
fn variant_values() -> impl Iterator<Item = OSStatus> {
    catalog()
        .iter()
        .filter(|i| i.value != 0 && i.alias_of.is_none())
        .map(|i| i.value)
}

const MISSES: [OSStatus; 6] = [0, 1, -1, i32::MIN, i32::MAX, -67905];

#[test]
fn sec_error_round_trips_every_code() {
    assert_eq!(SecError::ALL.len(), 380);
    assert_eq!(SecError::ALL.len(), variant_values().count());
    for value in variant_values() {
        let error = SecError::from_code(value).unwrap();
        assert_eq!(error.code(), value);
        assert_eq!(SecError::from(value), error);
        assert_eq!(OSStatus::from(error), value);
        assert_eq!(error.info(), sec_codes::describe(value));
        let name = error.name().unwrap();
        assert_eq!(name.parse::<SecError>(), Ok(error));
        assert_eq!(
            format!("{error:?}").parse::<SecError>(),
            Ok(error),
            "variant name"
        );
        assert_eq!(SecError::check(value), Err(error));
    }
    let distinct: HashSet<SecError> = SecError::ALL.iter().copied().collect();
    assert_eq!(distinct.len(), SecError::ALL.len());
    for value in MISSES {
        assert_eq!(SecError::from_code(value), None);
        assert_eq!(SecError::from(value), SecError::Other(value));
        assert_eq!(SecError::Other(value).code(), value);
    }
    assert_eq!(SecError::check(0), Ok(()));
}

#[test]
fn the_all_categories_enum_matches_sec_error() {
    assert_eq!(Everything::ALL.len(), SecError::ALL.len());
    for (mine, theirs) in Everything::ALL.iter().zip(SecError::ALL) {
        assert_eq!(mine.code(), theirs.code());
        assert_eq!(format!("{mine:?}"), format!("{theirs:?}"));
        assert_eq!(Everything::from(*theirs), *mine);
        assert_eq!(SecError::from(*mine), *theirs);
    }
}

#[test]
fn a_trimmed_enum_lists_its_selection_only() {
    let expected: Vec<OSStatus> = catalog()
        .iter()
        .filter(|i| {
            matches!(i.category, Category::Keychain | Category::Ocsp)
                || [-36, -34].contains(&i.value)
        })
        .filter(|i| i.alias_of.is_none() && i.name != "errSecDataNotAvailable")
        .map(|i| i.value)
        .collect();
    let listed: Vec<OSStatus> = StoreError::ALL.iter().map(|e| e.code()).collect();
    // Catalogue order: system codes (`codes`) first, then keychain, then OCSP.
    assert_eq!(listed, expected);
    assert_eq!(listed.len(), 2 + 30 - 1 + 17);
    for value in variant_values() {
        let listed = expected.contains(&value);
        assert_eq!(StoreError::from_code(value).is_some(), listed, "{value}");
        let error = StoreError::from(value);
        assert_eq!(error.code(), value);
        assert_eq!(matches!(error, StoreError::Other(_)), !listed);
        // Outside the selection, a catalogue code keeps its name and message.
        assert_eq!(error.info(), sec_codes::describe(value));
        assert_eq!(error.name().unwrap().parse::<StoreError>(), Ok(error));
    }
    assert_eq!(StoreError::from(-25300), StoreError::ItemNotFound);
    assert_eq!(StoreError::from(-67630), StoreError::OcspBadResponse);
    assert_eq!(StoreError::from(-36), StoreError::Io);
    assert_eq!(StoreError::from(-25316), StoreError::Other(-25316)); // errSecDataNotAvailable
    assert!(
        StoreError::ItemNotFound < StoreError::OcspBadResponse,
        "user's derive kept"
    );
}

#[test]
fn category_enums_convert_to_sec_error_and_back() {
    for category in Category::ALL {
        let values: Vec<OSStatus> = category
            .codes()
            .iter()
            .filter(|i| i.value != 0 && i.alias_of.is_none())
            .map(|i| i.value)
            .collect();
        assert!(!values.is_empty());
        for value in values {
            let error = SecError::from(value);
            assert_eq!(error.category(), Some(category));
            assert_eq!(StoreError::from(error).code(), value);
            assert_eq!(SecError::from(StoreError::from(value)), error);
        }
    }
    assert_eq!(Keychain::ALL.len(), 30);
    assert_eq!(
        codes::System::ALL.len(),
        9,
        "no success, no deprecated alias"
    );
    assert_eq!(codes::Other::ALL.len(), 78);
    assert_eq!(
        SecError::from(Keychain::ItemNotFound),
        SecError::ItemNotFound
    );
    assert_eq!(
        Keychain::try_from(SecError::ItemNotFound),
        Ok(Keychain::ItemNotFound)
    );
    assert_eq!(
        Keychain::try_from(SecError::OcspBadResponse),
        Err(SecError::OcspBadResponse)
    );
    assert_eq!(
        Keychain::try_from(SecError::Other(7)),
        Err(SecError::Other(7))
    );
    assert_eq!(SecError::from(Keychain::Other(7)), SecError::Other(7));
    // Whole categories convert into a trimmed enum that selects them (keychain is not whole
    // here: `exclude` removed one of its codes).
    assert_eq!(
        StoreError::from(Ocsp::OcspBadResponse),
        StoreError::OcspBadResponse
    );
    assert_eq!(codes::Other::from(-34020), codes::Other::RestrictedApi);
}

#[test]
fn exhaustive_match_needs_no_wildcard() {
    /// `apple_specific` has five codes; this `match` lists them all, and the compiler checks it.
    #[sec_codes(categories = "apple-specific")]
    enum AppleSpecific {}

    fn describe(error: AppleSpecific) -> &'static str {
        match error {
            AppleSpecific::AppleInvalidKeyEndDate => "end date",
            AppleSpecific::AppleInvalidKeyStartDate => "start date",
            AppleSpecific::ApplePublicKeyIncomplete => "incomplete",
            AppleSpecific::AppleSsLv2Rollback => "rollback",
            AppleSpecific::AppleSignatureMismatch => "mismatch",
            AppleSpecific::Other(_) => "other",
        }
    }
    assert_eq!(AppleSpecific::ALL.len(), 5);
    assert_eq!(describe(AppleSpecific::from(-67593)), "end date");
    assert_eq!(describe(AppleSpecific::from(-1)), "other");
}

#[test]
fn sec_code_names_values_in_patterns_and_expressions() {
    fn classify(status: OSStatus) -> &'static str {
        match status {
            sec_code!(errSecSuccess) => "ok",
            sec_code!(errSecItemNotFound) => "missing",
            sec_code!(errSecDuplicateItem) | sec_code!(errSecIO) => "retry",
            _ => "other",
        }
    }
    assert_eq!(classify(0), "ok");
    assert_eq!(classify(-25300), "missing");
    assert_eq!(classify(-36), "retry");
    assert_eq!(classify(-1), "other");
    let value: i32 = sec_code!(errSecOCSPBadResponse);
    assert_eq!(value, -67630);
    assert_eq!(sec_code!(errSecDskFull), sec_code!(errSecDiskFull));
}

#[test]
#[allow(deprecated)]
fn deprecated_aliases_are_constants_of_their_twin() {
    assert_eq!(StoreError::DskFull, StoreError::DiskFull);
    assert_eq!(SecError::InvaldCrlAuthority, SecError::InvalidCrlAuthority);
    assert_eq!(
        SecError::InvalidTupleCredendtials,
        SecError::InvalidTupleCredentials
    );
    assert!(matches!(SecError::from(-34), SecError::DskFull));
    assert_eq!("errSecDskFull".parse::<SecError>(), Ok(SecError::DiskFull));
    assert_eq!(SecError::DiskFull.name(), Some("errSecDiskFull"));
}

#[test]
fn parsing_accepts_apple_and_variant_names_only() {
    for text in ["errSecIO", "IO", "Io"] {
        assert_eq!(text.parse::<SecError>(), Ok(SecError::Io), "{text}");
    }
    assert_eq!(
        "errSecCRLExpired".parse::<SecError>(),
        Ok(SecError::CrlExpired)
    );
    assert_eq!("CrlExpired".parse::<SecError>(), Ok(SecError::CrlExpired));
    for text in [
        "",
        "io",
        "errSecio",
        "-25300",
        "Other",
        " errSecIO",
        "errSecItemNotFound\n",
        "🔑",
    ] {
        assert!(text.parse::<SecError>().is_err(), "{text:?}");
    }
    assert_eq!(
        "x".parse::<StoreError>().unwrap_err().to_string(),
        "unknown Security framework result code name"
    );
    // A catalogue name outside a trimmed enum's selection parses to `Other`.
    assert_eq!(
        "errSecCRLExpired".parse::<StoreError>(),
        Ok(StoreError::Other(-67613))
    );
}

#[test]
fn display_shows_message_name_and_value() {
    assert_eq!(
        StoreError::ItemNotFound.to_string(),
        "The specified item could not be found in the keychain. (errSecItemNotFound, -25300)"
    );
    assert_eq!(
        StoreError::Other(-67613).to_string(),
        "The CRL has expired. (errSecCRLExpired, -67613)"
    );
    assert_eq!(
        SecError::Other(-1234).to_string(),
        "unknown Security framework result code -1234 (0xFFFFFB2E)"
    );
    assert_eq!(
        SecError::Other(0).to_string(),
        "No error. (errSecSuccess, 0)"
    );
    assert_eq!(format!("{:?}", StoreError::Other(-1)), "Other(-1)");
    let error: Box<dyn std::error::Error> = Box::new(SecError::ItemNotFound);
    assert!(error.source().is_none());
}

#[test]
fn check_maps_success_to_ok() {
    fn get(status: OSStatus) -> Result<(), StoreError> {
        StoreError::check(status)?;
        Ok(())
    }
    assert_eq!(get(0), Ok(()));
    assert_eq!(get(-25300), Err(StoreError::ItemNotFound));
    assert_eq!(get(-1), Err(StoreError::Other(-1)));
}
