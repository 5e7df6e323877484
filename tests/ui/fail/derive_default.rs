// `#[derive(Default)]`: no generated variant is a natural default, so the macro says so once
// instead of letting rustc's derive fail on every variant.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
#[derive(Debug, Default)]
pub enum StoreError {}

fn main() {}
