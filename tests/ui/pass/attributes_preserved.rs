// The user's docs, visibility and other attributes survive on the generated enum.
#![deny(missing_docs)]
//! Crate docs.

mod inner {
    use sec_codes::sec_codes;

    /// Errors of the store, documented by the user.
    #[sec_codes(categories = "keychain")]
    #[must_use]
    #[allow(clippy::enum_variant_names)]
    #[cfg_attr(any(), derive(Default))]
    pub(crate) enum StoreError {}

    /// Errors of OCSP.
    #[sec_codes(categories = "ocsp")]
    pub enum OcspError {}
}

/// Visible at `pub(crate)`: usable here.
fn lookup() -> inner::StoreError {
    inner::StoreError::ItemNotFound
}

/// Public and documented.
pub use inner::OcspError;

fn main() {
    let error = lookup();
    assert_eq!(error, inner::StoreError::ItemNotFound);
    let _ = OcspError::OcspBadResponse;
}
