//! sec-codes beside thiserror and serde's derive, as a crate that uses all three would.

/// The keychain result codes.
#[sec_codes::sec_codes(categories = "keychain")]
pub enum KeychainErrors {}

/// An error of this crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A keychain call failed.
    #[error("keychain: {0}")]
    Keychain(#[from] KeychainErrors),
}

/// A record with a status in it.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Record {
    /// The status, as Apple's API returned it.
    pub status: i32,
}
