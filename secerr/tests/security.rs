//! `--format security` against what macOS's `security error` prints: `Error: 0x%08X %d %s` with
//! `cssmErrorString`'s text. Expected lines are derived from the workspace's reference copies
//! (`tests/data/families.tsv`, `tests/data/macos-errno.tsv`; see the README there), not from the
//! catalogue; so this file is left out of the published package, which does not hold them.

mod common;

use std::collections::BTreeMap;

use common::{secerr, secerr_with_stdin};

const FAMILIES: &str = include_str!("../../tests/data/families.tsv");
const ERRNO: &str = include_str!("../../tests/data/macos-errno.tsv");

/// `security error`'s line for a status and the text `cssmErrorString` gives it.
fn line(status: i32, text: &str) -> String {
    // `{:X}` of a negative `i32` is its 32-bit two's complement, as C's `%X`.
    format!("Error: 0x{status:08X} {status} {text}")
}

/// `cssmErrorString`'s text for a status the framework has no text for: `%ld=%lx` of a `long`.
fn unknown(status: i32) -> String {
    // `{:x}` of a signed integer writes its two's complement bits, as C's `%lx` of a `long`.
    format!("unknown error {status}={:x}", i64::from(status))
}

/// Runs secerr with `--format security` and `args` (after `--`, so that negative numbers are
/// not options), and asserts it exits 0, prints nothing on stderr, and prints `lines`.
fn assert_prints(args: &[String], lines: &[String]) {
    let run = secerr(
        ["--format", "security", "--"]
            .iter()
            .map(ToString::to_string)
            .chain(args.iter().cloned()),
    );
    assert_eq!(run.stderr, "");
    assert_eq!(run.lines(), lines);
    assert_eq!(run.code, 0);
}

/// `(name, value, macos_message)` of every row of `families.tsv`.
fn families() -> Vec<(&'static str, i32, &'static str)> {
    let mut lines = FAMILIES.lines();
    let header: Vec<_> = lines.next().unwrap().split('\t').collect();
    assert_eq!(
        (header[2], header[3], header[5]),
        ("name", "value", "macos_message")
    );
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (fields[2], fields[3].parse().unwrap(), fields[5])
        })
        .collect()
}

#[test]
fn the_issues_table() {
    let args = ["-2070", "-60500", "-20052", "12345", "100013"].map(String::from);
    assert_prints(
        &args,
        &[
            "Error: 0xFFFFF7EA -2070 errSecInternalComponent",
            "Error: 0xFFFF13AC -60500 unknown error -60500=ffffffffffff13ac",
            "Error: 0xFFFFB1AC -20052 unknown error -20052=ffffffffffffb1ac",
            "Error: 0x00003039 12345 unknown error 12345=3039",
            "Error: 0x000186AD 100013 UNIX[Permission denied]",
        ]
        .map(String::from),
    );
}

/// Every value of `families.tsv` but the errno range's two markers (see
/// `the_errno_range_against_macos_table`): its `macos_message` if the row has one; else another
/// row's of the same value (macOS looks the value up: `errSessionInternal`'s -60008 is also
/// `errAuthorizationInternal`'s), else `unknown error`. Module-relative `CSSM_ERRCODE_*` numbers
/// included: the strings tables hold `OSStatus <n>` for them.
#[test]
fn every_value_of_the_headers() {
    let rows = families();
    assert_eq!(rows.len(), 1166);
    let mut by_value: BTreeMap<i32, &str> = BTreeMap::new();
    for &(name, value, text) in &rows {
        if !text.is_empty() {
            let first = *by_value.entry(value).or_insert(text);
            assert_eq!(first, text, "{name}: rows of one value disagree");
        }
    }
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|(name, ..)| !["errSecErrnoBase", "errSecErrnoLimit"].contains(name))
        .collect();
    let expected: Vec<String> = rows
        .iter()
        .map(|&(_, value, _)| match by_value.get(&value) {
            Some(text) => line(value, text),
            None => line(value, &unknown(value)),
        })
        .collect();
    let module_relative = rows
        .iter()
        .filter(|(name, ..)| name.starts_with("CSSM_ERRCODE_"));
    assert_eq!(module_relative.count(), 67);
    assert_eq!(
        expected
            .iter()
            .filter(|line| line.contains(" unknown error "))
            .count(),
        6,
        "errSessionInvalidId and 3 more errSession*, 2 errSecureDownload*"
    );
    // By value, as numbers.
    let values: Vec<String> = rows.iter().map(|(_, value, _)| value.to_string()).collect();
    assert_prints(&values, &expected);
    // By name: a name is read as its value (macOS's tool reads names as 0); the module-relative
    // codes are no names of the catalogue.
    let (names, by_name): (Vec<String>, Vec<String>) = rows
        .iter()
        .zip(&expected)
        .filter(|((name, ..), _)| !name.starts_with("CSSM_ERRCODE_"))
        .map(|((name, ..), line)| ((*name).to_owned(), line.clone()))
        .unzip();
    assert_eq!(names.len(), 1097);
    assert_prints(&names, &by_name);
}

