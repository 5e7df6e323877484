//! The `secerr` binary end to end: exact stdout, stderr and exit status.

mod common;

use std::ffi::OsStr;

use common::{Run, secerr, secerr_with_stdin};
use serde_json::Value;

const ITEM_NOT_FOUND: &str = "0xFFFF9D2C -25300 errSecItemNotFound [keychain] \
                              The specified item could not be found in the keychain.";
const SUCCESS: &str = "0x00000000 0 errSecSuccess [system] No error.";
const DISK_FULL: &str = "0xFFFFFFDE -34 errSecDiskFull [system] The disk is full.";
const DSK_FULL: &str = "0xFFFFFFDE -34 errSecDskFull [system] The disk is full. \
                        (deprecated; use errSecDiskFull)";

/// Runs `secerr` and asserts it exited 0 with nothing on stderr.
fn succeeds(args: &[&str]) -> Run {
    let run = secerr(args);
    assert_eq!(run.stderr, "", "stderr of {args:?}");
    assert_eq!(run.code, 0, "exit status of {args:?}");
    run
}

/// Asserts a run succeeded and printed exactly `lines`.
fn assert_prints(args: &[&str], lines: &[&str]) {
    assert_eq!(succeeds(args).lines(), lines, "stdout of {args:?}");
}

/// Asserts a run printed nothing, exactly `stderr` on stderr, and exited 1 (not found).
fn assert_not_found<S: AsRef<OsStr>>(args: &[S], stderr: &str) {
    let run = secerr(args);
    let shown: Vec<_> = args.iter().map(AsRef::as_ref).collect();
    assert_eq!(run.stdout, "", "stdout of {shown:?}");
    assert_eq!(run.stderr, stderr, "stderr of {shown:?}");
    assert_eq!(run.code, 1, "exit status of {shown:?}");
}

#[test]
fn every_input_form_finds_item_not_found() {
    for arg in [
        "-25300",
        "4294941996",
        "0xFFFF9D2C",
        "0xffff9d2c",
        "0XFFFF9D2C",
        "errSecItemNotFound",
        "ItemNotFound",
        "itemnotfound",
        "ITEMNOTFOUND",
        "errsecitemnotfound",
        " -25300 ",
    ] {
        assert_prints(&[arg], &[ITEM_NOT_FOUND]);
    }
}

#[test]
fn several_arguments_print_a_line_each_in_order() {
    assert_prints(
        &["-25300", "0xFFFF9D2C", "ItemNotFound"],
        &[ITEM_NOT_FOUND, ITEM_NOT_FOUND, ITEM_NOT_FOUND],
    );
    assert_prints(
        &["0", "-25300", "-34"],
        &[SUCCESS, ITEM_NOT_FOUND, DISK_FULL],
    );
}

#[test]
fn zero_is_success_in_system() {
    assert_prints(&["0"], &[SUCCESS]);
    assert_prints(&["0x0"], &[SUCCESS]);
}

#[test]
fn an_alias_by_name_is_the_alias_and_by_value_the_primary() {
    assert_prints(&["errSecDskFull"], &[DSK_FULL]);
    assert_prints(&["DskFull"], &[DSK_FULL]);
    assert_prints(&["-34"], &[DISK_FULL]);
}

#[test]
fn an_unknown_number_is_not_found_without_suggestions() {
    for arg in ["-1234", "4294966062", "0xFFFFFB2E"] {
        assert_not_found(
            &[arg],
            "secerr: -1234 (0xFFFFFB2E) is not a known Security framework result code\n",
        );
    }
}

#[test]
fn an_unknown_name_suggests_the_nearest() {
    assert_not_found(
        &["errSecItemNotFund"],
        "secerr: \"errSecItemNotFund\" is not a known Security framework result code; \
         did you mean errSecItemNotFound?\n",
    );
}

