//! Compile-fail and compile-pass tests of the macros (trybuild).
//!
//! `tests/ui/fail/*.rs` pin every compile error `#[sec_codes]` and `sec_code!` emit, one file per
//! message, with the expected output in the `.stderr` next to each; `tests/ui/pass/*.rs` are the
//! cases that must compile and run. Regenerate the `.stderr` files with
//! `TRYBUILD=overwrite cargo test -p sec-codes-tests --test ui`, then read every diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/fail/*.rs");
    cases.pass("ui/pass/*.rs");
}
