// `TryFrom<YourEnum> for codes::X` exists only for a category selected whole: with one keychain
// code excluded, `codes::Keychain` has no conversion from the enum.
use sec_codes::{codes, sec_codes};

#[sec_codes(categories = "keychain, ocsp", exclude = "errSecDataNotAvailable")]
pub enum StoreError {}

fn main() {
    let _ = codes::Ocsp::try_from(StoreError::OcspBadResponse);
    let _ = codes::Keychain::try_from(StoreError::ItemNotFound);
}
