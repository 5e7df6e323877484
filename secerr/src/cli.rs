//! The command line's shape, declared with clap's derive API.

use std::ffi::OsString;

use clap::{ArgGroup, Parser};
use sec_codes::Category;

/// Look up Apple Security framework result codes (OSStatus) by value or by name.
///
/// Each CODE may be a signed decimal (-25300), its unsigned 32-bit form (4294941996), hex as
/// macOS's security error command prints it (0xFFFF9D2C), an Apple name (errSecItemNotFound) or
/// the name without its prefix (ItemNotFound); names match in any case.
#[derive(Debug, Parser)]
#[command(name = "secerr", version)]
// Exactly one way of choosing codes; none at all is a usage error (exit 2).
#[command(group(ArgGroup::new("mode").required(true).args(["codes", "search", "category", "list"])))]
pub struct Cli {
    /// Codes to look up: numbers, hex values or names.
    // `OsString`, not `String`: a non-UTF-8 argument is reported as not found rather than
    // rejected as a usage error, like any other argument that names no code.
    #[arg(value_name = "CODE", allow_negative_numbers = true)]
    pub codes: Vec<OsString>,

    /// List the codes whose name, message or documentation contains TEXT (any case).
    #[arg(long, value_name = "TEXT", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub search: Option<String>,

    /// List the codes of one category, e.g. keychain or code-signing (any case).
    #[arg(long, value_name = "KEY")]
    pub category: Option<Category>,

    /// List every code of the catalogue.
    #[arg(long)]
    pub list: bool,

    /// Print a JSON array of objects instead of lines.
    #[arg(long)]
    pub json: bool,
}

/// What the user asked for, once clap has checked that exactly one mode was given.
#[derive(Debug)]
pub enum Mode<'a> {
    /// Look up each argument.
    Lookup(&'a [OsString]),
    /// Search names, messages and docs for the text.
    Search(&'a str),
    /// List one category.
    Category(Category),
    /// List the whole catalogue.
    List,
}

impl Cli {
    /// The mode chosen; the `mode` group guarantees exactly one is present.
    #[must_use]
    pub fn mode(&self) -> Mode<'_> {
        if let Some(text) = &self.search {
            Mode::Search(text)
        } else if let Some(category) = self.category {
            Mode::Category(category)
        } else if self.list {
            Mode::List
        } else {
            Mode::Lookup(&self.codes)
        }
    }
}
