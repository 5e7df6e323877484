// `key =` with no value at all.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain", codes =)]
pub enum StoreError {}

fn main() {}
