// `crate = "..."` that is not a Rust path.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain", crate = "not a path")]
pub enum StoreError {}

fn main() {}