#[test]
fn known_arguments_print_even_when_others_are_not_found() {
    let run = secerr(["-25300", "errSecNoSuchThingAtAll", "0"]);
    assert_eq!(run.lines(), [ITEM_NOT_FOUND, SUCCESS]);
    assert_eq!(
        run.stderr,
        "secerr: \"errSecNoSuchThingAtAll\" is not a known Security framework result code\n"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn malformed_arguments_are_not_found_and_never_panic() {
    let cases = [
        (
            "4294967296",
            "secerr: 4294967296 does not fit in a 32-bit OSStatus\n",
        ),
        (
            "-2147483649",
            "secerr: -2147483649 does not fit in a 32-bit OSStatus\n",
        ),
        ("0x", "secerr: \"0x\" is not a number, hex value or name\n"),
        (
            "0xZZ",
            "secerr: \"0xZZ\" is not a number, hex value or name\n",
        ),
        ("", "secerr: an empty argument is not a result code\n"),
        (
            "日本語",
            "secerr: \"日本語\" is not a known Security framework result code\n",
        ),
    ];
    for (arg, stderr) in cases {
        assert_not_found(&[arg], stderr);
    }
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_not_found() {
    use std::os::unix::ffi::OsStrExt;
    assert_not_found(
        &[OsStr::from_bytes(b"Item\xFFNotFound")],
        "secerr: \"Item\u{FFFD}NotFound\" is not a known Security framework result code; \
         did you mean errSecItemNotFound?\n",
    );
}

#[test]
fn a_negative_number_before_an_option() {
    let run = succeeds(&["-25300", "--json"]);
    let array: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(array[0]["value"], -25300);
}

#[test]
fn search_matches_in_any_case() {
    let run = succeeds(&["--search", "KeyChain"]);
    let lines = run.lines();
    assert!(lines.len() > 10, "{} lines", lines.len());
    for line in &lines {
        assert!(line.to_lowercase().contains("keychain"), "{line}");
    }
    assert!(lines.contains(&ITEM_NOT_FOUND));
}

#[test]
fn search_without_a_match_fails() {
    assert_not_found(
        &["--search", "no such phrase"],
        "secerr: no result code matches \"no such phrase\"\n",
    );
}

#[test]
fn category_lists_exactly_its_codes() {
    let run = succeeds(&["--category", "code-signing"]);
    let lines = run.lines();
    assert_eq!(lines.len(), 11);
    assert!(lines.iter().all(|line| line.contains(" [code_signing] ")));
    let names: Vec<_> = lines
        .iter()
        .map(|line| line.split(' ').nth(2).unwrap())
        .collect();
    // The same codes, in the same order, as the whole list has in that category.
    let list = secerr(["--list"]);
    let expected: Vec<_> = list
        .lines()
        .into_iter()
        .filter(|line| line.contains(" [code_signing] "))
        .map(|line| line.split(' ').nth(2).unwrap())
        .collect();
    assert_eq!(names, expected);
    assert_eq!(
        lines[0],
        "0xFFFEF7C1 -67647 errSecCodeSigningBadCertChainLength [code_signing] \
         Code signing encountered an incorrect certificate chain length."
    );
    // Any case and separator name the same category.
    assert_eq!(secerr(["--category", "CODE_SIGNING"]).stdout, run.stdout);
    assert_eq!(secerr(["--category", "CodeSigning"]).stdout, run.stdout);
}

#[test]
fn category_includes_aliases() {
    let run = secerr(["--category", "system"]);
    assert!(run.lines().contains(&DSK_FULL));
    assert!(run.lines().contains(&DISK_FULL));
}

#[test]
fn one_code_as_json() {
    let run = succeeds(&["--json", "-25300"]);
    let array: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        array,
        serde_json::json!([{
            "name": "errSecItemNotFound",
            "value": -25300,
            "hex": "0xFFFF9D2C",
            "category": "keychain",
            "doc": "The item cannot be found.",
            "message": "The specified item could not be found in the keychain.",
            "deprecated": false,
            "alias_of": null,
        }])
    );
}

#[test]
fn an_alias_as_json() {
    let run = secerr(["--json", "errSecDskFull"]);
    let array: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(array[0]["name"], "errSecDskFull");
    assert_eq!(array[0]["value"], -34);
    assert_eq!(array[0]["deprecated"], true);
    assert_eq!(array[0]["alias_of"], "errSecDiskFull");
}

#[test]
fn json_with_nothing_found_is_an_empty_array() {
    let run = secerr(["--json", "-1234"]);
    assert_eq!(run.stdout, "[]\n");
    assert_eq!(run.code, 1);
}

#[test]
fn no_arguments_is_a_usage_error() {
    let run = secerr::<[&str; 0], &str>([]);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("Usage: secerr"), "{}", run.stderr);
    assert_eq!(run.code, 2);
    // `--json` alone chooses no codes either.
    assert_eq!(secerr(["--json"]).code, 2);
}

#[test]
fn two_modes_at_once_is_a_usage_error() {
    assert_eq!(secerr(["--list", "--category", "keychain"]).code, 2);
    assert_eq!(secerr(["-25300", "--list"]).code, 2);
}

#[test]
fn help_exits_zero() {
    let run = secerr(["--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Usage: secerr"), "{}", run.stdout);
    assert_eq!(run.stderr, "");
}

#[test]
fn security_format_prints_what_macos_security_error_prints() {
    assert_prints(
        &["--format", "security", "-25300", "0", "errSecDskFull"],
        &[
            "Error: 0xFFFF9D2C -25300 The specified item could not be found in the keychain.",
            "Error: 0x00000000 0 No error.",
            "Error: 0xFFFFFFDE -34 The disk is full.",
        ],
    );
    // The default is the line format.
    assert_prints(&["--format", "line", "-25300"], &[ITEM_NOT_FOUND]);
    // Any number gets macOS's line, a known code or not; a name that names none is an error.
    assert_prints(
        &["--format", "security", "-1234"],
        &["Error: 0xFFFFFB2E -1234 unknown error -1234=fffffffffffffb2e"],
    );
    let run = secerr(["--format", "security", "errSecNoSuchThing"]);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.starts_with(
            "secerr: \"errSecNoSuchThing\" is not a known Security framework result code"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(run.code, 1);
}

#[test]
fn security_format_with_json_is_a_usage_error() {
    let run = secerr(["--format", "security", "--json", "-25300"]);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("cannot be used with"), "{}", run.stderr);
    assert_eq!(run.code, 2);
}

#[test]
fn a_dash_reads_codes_from_stdin() {
    let run = secerr_with_stdin(
        ["-34", "-", "0"],
        b"ItemNotFound  0xffff9d2c\n\n\tnope\n-25300",
    );
    assert_eq!(
        run.lines(),
        [
            DISK_FULL,
            ITEM_NOT_FOUND,
            ITEM_NOT_FOUND,
            ITEM_NOT_FOUND,
            SUCCESS
        ]
    );
    assert_eq!(
        run.stderr,
        "secerr: \"nope\" is not a known Security framework result code\n"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_dash_with_empty_stdin_finds_nothing_and_succeeds() {
    let run = secerr_with_stdin(["-"], b"");
    assert_eq!(
        (run.stdout.as_str(), run.stderr.as_str(), run.code),
        ("", "", 0)
    );
}

#[test]
fn categories_lists_every_key_with_its_count_and_title() {
    let run = succeeds(&["--categories"]);
    let lines = run.lines();
    assert_eq!(lines.len(), 26);
    assert_eq!(lines[0], "system                   11  System Result Codes");
    assert!(lines.contains(&"code_signing             11  Code Signing Result Codes"));
    assert!(lines.contains(&"code_signing_services    84  Code Signing Services Result Codes"));
    // Each count is the number of lines `--category` prints for that key.
    let keychain = lines.iter().find(|l| l.starts_with("keychain ")).unwrap();
    assert!(keychain.contains(" 30 "), "{keychain}");
    assert_eq!(secerr(["--category", "keychain"]).lines().len(), 30);

    let json: Value = serde_json::from_str(&succeeds(&["--categories", "--json"]).stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 26);
    assert_eq!(
        json[20],
        serde_json::json!({
            "key": "code_signing_services",
            "title": "Code Signing Services Result Codes",
            "names": 84
        })
    );
    assert_eq!(secerr(["--categories", "--list"]).code, 2);
}

#[test]
fn category_without_a_key_lists_the_categories() {
    assert_eq!(
        succeeds(&["--category"]).stdout,
        succeeds(&["--categories"]).stdout
    );
    assert_eq!(
        succeeds(&["--category", "--json"]).stdout,
        succeeds(&["--categories", "--json"]).stdout
    );
}

#[test]
fn an_unknown_category_suggests_a_key_and_lists_them_all() {
    let run = secerr(["--category", "keychian"]);
    assert!(
        run.stderr
            .contains("unknown category \"keychian\"; did you mean keychain?\n")
    );
    assert!(
        run.stderr
            .contains("\nsecure_transport         77  Secure Transport Result Codes\n")
    );
    assert_eq!(run.code, 2);
    for tls in ["tls", "SSL"] {
        let run = secerr(["--category", tls]);
        assert!(
            run.stderr.contains("did you mean secure_transport?"),
            "{}",
            run.stderr
        );
        assert_eq!(run.code, 2);
    }
}

#[test]
fn help_says_which_code_signing_category_is_which() {
    let help = secerr(["--help"]).stdout;
    assert!(help.contains("code_signing_services (errSecCS*"), "{help}");
    assert!(
        help.contains("code_signing is the certificate-policy codes"),
        "{help}"
    );
}

#[test]
fn search_treats_underscore_dash_and_space_alike() {
    let names = |text: &str| {
        succeeds(&["--search", text])
            .lines()
            .iter()
            .map(|line| line.split(' ').nth(2).unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let spaced = names("not trusted");
    assert!(
        spaced.contains(&"CSSMERR_TP_NOT_TRUSTED".to_owned()),
        "{spaced:?}"
    );
    assert_eq!(spaced, names("not_trusted"));
    assert_eq!(spaced, names("Not-Trusted"));
}

#[test]
fn the_errno_range_is_known() {
    assert_prints(
        &["100013", "eacces", "UNIX_200"],
        &[
            "0x000186AD 100013 UNIX_EACCES [system] UNIX[Permission denied]",
            "0x000186AD 100013 UNIX_EACCES [system] UNIX[Permission denied]",
            "0x00018768 100200 UNIX_200 [system] UNIX[Unknown error: 200]",
        ],
    );
    assert_not_found(
        &["100256"],
        "secerr: 100256 (0x000187A0) is not a known Security framework result code\n",
    );
}
