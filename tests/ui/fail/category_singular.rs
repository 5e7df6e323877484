// `category` for `categories`: one "did you mean" error, not also "expected `categories` or
// `codes`" for the selection that is, in the user's mind, already there.
use sec_codes::sec_codes;

#[sec_codes(category = "keychain")]
pub enum StoreError {}

fn main() {}
