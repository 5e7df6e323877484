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

use sec_codes::sec_codes;

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

/// With serde impls, and an alias that is not deprecated (`errSessionInternal`).
#[sec_codes(categories = "session", serde)]
pub enum Session {}

#[test]
fn strict_lints_pass() {
    assert_eq!(Everything::ALL.len(), 1084);
    assert_eq!(Store::from(-34), Store::DiskFull);
    assert!(Store::ItemNotFound < Store::Other(0));
    assert_eq!(Private::from_code(-36), Some(Private::Io));
    assert_eq!(Session::SessionInternal, Session::AuthorizationInternal);
    assert_eq!(Store::try_from(-25300_isize), Ok(Store::ItemNotFound));
}
