//! A downstream crate on sec-codes' minimum supported Rust (1.81), edition 2021: an error enum
//! from `#[sec_codes]`, and `sec_code!` in patterns, under strict lints.

#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub)]
#![forbid(unsafe_code)]

use sec_codes::{OSStatus, sec_code, sec_codes};

/// What a keychain wrapper returns.
#[sec_codes(
    categories = "keychain",
    codes = "errSecParam, errSecUserCanceled",
    serde
)]
#[derive(PartialOrd, Ord)]
pub enum StoreError {}

/// Whether a status is worth retrying, decided on the raw value.
#[must_use]
pub fn retry(status: OSStatus) -> bool {
    matches!(
        status,
        sec_code!(errSecInteractionNotAllowed) | sec_code!(errSecNotAvailable)
    )
}

#[cfg(test)]
mod tests {
    use super::{StoreError, retry};

    #[test]
    fn the_enum_and_the_values() {
        assert_eq!(StoreError::from(-25300), StoreError::ItemNotFound);
        assert_eq!(StoreError::from(-128), StoreError::UserCanceled);
        assert_eq!(StoreError::from(-1), StoreError::Other(-1));
        assert_eq!(StoreError::ItemNotFound.name(), Some("errSecItemNotFound"));
        assert!(retry(-25308));
        assert!(!retry(-25300));
        let json = serde_json::to_string(&StoreError::ItemNotFound).unwrap();
        assert_eq!(json, "-25300");
    }
}
