//! The generated API of `SecError`, the category enums and trimmed `#[sec_codes]` enums:
//! conversions both ways over every code, `FromStr`, `Display`, `Debug`, `check`, aliases.
//!
//! Only the macros are imported: every method used here is inherent, as a user calls it.

use std::collections::HashSet;

use sec_codes::codes::{Keychain, Ocsp};
use sec_codes::{Category, CodeInfo, OSStatus, SecError, catalogue, codes, sec_code, sec_codes};

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

/// Every catalogue value that becomes a variant: all but success and the aliases.
fn variant_values() -> impl Iterator<Item = OSStatus> {
    catalogue()
        .filter(|i| i.value() != 0 && i.alias_of().is_none())
        .map(CodeInfo::value)
}

const MISSES: [OSStatus; 6] = [0, 1, -1, i32::MIN, i32::MAX, -67905];

#[test]
fn sec_error_round_trips_every_code() {
    assert_eq!(SecError::ALL.len(), 1084);
    assert_eq!(SecError::ALL.len(), variant_values().count());
    for value in variant_values() {
        let error = SecError::from_code(value).unwrap();
        assert_eq!(error.code(), value);
        assert_eq!(SecError::from(value), error);
        assert_eq!(OSStatus::from(error), value);
        assert_eq!(SecError::try_from(value as isize), Ok(error));
        let info = sec_codes::describe(value).unwrap();
        assert_eq!(error.info(), Some(info));
        assert_eq!(error.name(), Some(info.name()));
        assert_eq!(error.message(), Some(info.message()));
        assert_eq!(error.category(), Some(info.category()));
        assert_eq!(info.name().parse::<SecError>(), Ok(error));
        assert_eq!(
            info.name().to_ascii_uppercase().parse::<SecError>(),
            Ok(error)
        );
        let debug = format!("{error:?}");
        let variant = debug.split(' ').next().unwrap();
        assert_eq!(variant.parse::<SecError>(), Ok(error), "variant name");
        assert!(debug.contains(&format!("code: {value}")), "{debug}");
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
        assert_eq!(mine.to_string(), theirs.to_string());
        assert_eq!(Everything::from(*theirs), *mine);
        assert_eq!(SecError::from(*mine), *theirs);
    }
}

#[test]
fn a_trimmed_enum_lists_its_selection_only() {
    let expected: Vec<OSStatus> = catalogue()
        .filter(|i| {
            matches!(i.category(), Category::Keychain | Category::Ocsp)
                || [-36, -34].contains(&i.value())
        })
        .filter(|i| i.alias_of().is_none() && i.name() != "errSecDataNotAvailable")
        .map(CodeInfo::value)
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
        assert_eq!(error.name(), SecError::from(value).name());
        assert_eq!(error.name().unwrap().parse::<StoreError>(), Ok(error));
    }
    assert_eq!(StoreError::from(-25300), StoreError::ItemNotFound);
    assert_eq!(StoreError::from(-67630), StoreError::OcspBadResponse);
    assert_eq!(StoreError::from(-36), StoreError::Io);
    assert_eq!(StoreError::from(-25316), StoreError::Other(-25316)); // errSecDataNotAvailable
    assert_eq!(
        StoreError::ItemNotFound.category(),
        Some(Category::Keychain)
    );
    assert_eq!(StoreError::Io.category(), Some(Category::System));
    assert_eq!(StoreError::OcspBadResponse.category(), Some(Category::Ocsp));
    assert!(
        StoreError::ItemNotFound < StoreError::OcspBadResponse,
        "user's derive kept"
    );
}

#[test]
fn a_category_selected_whole_converts_back_in_one_step() {
    // OCSP is selected whole; keychain is not (errSecDataNotAvailable is excluded), so only
    // `TryFrom<StoreError> for codes::Ocsp` exists (`ui/fail/try_into_partial_category.rs`).
    assert_eq!(
        Ocsp::try_from(StoreError::OcspBadResponse),
        Ok(Ocsp::OcspBadResponse)
    );
    assert_eq!(Ocsp::try_from(StoreError::Io), Err(StoreError::Io));
    assert_eq!(
        Ocsp::try_from(StoreError::Other(-25316)),
        Err(StoreError::Other(-25316))
    );
    for &error in StoreError::ALL {
        let back = codes::Ocsp::try_from(error);
        assert_eq!(back.is_ok(), error.category() == Some(Category::Ocsp));
        if let Ok(ocsp) = back {
            assert_eq!(ocsp.code(), error.code());
        }
    }
    let everything: codes::Cssm = Everything::CssmTpNotTrusted.try_into().unwrap();
    assert_eq!(everything, codes::Cssm::CssmTpNotTrusted);
}

