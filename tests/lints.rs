//! Generated code is clean under strict lints in the user's crate. `cargo test` checks the rustc
//! lints; CI's `cargo clippy --workspace --all-targets -- -D warnings` checks the clippy ones.

#![deny(
    warnings,
    unused_qualifications,
    missing_docs,
    missing_debug_implementations,
    elided_lifetimes_in_paths,
    unreachable_pub,
    trivial_casts,
    trivial_numeric_casts,
    unused_results,
    clippy::all,
    clippy::pedantic
)]
#![forbid(unsafe_code)]

use sec_codes::{SecCode, sec_codes};

/// Every category, deprecated aliases included.
#[sec_codes(categories = "all")]
pub enum Everything {}

/// A trimmed enum with one alias constant and a derive the macro does not add.
#[sec_codes(categories = "keychain", codes = "errSecDiskFull")]
#[derive(PartialOrd, Ord)]
pub enum Store {}

/// A private enum: its generated items must not trip `dead_code` or `unreachable_pub`.
#[sec_codes(codes = "errSecIO")]
enum Private {}

#[test]
fn strict_lints_pass() {
    assert_eq!(Everything::ALL.len(), 380);
    assert_eq!(Store::from(-34), Store::DiskFull);
    assert!(Store::ItemNotFound < Store::Other(0));
    assert_eq!(Private::from_code(-36), Some(Private::Io));
}
