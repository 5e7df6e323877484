// A name listed twice, in `categories` and in `codes`: each reported on its list.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain, ocsp, keychain")]
pub enum StoreError {}

#[sec_codes(codes = "errSecIO, errSecParam, errSecIO")]
pub enum FileError {}

fn main() {}
