//! Looking up the arguments: each one to its entry, or to a message saying why there is none.

use std::ffi::OsString;
use std::io::Read;

use crate::catalogue::{Entry, describe, lookup};
use crate::parse::{Query, parse};
use crate::suggest::suggest;

/// The outcome of looking up every argument.
#[derive(Debug, Default)]
pub struct Lookup {
    /// The entries found, in argument order (repeats kept: one per argument).
    pub found: Vec<Entry>,
    /// One message per argument that named no code, without the program-name prefix, for the
    /// first [`MAX_REPORTED`]; then one message that counts the rest.
    pub not_found: Vec<String>,
}

/// How many arguments that name no code are reported one by one (with suggestions). A list
/// pulled from a big log, or random bytes on `secerr -`, may hold thousands; the rest are
/// counted, so that neither the time nor standard error grows with them.
const MAX_REPORTED: usize = 20;

/// The argument that stands for the codes on standard input.
const STDIN: &str = "-";

/// Looks up every argument; one that is not UTF-8 is read lossily and so matches nothing.
///
/// An argument `-` is replaced by the whitespace-separated words of `stdin`, read to its end
/// the first time (a second `-` finds it empty); a read error is one more thing not found.
#[must_use]
pub fn look_up(args: &[OsString], stdin: &mut dyn Read) -> Lookup {
    let mut found = Vec::new();
    let not_found = each_word(args, stdin, |word, detailed| {
        look_up_one(word, detailed).map(|entry| found.push(entry))
    });
    Lookup { found, not_found }
}

/// The status of every argument, for `--format security`: a number as given, whether or not it
/// is a known code (macOS prints a line for any); a name's value.
#[derive(Debug, Default)]
pub struct Statuses {
    /// One status per argument that is a number or a known name, in argument order.
    pub values: Vec<i32>,
    /// One message per argument that is neither (as for [`Lookup::not_found`]).
    pub not_found: Vec<String>,
}

/// The status of every argument, read as [`look_up`] reads them.
#[must_use]
pub fn statuses(args: &[OsString], stdin: &mut dyn Read) -> Statuses {
    let mut values = Vec::new();
    let not_found = each_word(args, stdin, |word, detailed| {
        status_of(word, detailed).map(|value| values.push(value))
    });
    Statuses { values, not_found }
}

/// Calls `each` with every argument, or for `-` every word of `stdin`; returns the messages of
/// the words `each` failed on, and of a failed read: one by one for the first [`MAX_REPORTED`]
/// (`each` is told to explain them: `detailed`), then a count of the rest (`each` is told not to
/// spend a suggestion search on them).
fn each_word(
    args: &[OsString],
    stdin: &mut dyn Read,
    mut each: impl FnMut(&str, bool) -> Result<(), String>,
) -> Vec<String> {
    let mut not_found = Vec::new();
    let mut unreported = 0_usize;
    let mut one = |word: &str, not_found: &mut Vec<String>| {
        let detailed = not_found.len() < MAX_REPORTED;
        match each(word, detailed) {
            Ok(()) => {}
            Err(message) if detailed => not_found.push(message),
            Err(_) => unreported += 1,
        }
    };
    for arg in args {
        if arg == STDIN {
            let mut bytes = Vec::new();
            match stdin.read_to_end(&mut bytes) {
                Ok(_) => {
                    for word in String::from_utf8_lossy(&bytes).split_whitespace() {
                        one(word, &mut not_found);
                    }
                }
                Err(error) => not_found.push(format!("cannot read the standard input: {error}")),
            }
        } else {
            one(&arg.to_string_lossy(), &mut not_found);
        }
    }
    if unreported > 0 {
        not_found.push(format!(
            "… and {unreported} more that name no Security framework result code"
        ));
    }
    not_found
}

/// One argument's entry, or why it has none (when `detailed`; an empty message otherwise).
fn look_up_one(arg: &str, detailed: bool) -> Result<Entry, String> {
    let query = parse(arg).map_err(|error| error.to_string())?;
    resolve(&query).ok_or_else(|| not_found(&query, detailed))
}

/// The entry for a query: by value the primary name (`-34` is `errSecDiskFull`, not its
/// deprecated alias), by name exactly that entry, alias or not.
fn resolve(query: &Query) -> Option<Entry> {
    match query {
        Query::Value(value) => describe(*value),
        Query::Name(name) => lookup(name),
    }
}

/// One argument's status: any number, or the value of a known name.
fn status_of(arg: &str, detailed: bool) -> Result<i32, String> {
    match parse(arg).map_err(|error| error.to_string())? {
        Query::Value(value) => Ok(value),
        query => resolve(&query)
            .map(|entry| entry.value)
            .ok_or_else(|| not_found(&query, detailed)),
    }
}

/// Says a query names no code; for a name, with the nearest names as suggestions. Nothing when
/// not `detailed`: the message would not be shown.
fn not_found(query: &Query, detailed: bool) -> String {
    if !detailed {
        return String::new();
    }
    let mut message = format!("{query} is not a known Security framework result code");
    if let Query::Name(name) = query {
        // Only names get suggestions: a nearby number is no hint of what was meant.
        if let Some(list) = or_list(&suggest(name)) {
            message.push_str("; did you mean ");
            message.push_str(&list);
            message.push('?');
        }
    }
    message
}

