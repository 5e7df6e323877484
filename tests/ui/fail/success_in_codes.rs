// `errSecSuccess` is not an error, so it can never be a variant.
use sec_codes::sec_codes;

#[sec_codes(codes = "errSecSuccess, errSecIO")]
pub enum StoreError {}

fn main() {}
