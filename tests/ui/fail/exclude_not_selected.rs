// Excluding a known code that the selection does not hold.
use sec_codes::sec_codes;

#[sec_codes(categories = "ocsp", exclude = "errSecItemNotFound")]
pub enum StoreError {}

fn main() {}
