//! Looking up the arguments: each one to its entry, or to a message saying why there is none.

use std::ffi::OsString;

use sec_codes::CodeInfo;

use crate::parse::{Query, parse};
use crate::resolve::resolve;
use crate::suggest::suggest;

/// The outcome of looking up every argument.
#[derive(Debug, Default)]
pub struct Lookup {
    /// The entries found, in argument order (repeats kept: one per argument).
    pub found: Vec<&'static CodeInfo>,
    /// One message per argument that named no code, without the program-name prefix.
    pub not_found: Vec<String>,
}

/// Looks up every argument; one that is not UTF-8 is read lossily and so matches nothing.
#[must_use]
pub fn look_up(args: &[OsString]) -> Lookup {
    let mut lookup = Lookup::default();
    for arg in args {
        match look_up_one(&arg.to_string_lossy()) {
            Ok(info) => lookup.found.push(info),
            Err(message) => lookup.not_found.push(message),
        }
    }
    lookup
}

/// One argument's entry, or why it has none.
fn look_up_one(arg: &str) -> Result<&'static CodeInfo, String> {
    let query = parse(arg).map_err(|error| error.to_string())?;
    resolve(&query).ok_or_else(|| not_found(&query))
}

/// Says a query names no code; for a name, with the nearest names as suggestions.
fn not_found(query: &Query) -> String {
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
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn found_and_not_found_in_order() {
        let lookup = look_up(&args(&["-25300", "-1234", "0", "0xZZ"]));
        let names: Vec<_> = lookup.found.iter().map(|info| info.name).collect();
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
        let lookup = look_up(&args(&["errSecItemNotFund"]));
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
        let lookup = look_up(&args(&["4294966062"]));
        assert_eq!(
            lookup.not_found,
            ["-1234 (0xFFFFFB2E) is not a known Security framework result code"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_is_not_found() {
        use std::os::unix::ffi::OsStringExt;
        let lookup = look_up(&[OsString::from_vec(vec![b'I', 0xFF, b'x'])]);
        assert!(lookup.found.is_empty());
        assert_eq!(lookup.not_found.len(), 1);
    }

    #[test]
    fn or_lists() {
        assert_eq!(or_list(&[]), None);
        assert_eq!(or_list(&["a"]).as_deref(), Some("a"));
        assert_eq!(or_list(&["a", "b"]).as_deref(), Some("a or b"));
        assert_eq!(or_list(&["a", "b", "c"]).as_deref(), Some("a, b or c"));
    }
}
