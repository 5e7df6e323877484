// An unknown category: "did you mean" the nearest key, then the list of every key.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychian")]
pub enum StoreError {}

fn main() {}
