// The attribute written twice: one error that says so, on the second attribute.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
#[sec_codes(categories = "ocsp")]
pub enum StoreError {}

fn main() {}
