//! `secerr`: look up Apple Security framework result codes by value or name.
//!
//! ```text
//! $ secerr -25300
//! 0xFFFF9D2C -25300 errSecItemNotFound [keychain] The specified item could not be found in the keychain.
//! ```
//!
//! Exit status: 0 when everything asked for was found, 1 when something was not, 2 on a usage
//! error.

mod cli;
mod lookup;
mod parse;
mod render;
mod resolve;
mod search;
mod suggest;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use sec_codes::{CodeInfo, catalog};

use crate::cli::{Cli, Mode};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (codes, complete) = select(&cli.mode());
    match io::stdout()
        .lock()
        .write_all(render::render(&codes, cli.json).as_bytes())
    {
        Ok(()) => {}
        // The reader went away (`secerr --list | head`): nothing left to tell anyone.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {}
        Err(error) => {
            eprintln!("secerr: cannot write the output: {error}");
            return ExitCode::FAILURE;
        }
    }
    if complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The codes a mode selects, and whether everything asked for was found; what was not is
/// reported on stderr here.
fn select(mode: &Mode<'_>) -> (Vec<&'static CodeInfo>, bool) {
    match mode {
        Mode::Lookup(args) => {
            let lookup = lookup::look_up(args);
            for message in &lookup.not_found {
                eprintln!("secerr: {message}");
            }
            (lookup.found, lookup.not_found.is_empty())
        }
        Mode::Search(text) => {
            let found = search::search(text);
            if found.is_empty() {
                eprintln!("secerr: no result code matches {text:?}");
            }
            let complete = !found.is_empty();
            (found, complete)
        }
        Mode::Category(category) => (category.codes().iter().collect(), true),
        Mode::List => (catalog().iter().collect(), true),
    }
}
