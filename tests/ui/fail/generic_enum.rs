// The attribute on a generic enum.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
pub enum StoreError<T> {}

fn main() {}
