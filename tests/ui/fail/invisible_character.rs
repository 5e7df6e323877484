// An invisible character in a category (U+200B after `keychain`): the error shows it escaped.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain​")]
pub enum StoreError {}

fn main() {}
