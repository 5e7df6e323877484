// `crate = "..."` names sec-codes through a re-export, as a crate wrapping it would.
mod reexport {
    pub use sec_codes;
}

#[reexport::sec_codes::sec_codes(categories = "keychain", crate = "reexport::sec_codes")]
pub enum StoreError {}

fn main() {
    assert_eq!(StoreError::check(-25300), Err(StoreError::ItemNotFound));
    let status: reexport::sec_codes::OSStatus = StoreError::ItemNotFound.into();
    assert_eq!(status, -25300);
}
