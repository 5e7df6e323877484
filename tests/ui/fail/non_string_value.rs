// A value that is not a string literal: the message shows the quoted form.
use sec_codes::sec_codes;

#[sec_codes(categories = keychain)]
pub enum StoreError {}

fn main() {}
