// An unknown code in `codes`: the nearest Apple names are suggested.
use sec_codes::sec_codes;

#[sec_codes(codes = "errSecItemNotFund")]
pub enum StoreError {}

fn main() {}
