// The `serde` flag given twice.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain", serde, serde)]
pub enum StoreError {}

fn main() {}
