// A `where` clause on the enum: pointed at and told to remove it.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
pub enum StoreError
where
    Self: Sized, {}

fn main() {}
