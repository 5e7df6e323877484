// The attribute on a union.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
pub union StoreError {
    status: i32,
}

fn main() {}