#[test]
fn the_errno_range_against_macos_table() {
    let mut lines = ERRNO.lines();
    assert_eq!(
        lines.next(),
        Some("errno\tname\tstrerror\tsecurity_osstatus\tsecurity_message")
    );
    let table: Vec<(i32, &str)> = lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (fields[3].parse().unwrap(), fields[4])
        })
        .collect();
    assert_eq!(table.len(), 108);
    let expected: Vec<String> = (0..=255)
        .map(|errno| {
            let status = 100_000 + errno;
            match table.get(usize::try_from(errno).unwrap()) {
                Some(&(osstatus, text)) => {
                    assert_eq!(osstatus, status);
                    line(status, text)
                }
                None => line(status, &format!("UNIX[Unknown error: {errno}]")),
            }
        })
        .collect();
    let values: Vec<String> = (100_000..=100_255)
        .map(|value: i32| value.to_string())
        .collect();
    assert_prints(&values, &expected);
    // The points the issue names, and either side of the range.
    let args = [
        "100000", "100013", "100107", "100108", "100255", "99999", "100256",
    ];
    assert_prints(
        &args.map(String::from),
        &[
            "Error: 0x000186A0 100000 UNIX[Undefined error: 0]",
            "Error: 0x000186AD 100013 UNIX[Permission denied]",
            "Error: 0x0001870B 100107 UNIX[Capabilities insufficient]",
            "Error: 0x0001870C 100108 UNIX[Unknown error: 108]",
            "Error: 0x0001879F 100255 UNIX[Unknown error: 255]",
            "Error: 0x0001869F 99999 unknown error 99999=1869f",
            "Error: 0x000187A0 100256 unknown error 100256=187a0",
        ]
        .map(String::from),
    );
    // Names of the range as lookups take them.
    assert_prints(
        &["EACCES", "unix_eacces", "UNIX_200"].map(String::from),
        &[
            "Error: 0x000186AD 100013 UNIX[Permission denied]",
            "Error: 0x000186AD 100013 UNIX[Permission denied]",
            "Error: 0x00018768 100200 UNIX[Unknown error: 200]",
        ]
        .map(String::from),
    );
}

#[test]
fn numbers_parse_as_in_every_mode() {
    // Unsigned 32-bit, hex, a sign; a leading 0 is decimal (macOS's strtoul would read octal).
    assert_prints(
        &["4294941996", "0xffff9d2c", "+12345", "010", "0xFFFFFFFF"].map(String::from),
        &[
            "Error: 0xFFFF9D2C -25300 The specified item could not be found in the keychain.",
            "Error: 0xFFFF9D2C -25300 The specified item could not be found in the keychain.",
            "Error: 0x00003039 12345 unknown error 12345=3039",
            "Error: 0x0000000A 10 OSStatus 10",
            "Error: 0xFFFFFFFF -1 unknown error -1=ffffffffffffffff",
        ]
        .map(String::from),
    );
    assert_prints(
        &["-2147483648", "2147483647"].map(String::from),
        &[
            "Error: 0x80000000 -2147483648 unknown error -2147483648=ffffffff80000000",
            "Error: 0x7FFFFFFF 2147483647 unknown error 2147483647=7fffffff",
        ]
        .map(String::from),
    );
}

#[test]
fn an_unknown_name_is_an_error_and_the_rest_still_prints() {
    let run = secerr_with_stdin(
        [
            "--format",
            "security",
            "--",
            "12345",
            "errSecItemNotFund",
            "-",
            "4294967296",
        ],
        b"-25300 nope",
    );
    assert_eq!(
        run.lines(),
        [
            "Error: 0x00003039 12345 unknown error 12345=3039",
            "Error: 0xFFFF9D2C -25300 The specified item could not be found in the keychain.",
        ]
    );
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 3, "{}", run.stderr);
    assert!(errors[0].starts_with(
        "secerr: \"errSecItemNotFund\" is not a known Security framework result code; did you mean"
    ));
    assert_eq!(
        errors[1],
        "secerr: \"nope\" is not a known Security framework result code"
    );
    assert_eq!(
        errors[2],
        "secerr: 4294967296 does not fit in a 32-bit OSStatus"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn listings_print_each_code_as_its_value() {
    let run = secerr(["--format", "security", "--category", "session"]);
    assert_eq!(
        run.lines(),
        [
            "Error: 0x00000000 0 No error.",
            "Error: 0xFFFF13AC -60500 unknown error -60500=ffffffffffff13ac",
            "Error: 0xFFFF13AB -60501 unknown error -60501=ffffffffffff13ab",
            "Error: 0xFFFF13AA -60502 unknown error -60502=ffffffffffff13aa",
            "Error: 0xFFFF13A9 -60503 unknown error -60503=ffffffffffff13a9",
            "Error: 0xFFFF1598 -60008 Unable to obtain authorization for this operation.",
            "Error: 0xFFFF1595 -60011 The provided option flag(s) are invalid for this \
             authorization operation.",
        ]
    );
    assert_eq!(run.code, 0);
}
