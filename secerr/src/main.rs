//! `secerr`: look up Apple Security framework result codes by value or name, and explain the
//! codes mentioned in logs.
//!
//! ```text
//! $ secerr -25300
//! 0xFFFF9D2C -25300 errSecItemNotFound [keychain] The specified item could not be found in the keychain.
//! ```
//!
//! Exit status: 0 when everything asked for was found, 1 when something was not (or an input
//! could not be read, or the output not written), 2 on a usage error.

// Modules bottom-up: each uses only those above it (`codegen/tests/layers.rs` checks it).
//
// The one module that calls `sec_codes`, and where output goes.
mod catalogue;
mod output;
// The input side: an argument to a query, a name to its nearest names.
mod parse;
mod suggest;
// The output side: a code as a line, as JSON, as macOS prints it.
mod security;
mod render;
// The modes, then the command line that chooses one.
mod categories;
mod search;
mod lookup;
mod explain;
mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Mode};
use crate::output::{is_broken_pipe, warn};
use crate::render::Format;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = match output::stdout() {
        Ok(out) => out,
        Err(error) => return cannot_write(&error),
    };
    let mut complete = true;
    let written = run(&cli, &mut out, &mut complete).and_then(|()| out.flush());
    match written {
        Ok(()) => {}
        // The reader went away (`secerr --list | head`): nothing left to tell anyone, and not a
        // failure of secerr's: the status is what it would have been.
        Err(error) if is_broken_pipe(&error) => {}
        Err(error) => return cannot_write(&error),
    }
    if complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Reports a failure to write standard output; the exit status is 1.
fn cannot_write(error: &io::Error) -> ExitCode {
    warn(format_args!("cannot write the output: {error}"));
    ExitCode::FAILURE
}

/// Does what the command line asks, writing to `out`; clears `complete` when something asked
/// for was not found or could not be read.
fn run(cli: &Cli, out: &mut dyn Write, complete: &mut bool) -> io::Result<()> {
    let codes = match cli.mode() {
        Mode::Explain(inputs) => {
            *complete = explain::explain(inputs, cli.json, out)?;
            return Ok(());
        }
        Mode::Categories => {
            let text = if cli.json {
                categories::json()
            } else {
                categories::table()
            };
            return out.write_all(text.as_bytes());
        }
        Mode::Lookup(args) if cli.format == Format::Security => {
            // As macOS does, a line for every number, a known code or not; names as always.
            let statuses = lookup::statuses(args, &mut io::stdin().lock());
            report_not_found(&statuses.not_found, complete);
            let lines: String = statuses
                .values
                .iter()
                .map(|&value| security::line(value) + "\n")
                .collect();
            return out.write_all(lines.as_bytes());
        }
        Mode::Lookup(args) => {
            let lookup = lookup::look_up(args, &mut io::stdin().lock());
            report_not_found(&lookup.not_found, complete);
            lookup.found
        }
        Mode::Search(text) => {
            let found = search::search(text);
            if found.is_empty() {
                warn(format_args!("no result code matches {text:?}"));
                *complete = false;
            }
            found
        }
        Mode::Category(key) => catalogue::category(key)
            .map(Iterator::collect)
            .unwrap_or_default(),
        Mode::List => catalogue::all().collect(),
    };
    out.write_all(render::render(&codes, cli.json, cli.format).as_bytes())
}

/// Reports on stderr each argument that named no code; any clears `complete`.
fn report_not_found(not_found: &[String], complete: &mut bool) {
    for message in not_found {
        warn(format_args!("{message}"));
    }
    *complete = not_found.is_empty();
}
