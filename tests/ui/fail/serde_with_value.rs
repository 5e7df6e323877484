// `serde` is a flag: it takes no value.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain", serde = true)]
pub enum StoreError {}

fn main() {}
