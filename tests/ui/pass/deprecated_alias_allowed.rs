// A deprecated alias constant works in patterns and expressions under `#[allow(deprecated)]`.
use sec_codes::sec_codes;

#[sec_codes(categories = "system")]
pub enum StoreError {}

#[allow(deprecated)]
fn is_disk_full(error: StoreError) -> bool {
    matches!(error, StoreError::DskFull)
}

fn main() {
    assert!(is_disk_full(StoreError::DiskFull));
    #[allow(deprecated)]
    let alias = StoreError::DskFull;
    assert_eq!(alias, StoreError::DiskFull);
    assert!(!is_disk_full(StoreError::Io));
}
