// The attribute on an enum that already has variants.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
pub enum StoreError {
    NotFound,
    Duplicate,
}

fn main() {}
