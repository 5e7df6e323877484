//! `cargo run -p sec-codes-codegen`: checks `codes.toml` and rewrites `macros/src/generated.rs`.
//! Exits 1, listing every problem as `codes.toml:line:col`, when the catalogue is invalid.

use std::fs;
use std::process::ExitCode;

use sec_codes_codegen::{CATALOGUE, GENERATED, generate, workspace_root};

fn main() -> ExitCode {
    let root = workspace_root();
    let source = match fs::read_to_string(root.join(CATALOGUE)) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("error: cannot read {CATALOGUE}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let (text, errors) = generate(&source);
    let target = root.join(GENERATED);
    if fs::read_to_string(&target).ok().as_deref() != Some(text.as_str()) {
        if let Err(error) = fs::write(&target, &text) {
            eprintln!("error: cannot write {GENERATED}: {error}");
            return ExitCode::FAILURE;
        }
        eprintln!("wrote {GENERATED}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        for error in &errors {
            eprintln!("error: {error}");
        }
        eprintln!(
            "{} problem(s) in {CATALOGUE}; fix them and run this again",
            errors.len()
        );
        ExitCode::FAILURE
    }
}