/// `a`, `a or b`, `a, b or c`; `None` for no items.
fn or_list(items: &[&str]) -> Option<String> {
    let (last, rest) = items.split_last()?;
    Some(if rest.is_empty() {
        (*last).to_owned()
    } else {
        format!("{} or {last}", rest.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use std::io;

    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn found_and_not_found_in_order() {
        let lookup = look_up(&args(&["-25300", "-1234", "0", "0xZZ"]), &mut io::empty());
        let names: Vec<_> = lookup.found.iter().map(|entry| entry.name).collect();
        assert_eq!(names, ["errSecItemNotFound", "errSecSuccess"]);
        assert_eq!(
            lookup.not_found,
            [
                "-1234 (0xFFFFFB2E) is not a known Security framework result code",
                "\"0xZZ\" is not a number, hex value or name",
            ]
        );
    }

    #[test]
    fn an_unknown_name_gets_suggestions() {
        let lookup = look_up(&args(&["errSecItemNotFund"]), &mut io::empty());
        assert!(lookup.found.is_empty());
        assert_eq!(lookup.not_found.len(), 1);
        assert!(
            lookup.not_found[0].starts_with(
                "\"errSecItemNotFund\" is not a known Security framework result code; \
                 did you mean errSecItemNotFound"
            ),
            "{}",
            lookup.not_found[0]
        );
    }

    #[test]
    fn an_unknown_value_gets_none() {
        // Shown in signed form and hex whatever form it was typed in, with no suggestion.
        let lookup = look_up(&args(&["4294966062"]), &mut io::empty());
        assert_eq!(
            lookup.not_found,
            ["-1234 (0xFFFFFB2E) is not a known Security framework result code"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_is_not_found() {
        use std::os::unix::ffi::OsStringExt;
        let lookup = look_up(
            &[OsString::from_vec(vec![b'I', 0xFF, b'x'])],
            &mut io::empty(),
        );
        assert!(lookup.found.is_empty());
        assert_eq!(lookup.not_found.len(), 1);
    }

    #[test]
    fn a_dash_reads_words_from_stdin_in_place() {
        let mut stdin = &b"ItemNotFound\t0x0\n\n  -34 nope\n-1234"[..];
        let lookup = look_up(&args(&["-4", "-", "-25300", "-"]), &mut stdin);
        let values: Vec<_> = lookup.found.iter().map(|entry| entry.value).collect();
        assert_eq!(values, [-4, -25300, 0, -34, -25300]);
        assert_eq!(
            lookup.not_found,
            [
                "\"nope\" is not a known Security framework result code",
                "-1234 (0xFFFFFB2E) is not a known Security framework result code",
            ]
        );
    }

    #[test]
    fn a_stdin_read_error_is_reported() {
        /// A reader that always fails.
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("boom"))
            }
        }
        let lookup = look_up(&args(&["-"]), &mut Broken);
        assert!(lookup.found.is_empty());
        assert_eq!(lookup.not_found, ["cannot read the standard input: boom"]);
    }

    #[test]
    fn past_the_first_unknowns_only_a_count_is_reported() {
        let mut stdin = "nope ".repeat(MAX_REPORTED + 5).into_bytes();
        stdin.extend_from_slice(b"-25300 zz");
        let lookup = look_up(&args(&["-"]), &mut &stdin[..]);
        assert_eq!(lookup.found.len(), 1);
        assert_eq!(lookup.not_found.len(), MAX_REPORTED + 1);
        assert_eq!(
            lookup.not_found.last().map(String::as_str),
            Some("… and 6 more that name no Security framework result code")
        );
    }

    #[test]
    fn or_lists() {
        assert_eq!(or_list(&[]), None);
        assert_eq!(or_list(&["a"]).as_deref(), Some("a"));
        assert_eq!(or_list(&["a", "b"]).as_deref(), Some("a or b"));
        assert_eq!(or_list(&["a", "b", "c"]).as_deref(), Some("a, b or c"));
    }

    /// The name of the entry a query resolves to.
    fn name_of(query: Query) -> Option<&'static str> {
        resolve(&query).map(|entry| entry.name)
    }

    #[test]
    fn by_value_gives_the_primary_name() {
        assert_eq!(name_of(Query::Value(-25300)), Some("errSecItemNotFound"));
        assert_eq!(name_of(Query::Value(-34)), Some("errSecDiskFull"));
        assert_eq!(name_of(Query::Value(0)), Some("errSecSuccess"));
        assert_eq!(name_of(Query::Value(-1234)), None);
    }

    #[test]
    fn by_name_in_any_case() {
        for name in [
            "errSecItemNotFound",
            "ItemNotFound",
            "itemnotfound",
            "ERRSECITEMNOTFOUND",
            "errsecItemNotFound",
        ] {
            assert_eq!(
                name_of(Query::Name(name.into())),
                Some("errSecItemNotFound"),
                "{name}"
            );
        }
    }

    #[test]
    fn an_alias_by_name_is_the_alias() {
        assert_eq!(
            name_of(Query::Name("errSecDskFull".into())),
            Some("errSecDskFull")
        );
        assert_eq!(
            name_of(Query::Name("dskfull".into())),
            Some("errSecDskFull")
        );
    }

    #[test]
    fn unknown_names() {
        assert_eq!(name_of(Query::Name("errSecItemNotFund".into())), None);
        assert_eq!(name_of(Query::Name("errSec".into())), None);
        assert_eq!(name_of(Query::Name("ItemNotFound ".into())), None);
        assert_eq!(name_of(Query::Name("ＩｔｅｍNotFound".into())), None);
    }
}
