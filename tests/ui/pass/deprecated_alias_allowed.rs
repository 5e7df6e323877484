// A deprecated alias works in patterns and expressions under `#[allow(deprecated)]`: the enum's
// constant, `sec_code!` and `codes = "…"` alike.
#![deny(warnings)]

use sec_codes::{sec_code, sec_codes};

#[sec_codes(categories = "system")]
pub enum StoreError {}

#[allow(deprecated)]
mod old_names {
    #[sec_codes::sec_codes(codes = "errSecDskFull")]
    pub enum DiskError {}
}

#[allow(deprecated)]
fn is_disk_full(error: StoreError) -> bool {
    matches!(error, StoreError::DskFull)
}

#[allow(deprecated)]
fn is_disk_full_status(status: i32) -> bool {
    matches!(status, sec_code!(errSecDskFull))
}

fn main() {
    assert!(is_disk_full(StoreError::DiskFull));
    #[allow(deprecated)]
    let alias = StoreError::DskFull;
    assert_eq!(alias, StoreError::DiskFull);
    assert!(!is_disk_full(StoreError::Io));
    assert!(is_disk_full_status(-34));
    assert!(!is_disk_full_status(-36));
    #[allow(deprecated)]
    let value = sec_code!(errSSLLast);
    assert_eq!(value, -9849);
    assert_eq!(old_names::DiskError::DiskFull.code(), -34);
}
