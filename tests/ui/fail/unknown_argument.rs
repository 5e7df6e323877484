// A misspelled argument: "did you mean" and the list of arguments, on the key.
use sec_codes::sec_codes;

#[sec_codes(categries = "keychain", codes = "errSecIO")]
pub enum StoreError {}

fn main() {}
