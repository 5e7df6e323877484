//! The catalogue against Apple's header, its invariants, and the runtime lookups over it.

use std::collections::{BTreeSet, HashSet};

use sec_codes::{Category, CodeInfo, OSStatus, catalog, describe, lookup, message};

/// Apple's `SecBase.h`, one row per `errSec*` constant: name, value, trailing comment (what
/// `SecCopyErrorMessageString` returns), deprecated. Carried here so the test needs nothing else.
const SECBASE: &str = include_str!("data/secbase.tsv");

struct HeaderRow<'a> {
    name: &'a str,
    value: OSStatus,
    comment: &'a str,
    deprecated: bool,
}

fn header() -> Vec<HeaderRow<'static>> {
    SECBASE
        .lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            HeaderRow {
                name: fields[0],
                value: fields[1].parse().unwrap(),
                comment: fields[2],
                deprecated: fields[3] == "yes",
            }
        })
        .collect()
}

#[test]
fn every_header_constant_is_in_the_catalogue_with_its_value_and_message() {
    let rows = header();
    assert_eq!(rows.len(), 384);
    for row in &rows {
        let info = lookup(row.name).unwrap_or_else(|| panic!("{} missing", row.name));
        assert_eq!(info.value, row.value, "{}", row.name);
        assert_eq!(info.deprecated, row.deprecated, "{}", row.name);
        // Where the header has no comment, the message is the documentation text.
        let expected = if row.comment.is_empty() {
            info.doc
        } else {
            row.comment
        };
        assert_eq!(info.message, expected, "{}", row.name);
    }
    let header_names: HashSet<&str> = rows.iter().map(|row| row.name).collect();
    assert!(
        catalog()
            .iter()
            .all(|info| header_names.contains(info.name))
    );
}

#[test]
fn counts_categories_and_aliases() {
    assert_eq!(catalog().len(), 384);
    let values: BTreeSet<OSStatus> = catalog().iter().map(|info| info.value).collect();
    assert_eq!(values.len(), 381);
    let keys: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
    assert_eq!(
        keys,
        [
            "system",
            "internal_error",
            "keychain",
            "certificate",
            "acl",
            "crl",
            "smime",
            "ocsp",
            "code_signing",
            "mobile_me",
            "cryptographic_key",
            "invalid_attribute",
            "missing_attribute",
            "timestamp",
            "invalid_parameter",
            "unsupported_input",
            "apple_specific",
            "module_manager",
            "other",
        ]
    );
    let aliases: Vec<(&str, &str)> = catalog()
        .iter()
        .filter_map(|info| Some((info.name, info.alias_of?)))
        .collect();
    assert_eq!(
        aliases,
        [
            ("errSecDskFull", "errSecDiskFull"),
            ("errSecInvaldCRLAuthority", "errSecInvalidCRLAuthority"),
            (
                "errSecInvalidTupleCredendtials",
                "errSecInvalidTupleCredentials"
            ),
        ]
    );
    for (alias, primary) in aliases {
        let (alias, primary) = (lookup(alias).unwrap(), lookup(primary).unwrap());
        assert!(alias.deprecated && !primary.deprecated);
        assert_eq!(alias.value, primary.value);
        assert_eq!(describe(alias.value), Some(primary));
    }
    for info in catalog() {
        assert!(!info.message.trim().is_empty(), "{}", info.name);
        assert!(!info.doc.trim().is_empty(), "{}", info.name);
    }
}

#[test]
fn categories_partition_the_catalogue_in_order() {
    let mut position = 0;
    for category in Category::ALL {
        let codes = category.codes();
        assert!(!codes.is_empty(), "{category}");
        assert_eq!(codes, &catalog()[position..position + codes.len()]);
        assert!(codes.iter().all(|info| info.category == category));
        position += codes.len();
    }
    assert_eq!(position, catalog().len());
    let sizes: Vec<usize> = Category::ALL.iter().map(|c| c.codes().len()).collect();
    assert_eq!(
        sizes,
        [
            11, 3, 30, 14, 8, 18, 7, 17, 11, 10, 17, 29, 29, 17, 61, 13, 5, 6, 78
        ]
    );
}

