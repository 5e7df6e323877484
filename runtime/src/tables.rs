//! Generated from `codes.toml` by `sec-codes-macros`: `Category` (its keys, titles and ranges of
//! entries), and the catalogue's data and lookup tables (with the `catalogue` feature; without
//! it, the same items, empty), stored in the types of `storage`.

sec_codes_macros::__categories!();

#[cfg(feature = "catalogue")]
pub(crate) mod catalogue {
    sec_codes_macros::__catalogue!();
}

/// Without the catalogue: the same items, empty, so that `CodeInfo`'s methods compile; as
/// `CodeInfo::at` finds no entry in them, no `CodeInfo` can be made.
#[cfg(not(feature = "catalogue"))]
// The lookups that read the hash tables and `COUNT` need the catalogue.
#[allow(dead_code)]
pub(crate) mod catalogue {
    sec_codes_macros::__catalogue!(empty);
}
