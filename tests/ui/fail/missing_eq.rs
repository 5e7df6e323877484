// An argument with no `= "..."` at all (syn's message, on the whole attribute).
use sec_codes::sec_codes;

#[sec_codes(categories)]
pub enum StoreError {}

fn main() {}
