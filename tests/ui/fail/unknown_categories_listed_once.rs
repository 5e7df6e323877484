// Several unknown categories: the list of keys comes once, with the first error.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychian, ocps")]
pub enum StoreError {}

fn main() {}
