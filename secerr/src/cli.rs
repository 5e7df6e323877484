//! The command line's shape, declared with clap's derive API.

use std::ffi::OsString;

use clap::{ArgGroup, Parser};

use crate::catalogue;
use crate::render::Format;

/// What `--help` adds after the options: the exact rule of `--explain` (the one text that the
/// library documentation also shows), and the exit status.
const AFTER_LONG_HELP: &str = concat!(
    include_str!("../EXPLAIN.md"),
    "
--format security prints, for each number, exactly the line macOS's `security error` prints for
that status, `Error: 0x%08X %d ` and the framework's own text (which for some codes is the bare
name), `UNIX[...]` for 100000-100255 (errSecErrnoBase + errno), or `unknown error %ld=%lx`:

    Error: 0x00003039 12345 unknown error 12345=3039

Unlike macOS's tool, it reads a name as its code's value (macOS reads any name as 0), a leading
0 as decimal (macOS: octal), and exits as below (macOS always exits 1): every number prints a
line, known or not; a name that names no code, or a number outside 32 bits, is an error.

Exit status: 0 when everything asked for was found (for --explain, when every input was read,
whether or not it mentioned codes), 1 when something was not found, an input could not be read
or the output could not be written, 2 on a usage error. A reader that goes away (`secerr --list
| head`) is not an error: secerr stops quietly with the status it would otherwise have."
);

/// Look up Apple Security framework result codes (OSStatus) by value or by name, or explain
/// the codes in a log.
///
/// Each CODE may be a signed decimal (-25300), its unsigned 32-bit form (4294941996), hex as
/// macOS's security error command prints it (0xFFFF9D2C), an Apple name (errSecItemNotFound) or
/// the name without its prefix (ItemNotFound); names match in any case. A CODE of `-` reads
/// more codes from standard input, separated by whitespace.
#[derive(Debug, Parser)]
#[command(name = "secerr", version, after_long_help = AFTER_LONG_HELP)]
// `mode`: the mode flags, at most one of them; none is a lookup of the CODEs. The positional
// arguments are the input of the lookup and of --explain (its files, so that `secerr --explain
// --json app.log` reads app.log); the listings take none (`conflicts_with_all` on `codes`).
// `input`: a mode or a CODE is required, none at all is a usage error (exit 2) whose usage line
// lists every way in.
#[command(group(ArgGroup::new("mode").multiple(false).args(LISTINGS).arg("explain")))]
#[command(group(
    ArgGroup::new("input").required(true).multiple(true).arg("codes").args(LISTINGS).arg("explain")
))]
pub struct Cli {
    /// Codes to look up: numbers, hex values or names; `-` reads them from standard input.
    /// With --explain, the files to read (`-` for standard input).
    // `OsString`, not `String`: a non-UTF-8 argument is reported as not found rather than
    // rejected as a usage error, like any other argument that names no code; and a file name
    // need not be UTF-8.
    #[arg(value_name = "CODE|FILE", allow_negative_numbers = true,
          conflicts_with_all = LISTINGS)]
    pub codes: Vec<OsString>,

    /// List the codes whose name, message or documentation contains TEXT (any case; `_`, `-` and
    /// a space match each other: `not trusted` finds CSSMERR_TP_NOT_TRUSTED).
    #[arg(long, value_name = "TEXT", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub search: Option<String>,

    /// List the codes of one category, e.g. keychain, secure_transport (errSSL*, TLS) or
    /// code_signing_services (errSecCS*, Apple's code-signing API; code_signing is the
    /// certificate-policy codes); any case, `-` or `_`. Without KEY, lists the categories as
    /// --categories does; an unknown KEY is an error that lists them.
    // `Option<Option<_>>`: the flag may come without its value.
    #[arg(long, value_name = "KEY", value_parser = parse_category, num_args = 0..=1)]
    pub category: Option<Option<&'static str>>,

    /// List every category: key, number of names and title.
    #[arg(long)]
    pub categories: bool,

    /// List every code of the catalogue.
    #[arg(long)]
    pub list: bool,

    /// Copy each FILE (standard input if none, or for `-`) with a note after each line that
    /// mentions a result code (see --help for the exact rule).
    #[arg(long)]
    pub explain: bool,

    /// Print JSON: an array of objects, or for --explain one object per code found per line.
    #[arg(long)]
    pub json: bool,

    /// How to print each code: `line` (hex, value, name, category, message) or `security`
    /// (the line macOS's `security error` prints for the status, exactly; see --help).
    #[arg(long, value_enum, default_value_t, conflicts_with_all = ["json", "explain"])]
    pub format: Format,
}

