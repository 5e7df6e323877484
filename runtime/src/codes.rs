//! One enum per category of the catalogue, each with every code of its category.
//!
//! Each converts into [`SecError`](crate::SecError) and back (with `TryFrom`), and into any
//! [`#[sec_codes]`](macro@crate::sec_codes) enum that selects its whole category.

sec_codes_macros::__category_enums!();
