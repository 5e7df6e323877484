// A deprecated Apple name written in `sec_code!` or `codes = "…"` warns (here denied) as
// `E::DskFull` does, naming the replacement.
#![deny(deprecated)]

use sec_codes::{sec_code, sec_codes};

#[sec_codes(codes = "errSecDskFull errSecIO")]
pub enum DiskError {}

fn main() {
    match 0 {
        sec_code!(errSecDskFull) => {}
        _ => {}
    }
    let _ = sec_code!(errSSLLast);
    let _ = DiskError::DiskFull;
}
