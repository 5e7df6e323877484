// A string that names nothing.
use sec_codes::sec_codes;

#[sec_codes(categories = "")]
pub enum StoreError {}

fn main() {}
