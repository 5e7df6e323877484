// `exclude` removes every selected code.
use sec_codes::sec_codes;

#[sec_codes(codes = "errSecIO, errSecParam", exclude = "errSecIO errSecParam")]
pub enum StoreError {}

fn main() {}
