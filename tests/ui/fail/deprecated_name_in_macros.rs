// A deprecated Apple name written in `sec_code!`, `codes = "…"` or `exclude = "…"` warns (here
// denied) as `E::DskFull` does, naming the replacement.
#![deny(deprecated)]

use sec_codes::{sec_code, sec_codes};

#[sec_codes(codes = "errSecDskFull errSecIO")]
pub enum DiskError {}

#[sec_codes(categories = "system", exclude = "errSecDskFull")]
pub enum SystemError {}

fn main() {
    match 0 {
        sec_code!(errSecDskFull) => {}
        _ => {}
    }
    let _ = sec_code!(errSSLLast);
    let _ = DiskError::DiskFull;
}
