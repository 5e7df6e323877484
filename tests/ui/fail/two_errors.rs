// Two problems in one attribute: both are reported, each on its own span.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychian", codes = "errSecItemNotFund")]
pub enum StoreError {}

fn main() {}
