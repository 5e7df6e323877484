//! Compile-fail tests of sec-codes without the `catalogue` and `serde` features (trybuild): the
//! expected compiler output is pinned in the `.stderr` next to each `ui/*.rs`. Regenerate with
//! `TRYBUILD=overwrite cargo test --manifest-path tests-minimal/Cargo.toml --test ui`, then read
//! every diff.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
