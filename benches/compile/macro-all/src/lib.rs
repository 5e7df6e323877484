//! Crate under test 1: the error type from `#[sec_codes(categories = "all")]`.

/// Every result code of the catalogue.
#[sec_codes::sec_codes(categories = "all")]
pub enum AllErrors {}
