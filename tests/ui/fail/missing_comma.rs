// Two arguments without a comma between them: the error points at the second one.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain" codes = "errSecIO")]
pub enum StoreError {}

fn main() {}
