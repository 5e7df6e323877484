// A confusable character in a code name (Cyrillic U+0430 for `a`): the error shows it escaped.
use sec_codes::sec_codes;

#[sec_codes(codes = "errSecAuthFаiled")]
pub enum StoreError {}

fn main() {}
