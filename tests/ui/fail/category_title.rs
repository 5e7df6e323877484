// A category's title (Apple's heading, as `secerr --categories` prints it) for its key.
use sec_codes::sec_codes;

#[sec_codes(categories = "Keychain Result Codes")]
pub enum StoreError {}

fn main() {}
