// The attribute on a struct.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
pub struct StoreError;

fn main() {}
