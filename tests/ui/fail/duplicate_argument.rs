// An argument given twice: all names go in one string.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain", categories = "ocsp")]
pub enum StoreError {}

fn main() {}
