//! Parses and validates `codes.toml` once, when this crate is built, and writes the result as
//! Rust (`$OUT_DIR/catalogue.rs`) for `src/shipped.rs` to include: macro calls then start from a
//! ready model instead of parsing the file in every crate that uses them. The parser is this
//! crate's own `src/load`; an invalid catalogue is written out as its errors, which every macro
//! call reports as a compile error naming `codes.toml:line:col`.

use std::path::PathBuf;
use std::{env, fs};

#[allow(dead_code)] // Lookups the macros use, not the build script.
#[path = "src/catalogue.rs"]
mod catalogue;
#[path = "src/load/mod.rs"]
mod load;
#[path = "src/suggest.rs"]
mod suggest;

use catalogue::CatalogueError;

fn main() {
    println!("cargo::rerun-if-changed=codes.toml");
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let path = manifest_dir.join("codes.toml");
    let shown = path.display().to_string();
    let model = match fs::read_to_string(&path) {
        Ok(source) => load::load(&shown, &source),
        Err(error) => Err(vec![CatalogueError {
            path: shown,
            line: 1,
            column: 1,
            message: format!("cannot read the catalogue: {error}"),
        }]),
    };
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("catalogue.rs");
    fs::write(&out, load::emit::emit(&model)).expect("OUT_DIR is writable");
}
