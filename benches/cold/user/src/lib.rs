//! A downstream crate: its error type from `#[sec_codes(categories = "keychain")]`.

/// The keychain result codes.
#[sec_codes::sec_codes(categories = "keychain")]
pub enum KeychainErrors {}
