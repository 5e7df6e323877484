// A category in `codes`, and a code in `categories`: told which list each belongs in.
use sec_codes::sec_codes;

#[sec_codes(codes = "keychain")]
pub enum CategoryAsCode {}

#[sec_codes(categories = "errSecIO")]
pub enum CodeAsCategory {}

fn main() {}
