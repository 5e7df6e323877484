// The attribute on a function.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
pub fn store_error() {}

fn main() {}
