//! Tests of `naming.rs`, kept apart because that file is also compiled into `sec-codes`.

use crate::naming::{MAX_NAME_LEN, variant_name};

/// The runtime spells variant names from Apple names with `variant_name` (with the catalogue
/// on, it stores no variant names): it must give, for every code, the variant the code
/// generator named with heck.
#[test]
fn variant_names_are_spelled_as_the_code_generator_names_them() {
    let catalogue = crate::shipped::checked().expect("the shipped catalogue is valid");
    let mut buffer = [0; MAX_NAME_LEN];
    for code in catalogue.codes.iter() {
        assert_eq!(
            variant_name(code.name, &mut buffer),
            Some(code.variant),
            "{}",
            code.name
        );
    }
}

#[test]
fn variant_names_split_words_as_heck_does() {
    let mut buffer = [0; MAX_NAME_LEN];
    for (name, variant) in [
        ("errSecItemNotFound", "ItemNotFound"),
        ("errSSLClosedAbort", "SslClosedAbort"),
        ("errSecCSUnsigned", "CsUnsigned"),
        ("CSSMERR_TP_NOT_TRUSTED", "CssmTpNotTrusted"),
        ("CSSMERR_CSP_INVALID_ATTR_KEY", "CssmCspInvalidAttrKey"),
        (
            "errSecureDownloadInvalidTicket",
            "SecureDownloadInvalidTicket",
        ),
        ("errSecX509Cert", "X509Cert"),
        ("errSecABCDef", "AbcDef"),
        ("errSecA__B", "AB"),
    ] {
        assert_eq!(variant_name(name, &mut buffer), Some(variant), "{name}");
    }
    assert_eq!(variant_name("noFamily", &mut buffer), None);
    assert_eq!(variant_name("errSecÉchec", &mut buffer), None);
}

#[test]
fn tls_and_ssl_mean_secure_transport_in_any_spelling() {
    use crate::naming::category_synonym;
    for text in ["tls", "TLS", "ssl", "S-S-L", "t_l s"] {
        assert_eq!(category_synonym(text), Some("secure_transport"), "{text}");
    }
    for text in ["tl", "tlss", "secure_transport", ""] {
        assert_eq!(category_synonym(text), None, "{text}");
    }
}
