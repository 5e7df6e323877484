//! One enum per category of the catalogue, each with every code of its category.
//!
//! Each converts into [`SecError`](crate::SecError) and back (with `TryFrom`), and into any
//! [`#[sec_codes]`](macro@crate::sec_codes) enum that selects its whole category and back (with
//! `TryFrom`, whose error gives the enum's value back).

sec_codes_macros::__category_enums!();
