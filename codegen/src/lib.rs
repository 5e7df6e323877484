//! The maintainers' side of the catalogue: checks `codes.toml` and writes the model that
//! `sec-codes-macros` compiles in (`macros/src/generated.rs`), rust-analyzer's "sourcegen" pattern.
//!
//! Users of `sec-codes` never build this crate: the generated model is checked in, so their builds
//! compile no TOML parser and run no build script. `cargo run -p sec-codes-codegen` regenerates the
//! model after an edit; the test `tests/fresh.rs` fails (and regenerates it) when it is stale.

// The model (its types, naming rules, prose and suggestions) is the macro crate's own folder,
// mounted here once, so that what the generator validates is exactly what the macros read; its
// `mod.rs` states the contract.
#[path = "../../macros/src/model/mod.rs"]
pub mod model;
// `codes.toml` into the model, and the model out as Rust.
pub mod load;
pub mod emit;

use model::suggest;
pub use model::{catalogue, naming, prose};

use std::path::{Path, PathBuf};

use catalogue::CatalogueError;

/// Where the catalogue lives, relative to the workspace root (and as errors name it).
pub const CATALOGUE: &str = "codes.toml";

/// Where the generated model goes, relative to the workspace root.
pub const GENERATED: &str = "macros/src/generated.rs";

/// The workspace root: this crate's parent folder.
#[must_use]
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The generated model's source for a catalogue's text, and the catalogue's problems if any
/// (an invalid catalogue is written out as its errors, which every macro call then reports).
#[must_use]
pub fn generate(source: &str) -> (String, Vec<CatalogueError>) {
    let model = load::load(CATALOGUE, source);
    let text = emit::emit(&model, catalogue::source_hash(source));
    (text, model.err().unwrap_or_default())
}
