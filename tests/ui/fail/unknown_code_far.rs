// An unknown code like no Apple name (here a category key): the hint shows an Apple name.
use sec_codes::sec_codes;

#[sec_codes(codes = "keychain")]
pub enum StoreError {}

fn main() {}
