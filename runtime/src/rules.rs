//! The rules this crate shares with `sec-codes-macros` and its code generator, compiled from
//! the same files (the model's `hash.rs` and `naming.rs`, pasted as tokens by `__rules!`): the
//! perfect-hash functions, how Apple names map to variant names, short names and lookup keys, how
//! category keys match loosely, and the suggestion thresholds. The bottom layer: it uses nothing
//! of this crate.

// Not every rule is used here (the macros lay the tables out, the generator names variants).
#![allow(dead_code)]

sec_codes_macros::__rules!();