/// One code per category, with its value, checked by hand against the header.
#[test]
fn a_spread_of_exact_values() {
    let expected: [(&str, OSStatus, Category); 26] = [
        ("errSecSuccess", 0, Category::System),
        ("errSecIO", -36, Category::System),
        (
            "errSecCoreFoundationUnknown",
            -4960,
            Category::InternalError,
        ),
        ("errSecItemNotFound", -25300, Category::Keychain),
        ("errSecInteractionNotAllowed", -25308, Category::Keychain),
        ("errSecCertificateExpired", -67818, Category::Certificate),
        ("errSecCertificateIsCA", -67902, Category::Certificate),
        ("errSecACLAddFailed", -67698, Category::Acl),
        ("errSecCRLExpired", -67613, Category::Crl),
        ("errSecInvalidCRLAuthority", -67827, Category::Crl),
        ("errSecSMIMEEmailAddressesNotFound", -67623, Category::Smime),
        ("errSecOCSPBadResponse", -67630, Category::Ocsp),
        (
            "errSecMissingQualifiedCertStatement",
            -67904,
            Category::CodeSigning,
        ),
        ("errSecMobileMeRequestQueued", -67657, Category::MobileMe),
        (
            "errSecInvalidKeyUsageForPolicy",
            -67608,
            Category::CryptographicKey,
        ),
        (
            "errSecInvalidAttributeKey",
            -67748,
            Category::InvalidAttribute,
        ),
        (
            "errSecMissingAttributeKey",
            -67749,
            Category::MissingAttribute,
        ),
        ("errSecTimestampMissing", -67882, Category::Timestamp),
        (
            "errSecInvalidTupleCredentials",
            -67852,
            Category::InvalidParameter,
        ),
        (
            "errSecUnsupportedFormat",
            -25256,
            Category::UnsupportedInput,
        ),
        ("errSecAppleAddAppACLSubject", -67589, Category::Acl),
        (
            "errSecAppleInvalidKeyEndDate",
            -67593,
            Category::AppleSpecific,
        ),
        (
            "errSecModuleManagerInitializeFailed",
            -67721,
            Category::ModuleManager,
        ),
        ("errSecRestrictedAPI", -34020, Category::Other),
        ("errSecVerifyFailed", -67808, Category::Other),
        ("errSecMissingEntitlement", -34018, Category::Other),
    ];
    for (name, value, category) in expected {
        let info = lookup(name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!((info.value, info.category), (value, category), "{name}");
    }
}

#[test]
fn documentation_text_follows_the_page_except_where_it_is_wrong() {
    let doc = |name| lookup(name).unwrap().doc;
    assert_eq!(doc("errSecItemNotFound"), "The item cannot be found.");
    // The page gives these the text of other codes, or none; the header's text is used.
    assert_eq!(
        doc("errSecNotAvailable"),
        "No keychain is available. You may need to restart your computer."
    );
    assert_eq!(
        doc("errSecServiceNotAvailable"),
        "The required service is not available."
    );
    assert_eq!(
        doc("errSecTimestampServiceNotAvailable"),
        "The timestamp service is not available."
    );
}

#[test]
fn describe_and_lookup_round_trip_over_the_whole_catalogue() {
    for info in catalog() {
        let by_value = describe(info.value).unwrap();
        assert_eq!(by_value.value, info.value);
        // Only a deprecated alias resolves to another (its primary) entry.
        assert_eq!(
            by_value.name == info.name,
            info.alias_of.is_none(),
            "{}",
            info.name
        );
        assert!(std::ptr::eq(lookup(info.name).unwrap(), info));
        assert!(std::ptr::eq(lookup(info.short_name()).unwrap(), info));
        assert_eq!(message(info.value), Some(by_value.message));
    }
}

#[test]
fn lookups_miss_cleanly() {
    for value in [1, -1, -25299 - 10_000, i32::MIN, i32::MAX, -67905, -4] {
        assert_eq!(
            describe(value).map(|i| i.value),
            (value == -4).then_some(-4)
        );
    }
    for name in [
        "",
        "errSec",
        "errsecItemNotFound",
        "itemnotfound",
        "errSecItemNotFound ",
        "kSecItemNotFound",
        "errSecerrSecIO",
        "\u{0}",
        "ÉrrSecIO",
        "errSecItemNotFound\u{301}",
    ] {
        assert_eq!(lookup(name), None, "{name:?}");
    }
    assert_eq!(message(12345), None);
}

#[test]
fn code_info_formats() {
    let info: &CodeInfo = lookup("errSecItemNotFound").unwrap();
    assert_eq!(
        info.to_string(),
        "The specified item could not be found in the keychain. (errSecItemNotFound, -25300)"
    );
    assert_eq!(info.hex().to_string(), "0xFFFF9D2C");
    assert_eq!(
        lookup("errSecSuccess").unwrap().hex().to_string(),
        "0x00000000"
    );
    assert_eq!(info.short_name(), "ItemNotFound");
}

#[test]
fn categories_parse_loosely() {
    for (text, category) in [
        ("keychain", Category::Keychain),
        ("code-signing", Category::CodeSigning),
        ("CodeSigning", Category::CodeSigning),
        ("code signing", Category::CodeSigning),
        ("OCSP", Category::Ocsp),
        ("Mobile_Me", Category::MobileMe),
        ("S-MIME", Category::Smime),
    ] {
        assert_eq!(text.parse::<Category>(), Ok(category), "{text}");
    }
    for text in ["", "all", "keychains", "code--signingx", "ключ"] {
        assert!(text.parse::<Category>().is_err(), "{text}");
    }
    let error = "nope".parse::<Category>().unwrap_err().to_string();
    assert!(error.starts_with("unknown category; expected one of: system, internal_error, "));
    assert_eq!(Category::CodeSigning.to_string(), "code_signing");
    assert_eq!(Category::Keychain.title(), "Keychain Result Codes");
    assert_eq!(
        Category::InvalidParameter.title(),
        "Invalid parameter result codes"
    );
}
