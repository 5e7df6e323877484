//! The model shared beyond this crate: the catalogue's types and the rules about its names, in one
//! folder that every side compiles from the same files, so that no two sides can disagree.
//!
//! Who compiles what (serde keeps its `internals` this way):
//! - `sec-codes-macros` mounts this folder as `mod model` and reads the checked-in model
//!   (`src/generated.rs`, through `src/shipped.rs`) in these types.
//! - `sec-codes-codegen` mounts this same `mod.rs` once, with
//!   `#[path = "../../macros/src/model/mod.rs"] pub mod model;`, fills a [`catalogue::Catalogue`]
//!   from `codes.toml` and writes it out as `src/generated.rs`.
//! - `sec-codes` (the runtime) gets `hash.rs` and `naming.rs` as tokens: the macro
//!   `__rules!` pastes them into its `rules` module.
//!
//! What it may depend on: `std` and `strsim` (both crates above have it), nothing else; never
//! `syn`, `proc-macro2` or `quote` (the generator has none), nor `toml` (the macros have none).
//! `hash.rs` and `naming.rs` are stricter: plain `core` Rust with no `use`, as the runtime is
//! `no_std`. Paths between these files are relative (`super::naming`), since the folder is
//! `crate::model` on both sides, not the crate root.

pub mod catalogue;
pub mod hash;
// The runtime and the generator use what the macros do not.
#[allow(dead_code)]
pub mod naming;
// The generator writes each variant's doc with it into the model; the macros escape titles.
#[allow(dead_code)]
pub mod prose;
pub mod suggest;