#[test]
fn category_enums_convert_to_sec_error_and_back() {
    let mut seen = 0;
    for category in Category::ALL {
        let values: Vec<OSStatus> = category
            .codes()
            .filter(|i| i.value() != 0 && i.alias_of().is_none())
            .map(CodeInfo::value)
            .collect();
        assert!(!values.is_empty(), "{category}");
        for value in values {
            seen += 1;
            let error = SecError::from(value);
            assert_eq!(error.category(), Some(category));
            assert_eq!(StoreError::from(error).code(), value);
            assert_eq!(SecError::from(StoreError::from(value)), error);
        }
    }
    assert_eq!(seen, SecError::ALL.len());
    assert_eq!(Keychain::ALL.len(), 30);
    assert_eq!(codes::System::ALL.len(), 9, "no success, no alias");
    assert_eq!(codes::Other::ALL.len(), 78);
    assert_eq!(codes::SecureTransport::ALL.len(), 74);
    assert_eq!(codes::Cssm::ALL.len(), 396);
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
fn every_family_has_its_variants() {
    assert_eq!(SecError::from(-9806), SecError::SslClosedAbort);
    assert_eq!(SecError::from(-67062), SecError::CsUnsigned);
    assert_eq!(SecError::from(-60006), SecError::AuthorizationCanceled);
    assert_eq!(SecError::from(-60500), SecError::SessionInvalidId);
    assert_eq!(
        SecError::from(-20052),
        SecError::SecureDownloadInvalidTicket
    );
    assert_eq!(SecError::from(-2147409622), SecError::CssmTpNotTrusted);
    assert_eq!(
        SecError::from(-2147408896),
        SecError::CssmAppletpHostnameMismatch
    );
    assert_eq!(SecError::CsUnsigned.name(), Some("errSecCSUnsigned"));
    assert_eq!(
        SecError::CssmTpNotTrusted.to_string(),
        "CSSMERR_TP_NOT_TRUSTED (-2147409622)",
        "the name once where it is the message"
    );
    assert_eq!(
        SecError::SslClosedAbort.to_string(),
        "connection closed via error (errSSLClosedAbort, -9806)"
    );
}

#[test]
fn selecting_a_name_selects_the_code_it_stands_for() {
    // `errSessionInternal` is another name of `errAuthorizationInternal` (-60008).
    #[sec_codes(categories = "session")]
    enum SessionError {}

    assert_eq!(
        SessionError::from(-60008),
        SessionError::AuthorizationInternal
    );
    assert_eq!(
        SessionError::SessionInternal,
        SessionError::AuthorizationInternal
    );
    assert_eq!(
        SessionError::SessionInvalidFlags,
        SessionError::AuthorizationInvalidFlags
    );
    let names: Vec<_> = SessionError::ALL
        .iter()
        .map(|e| e.name().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "errAuthorizationInternal",
            "errAuthorizationInvalidFlags",
            "errSessionInvalidId",
            "errSessionInvalidAttributes",
            "errSessionAuthorizationDenied",
            "errSessionValueNotSet",
        ]
    );
    // Success is never a variant, under any name.
    assert_eq!(SessionError::from(0), SessionError::Other(0));
    assert_eq!(codes::Session::ALL.len(), 6);
    assert_eq!(
        SessionError::from(codes::Session::SessionInternal),
        SessionError::SessionInternal
    );
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
            sec_code!(errSSLClosedAbort) => "tls",
            sec_code!(CSSMERR_TP_NOT_TRUSTED) => "untrusted",
            _ => "other",
        }
    }
    assert_eq!(classify(0), "ok");
    assert_eq!(classify(-25300), "missing");
    assert_eq!(classify(-36), "retry");
    assert_eq!(classify(-9806), "tls");
    assert_eq!(classify(-2147409622), "untrusted");
    assert_eq!(classify(-1), "other");
    let value: i32 = sec_code!(errSecOCSPBadResponse);
    assert_eq!(value, -67630);
    // A deprecated name warns (`ui/fail/deprecated_name_in_macros.rs`) but has its value.
    #[allow(deprecated)]
    let deprecated = sec_code!(errSecDskFull);
    assert_eq!(deprecated, sec_code!(errSecDiskFull));
    assert_eq!(sec_code!(r#errSecIO), -36);
    assert_eq!(sec_code!(errAuthorizationCanceled), -60006);
    assert_eq!(sec_code!(errSecCSUnsigned), -67062);
}

#[test]
#[allow(deprecated)]
fn aliases_are_constants_of_their_primary() {
    assert_eq!(StoreError::DskFull, StoreError::DiskFull);
    assert_eq!(SecError::InvaldCrlAuthority, SecError::InvalidCrlAuthority);
    assert_eq!(
        SecError::InvalidTupleCredendtials,
        SecError::InvalidTupleCredentials
    );
    assert_eq!(
        SecError::SslServerAuthCompleted,
        SecError::SslPeerAuthCompleted
    );
    assert_eq!(SecError::SslLast, SecError::SslUnexpectedRecord);
    assert!(matches!(SecError::from(-34), SecError::DskFull));
    assert_eq!("errSecDskFull".parse::<SecError>(), Ok(SecError::DiskFull));
    assert_eq!(SecError::DiskFull.name(), Some("errSecDiskFull"));
}

#[test]
fn aliases_without_a_deprecation_are_plain_constants() {
    // Not deprecated, so no `#[allow(deprecated)]` is needed (the crate denies no warnings
    // here, but `tests/lints.rs` and the UI test `alias_not_deprecated` do).
    assert_eq!(SecError::CsSigDbDenied, SecError::CsdbDenied);
    assert_eq!(SecError::SessionInternal, SecError::AuthorizationInternal);
    assert_eq!(
        "errSecCSSigDBDenied".parse::<SecError>(),
        Ok(SecError::CsdbDenied)
    );
}

#[test]
fn parsing_accepts_apple_short_and_variant_names_in_any_case() {
    for text in ["errSecIO", "IO", "Io", "io", "ERRSECIO", "errsecio"] {
        assert_eq!(text.parse::<SecError>(), Ok(SecError::Io), "{text}");
    }
    for text in [
        "CSSMERR_TP_NOT_TRUSTED",
        "cssmerr_tp_not_trusted",
        "CssmTpNotTrusted",
        "CSSMTPNOTTRUSTED",
    ] {
        assert_eq!(
            text.parse::<SecError>(),
            Ok(SecError::CssmTpNotTrusted),
            "{text}"
        );
    }
    for text in ["errSSLClosedAbort", "SslClosedAbort", "sslclosedabort"] {
        assert_eq!(
            text.parse::<SecError>(),
            Ok(SecError::SslClosedAbort),
            "{text}"
        );
    }
    assert_eq!(
        "errSecureDownloadInvalidTicket".parse::<SecError>(),
        Ok(SecError::SecureDownloadInvalidTicket)
    );
    for text in [
        "",
        "Other",
        " errSecIO",
        "errSecItemNotFound\n",
        "🔑",
        "ClosedAbort", // errSSL names have no short form
        "ureDownloadInvalidTicket",
        "CSSMERR_TPNOTTRUSTED", // the Apple name's underscores are its own
        "Cssm_Tp_Not_Trusted",  // a variant name has none
        "errSec",
        &"x".repeat(100_000),
    ] {
        assert!(text.parse::<SecError>().is_err(), "{text:?}");
    }
    assert_eq!(
        "x".parse::<StoreError>().unwrap_err().to_string(),
        "\"x\" is no Security framework result code name or 32-bit value"
    );
    // A catalogue name outside a trimmed enum's selection parses to `Other`.
    assert_eq!(
        "errSecCRLExpired".parse::<StoreError>(),
        Ok(StoreError::Other(-67613))
    );
}

#[test]
fn parsing_accepts_a_status_as_a_number_as_secerr_does() {
    for text in [
        "-25300",
        "4294941996",
        "0xFFFF9D2C",
        "0xffff9d2c",
        "0XFFFF9D2C",
        // Leading zeros do not count against the 32 bits, as in secerr.
        "0x00000000FFFF9D2C",
    ] {
        assert_eq!(
            text.parse::<SecError>(),
            Ok(SecError::ItemNotFound),
            "{text}"
        );
        assert_eq!(
            text.parse::<StoreError>(),
            Ok(StoreError::ItemNotFound),
            "{text}"
        );
    }
    // Any 32-bit value parses, as `From<OSStatus>` converts it: outside the selection, `Other`.
    assert_eq!("-9806".parse::<StoreError>(), Ok(StoreError::Other(-9806)));
    assert_eq!("0".parse::<StoreError>(), Ok(StoreError::Other(0)));
    assert_eq!("0x0".parse::<SecError>(), Ok(SecError::Other(0)));
    assert_eq!(
        "2147483647".parse::<SecError>(),
        Ok(SecError::Other(i32::MAX))
    );
    assert_eq!("4294967295".parse::<SecError>(), Ok(SecError::Other(-1)));
    assert_eq!("+5".parse::<SecError>(), Ok(SecError::Other(5)));
    for text in [
        "4294967296",  // past 32 bits
        "-2147483649", // past i32::MIN
        "0x100000000",
        "0x",
        "0x+5",
        "0xFFFF9D2CC",
        "- 25300",
        "-25300 ",
        "25300.0",
        "1e3",
        "--5",
    ] {
        assert!(text.parse::<SecError>().is_err(), "{text:?}");
    }
}

#[test]
fn parse_errors_show_the_input_and_the_nearest_name() {
    let error = "errSecItemNotFund".parse::<StoreError>().unwrap_err();
    assert_eq!(error.input(), "errSecItemNotFund");
    assert!(!error.is_truncated());
    assert_eq!(error.nearest(), Some("errSecItemNotFound"));
    assert_eq!(
        error.to_string(),
        "\"errSecItemNotFund\" is no Security framework result code name or 32-bit value; \
         did you mean errSecItemNotFound?"
    );
    assert_eq!(
        format!("{error:?}"),
        "ParseCodeError { input: \"errSecItemNotFund\", truncated: false, \
         nearest: Some(\"errSecItemNotFound\") }"
    );
    // Short names, other families, any case, a swap of two letters.
    for (text, nearest) in [
        ("ItemNotFund", "errSecItemNotFound"),
        ("errSSLClosedAbrot", "errSSLClosedAbort"),
        ("cssmerr_tp_not_trustd", "CSSMERR_TP_NOT_TRUSTED"),
        ("ERRSECAUTHFIALED", "errSecAuthFailed"),
        ("errSecIX", "errSecIO"),
    ] {
        let error = text.parse::<SecError>().unwrap_err();
        assert_eq!(error.nearest(), Some(nearest), "{text}");
    }
    // Nothing close: no guess.
    for text in ["x", "nonsense", "errSecNoSuchThingAtAll", "", "🔑"] {
        assert_eq!(
            text.parse::<SecError>().unwrap_err().nearest(),
            None,
            "{text}"
        );
    }
    // A long input is kept only in part, cut at a character boundary, and shown with "…".
    let long = "é".repeat(100_000);
    let error = long.parse::<SecError>().unwrap_err();
    assert_eq!(error.input(), &long[..80]);
    assert!(error.is_truncated());
    assert!(
        error
            .to_string()
            .starts_with(&format!("{:?}…", &long[..80]))
    );
    let odd = format!("x{long}"); // 80 bytes would split a character
    assert_eq!(odd.parse::<SecError>().unwrap_err().input(), &odd[..79]);
    // Control characters are shown escaped.
    assert!(
        "a\nb"
            .parse::<SecError>()
            .unwrap_err()
            .to_string()
            .starts_with("\"a\\nb\" is no")
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
    let error: Box<dyn std::error::Error> = Box::new(SecError::ItemNotFound);
    assert!(error.source().is_none());
}

#[test]
fn debug_shows_the_variant_value_and_message() {
    assert_eq!(
        format!("{:?}", StoreError::ItemNotFound),
        "ItemNotFound { code: -25300, message: \"The specified item could not be found in the keychain.\" }"
    );
    assert_eq!(format!("{:?}", StoreError::Other(-1)), "Other { code: -1 }");
    assert_eq!(
        format!("{:?}", StoreError::Other(-9806)),
        "Other { code: -9806, name: \"errSSLClosedAbort\", message: \"connection closed via error\" }"
    );
    assert_eq!(
        format!("{:?}", SecError::CssmTpNotTrusted),
        "CssmTpNotTrusted { code: -2147409622 }"
    );
    assert_eq!(
        format!("{:#?}", SecError::Io),
        "Io {\n    code: -36,\n    message: \"I/O error.\",\n}"
    );
}

#[test]
fn try_from_cfindex_fails_outside_osstatus() {
    let index: isize = -25300;
    assert_eq!(StoreError::try_from(index), Ok(StoreError::ItemNotFound));
    assert_eq!(StoreError::try_from(7isize), Ok(StoreError::Other(7)));
    assert!(StoreError::try_from(i32::MAX as isize + 1).is_err());
    assert!(SecError::try_from(i32::MIN as isize - 1).is_err());
    assert!(SecError::try_from(isize::MIN).is_err());
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

#[test]
fn code_is_a_const_fn() {
    const CODE: OSStatus = StoreError::ItemNotFound.code();
    assert_eq!(CODE, -25300);
}
