// A deprecated Apple alias used through the enum warns (here denied) with the replacement.
#![deny(deprecated)]

use sec_codes::sec_codes;

#[sec_codes(categories = "system")]
pub enum StoreError {}

fn main() {
    let _ = StoreError::DskFull;
}
