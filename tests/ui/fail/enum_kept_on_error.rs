// Bad arguments: only the argument error; the enum is still emitted, so code naming it compiles.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychian")]
pub enum StoreError {}

impl StoreError {
    pub fn describe(&self) -> &'static str {
        "store error"
    }
}

pub fn f(_: StoreError) {}

pub fn g() -> Option<StoreError> {
    None
}

fn main() {}
