// Neither `categories` nor `codes`: the enum would select nothing.
use sec_codes::sec_codes;

#[sec_codes(exclude = "errSecIO")]
pub enum StoreError {}

fn main() {}
