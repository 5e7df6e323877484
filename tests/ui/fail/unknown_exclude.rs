// An unknown code in `exclude`: the nearest Apple names are suggested.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain", exclude = "errSecDuplicatItem")]
pub enum StoreError {}

fn main() {}