/// The modes that list codes or categories (with --explain, the `mode` group): they read no
/// CODE or FILE.
const LISTINGS: [&str; 4] = ["search", "category", "categories", "list"];

/// The canonical key of a category named loosely; else a nearby key and the table of them all.
fn parse_category(text: &str) -> Result<&'static str, String> {
    catalogue::category_key(text).ok_or_else(|| crate::categories::unknown(text))
}

/// What the user asked for, once clap has checked that at most one mode flag was given (none is
/// a lookup).
#[derive(Debug)]
pub enum Mode<'a> {
    /// Look up each argument.
    Lookup(&'a [OsString]),
    /// Search names, messages and docs for the text.
    Search(&'a str),
    /// List one category, by canonical key.
    Category(&'static str),
    /// List the whole catalogue.
    List,
    /// List the categories.
    Categories,
    /// Copy these inputs with notes.
    Explain(&'a [OsString]),
}

impl Cli {
    /// The mode chosen; the `mode` group guarantees at most one mode flag is present.
    #[must_use]
    pub fn mode(&self) -> Mode<'_> {
        if let Some(text) = &self.search {
            Mode::Search(text)
        } else if let Some(Some(key)) = self.category {
            Mode::Category(key)
        } else if self.categories || self.category.is_some() {
            Mode::Categories
        } else if self.list {
            Mode::List
        } else if self.explain {
            Mode::Explain(&self.codes)
        } else {
            Mode::Lookup(&self.codes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn explain_takes_zero_or_more_files() {
        let cli = Cli::try_parse_from(["secerr", "--explain"]).unwrap();
        assert!(matches!(cli.mode(), Mode::Explain([])));
        let cli = Cli::try_parse_from(["secerr", "--explain", "a.log", "-", "--json"]).unwrap();
        assert!(matches!(cli.mode(), Mode::Explain([a, b]) if a == "a.log" && b == "-"));
        assert!(cli.json);
        let cli = Cli::try_parse_from(["secerr", "--explain", "--json", "a.log"]).unwrap();
        assert!(matches!(cli.mode(), Mode::Explain([a]) if a == "a.log"));
        let cli = Cli::try_parse_from(["secerr", "a.log", "--explain"]).unwrap();
        assert!(matches!(cli.mode(), Mode::Explain([a]) if a == "a.log"));
    }

    #[test]
    fn modes_exclude_each_other() {
        for args in [
            &["secerr", "--list", "--category", "keychain"][..],
            &["secerr", "-25300", "--list"],
            &["secerr", "--explain", "--list"],
            &["secerr", "--explain", "--search", "x"],
            &["secerr", "--search", "x", "-4"],
            &["secerr", "--category", "keychain", "--explain"],
        ] {
            assert!(Cli::try_parse_from(args).is_err(), "{args:?}");
        }
    }

    #[test]
    fn format_conflicts_with_json_and_explain() {
        assert!(Cli::try_parse_from(["secerr", "-4", "--format", "security", "--json"]).is_err());
        assert!(Cli::try_parse_from(["secerr", "--explain", "--format", "security"]).is_err());
        let cli = Cli::try_parse_from(["secerr", "-4", "--format", "security"]).unwrap();
        assert_eq!(cli.format, Format::Security);
    }
}
