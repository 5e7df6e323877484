// `#[sec_codes(serde)]` without the `serde` feature of sec-codes: an error that says how to turn
// it on, rather than impls that silently go missing.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain", serde)]
pub enum StoreError {}

fn main() {}
