//! `secerr --explain`: the text through unchanged, exact notes, JSON findings, files and errors.

mod common;

use std::path::PathBuf;

use common::{secerr, secerr_with_stdin};
use serde_json::Value;

const ITEM_NOT_FOUND: &str = "    ^ -25300 0xFFFF9D2C errSecItemNotFound [keychain] \
                              The specified item could not be found in the keychain.";
const PARAM: &str = "    ^ -50 0xFFFFFFCE errSecParam [system] \
                     One or more parameters passed to a function were not valid.";
const DSK_FULL: &str = "    ^ -34 0xFFFFFFDE errSecDskFull [system] The disk is full. \
                        (deprecated; use errSecDiskFull)";

/// Explains `input` from stdin and asserts exit 0, an empty stderr, and exactly `expected` out.
fn assert_explains(input: &str, expected: &str) {
    let run = secerr_with_stdin(["--explain"], input.as_bytes());
    assert_eq!(run.stderr, "", "stderr for {input:?}");
    assert_eq!(run.stdout, expected, "stdout for {input:?}");
    assert_eq!(run.code, 0, "exit status for {input:?}");
}

/// A file named `name` holding `bytes` in `dir`, a temporary folder of the test's own that is
/// removed when the test ends.
fn temp_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn every_recognized_form_is_noted() {
    for line in [
        "SecItemCopyMatching: OSStatus -25300",
        "SecItemCopyMatching failed with OSStatus error -25300",
        "delete: error -25300",
        "keychain status -25300",
        "keychain status: -25300",
        "keychain status=-25300",
        "Error Domain=NSOSStatusErrorDomain Code=-25300 \"(null)\"",
        "SecItemAdd err=-25300",
        "SecItemCopyMatching returned (-25300)",
        "The operation couldn't be completed. (OSStatus error -25300.)",
        "got 0xFFFF9D2C from securityd",
        "got 0xffff9d2c from securityd",
        "lookup failed: errSecItemNotFound",
    ] {
        assert_explains(&format!("{line}\n"), &format!("{line}\n{ITEM_NOT_FOUND}\n"));
    }
}

#[test]
fn several_codes_on_a_line_each_get_a_note_in_order() {
    assert_explains(
        "errSecParam, then status -25300 and errSecDskFull\nquiet\n",
        &format!(
            "errSecParam, then status -25300 and errSecDskFull\n{PARAM}\n{ITEM_NOT_FOUND}\n\
             {DSK_FULL}\nquiet\n"
        ),
    );
}

#[test]
fn noise_is_never_noted() {
    let log = "\
2024-05-01 10:22:33.456789-0700 0x1a2b3c Default 0x0 1234 0 securityd: [com.apple.securityd:keychain] v10.15.7 build 19H2
May  1 10:22:33 host securityd[1234]: port 50000 fd 25300 at 0x7ffee3b0a2c8 line 42 of 9806
May  1 10:22:34 host app[77]: status 25300, error -1234, Error 0, OSStatus -0, -25300 bare
May  1 10:22:35 host app[77]: (25300) (-25300 ) 0x00000000 0xFFFF9D2C1 value=-25300 errSecItemNotFoundX
";
    assert_explains(log, log);
}

#[test]
fn text_passes_through_byte_for_byte() {
    let input: &[u8] = b"caf\xC3\xA9 \xFF\xFE invalid\r\n\n\tstatus -25300\n0xFFFF9D2C no newline";
    let run = secerr_with_stdin(["--explain"], input);
    let mut expected = b"caf\xC3\xA9 \xFF\xFE invalid\r\n\n\tstatus -25300\n".to_vec();
    expected.extend_from_slice(ITEM_NOT_FOUND.as_bytes());
    expected.extend_from_slice(b"\n0xFFFF9D2C no newline\n");
    expected.extend_from_slice(ITEM_NOT_FOUND.as_bytes());
    expected.push(b'\n');
    assert_eq!(run.stdout_bytes, expected);
    assert_eq!((run.stderr.as_str(), run.code), ("", 0));
}

#[test]
fn a_last_line_without_newline_and_without_codes_stays_so() {
    assert_explains("a\nno newline", "a\nno newline");
}

#[test]
fn empty_input_prints_nothing() {
    assert_explains("", "");
}

#[test]
fn json_is_one_object_per_finding() {
    let run = secerr_with_stdin(
        ["--explain", "--json"],
        "plain\nété: status -25300 / errSecDskFull\n".as_bytes(),
    );
    assert_eq!((run.stderr.as_str(), run.code), ("", 0));
    let objects: Vec<Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(
        objects,
        [
            serde_json::json!({
                "file": "-",
                "line": 2,
                "column": 13,
                "match": "-25300",
                "recognized_by": "number",
                "ambiguous": false,
                "name": "errSecItemNotFound",
                "value": -25300,
                "hex": "0xFFFF9D2C",
                "category": "keychain",
                "doc": "The item cannot be found.",
                "message": "The specified item could not be found in the keychain.",
                "deprecated": false,
                "alias_of": null,
            }),
            serde_json::json!({
                "file": "-",
                "line": 2,
                "column": 22,
                "match": "errSecDskFull",
                "recognized_by": "name",
                "ambiguous": false,
                "name": "errSecDskFull",
                "value": -34,
                "hex": "0xFFFFFFDE",
                "category": "system",
                "doc": "The disk is full.",
                "message": "The disk is full.",
                "deprecated": true,
                "alias_of": "errSecDiskFull",
            }),
        ]
    );
}

#[test]
fn json_without_findings_prints_nothing() {
    let run = secerr_with_stdin(["--explain", "--json"], b"nothing here\n");
    assert_eq!(
        (run.stdout.as_str(), run.stderr.as_str(), run.code),
        ("", "", 0)
    );
}

#[test]
fn files_in_order_with_dash_for_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let first = temp_file(&dir, "first.log", b"one errSecParam\n");
    let second = temp_file(&dir, "second.log", b"two\n");
    let run = secerr_with_stdin(
        [first.as_os_str(), "-".as_ref(), second.as_os_str()],
        b"stdin (-25300)\n",
    );
    // Without --explain the paths are codes to look up: check --explain is what makes files.
    assert_eq!(run.code, 1);
    let run = secerr_with_stdin(
        [
            "--explain".as_ref(),
            first.as_os_str(),
            "-".as_ref(),
            second.as_os_str(),
        ],
        b"stdin (-25300)\n",
    );
    assert_eq!(
        run.stdout,
        format!("one errSecParam\n{PARAM}\nstdin (-25300)\n{ITEM_NOT_FOUND}\ntwo\n")
    );
    assert_eq!((run.stderr.as_str(), run.code), ("", 0));
}

#[test]
fn an_unreadable_file_is_reported_and_the_others_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let good = temp_file(&dir, "good.log", b"err=-25300\n");
    let missing = good.with_file_name("missing.log");
    let run = secerr(["--explain".as_ref(), missing.as_os_str(), good.as_os_str()]);
    assert_eq!(run.stdout, format!("err=-25300\n{ITEM_NOT_FOUND}\n"));
    assert_eq!(
        run.stderr,
        format!(
            "secerr: {}: No such file or directory (os error 2)\n",
            missing.display()
        )
    );
    assert_eq!(run.code, 1);
    // A directory opens but cannot be read.
    let dir = good.parent().unwrap();
    let run = secerr(["--explain".as_ref(), dir.as_os_str(), good.as_os_str()]);
    assert_eq!(run.stdout, format!("err=-25300\n{ITEM_NOT_FOUND}\n"));
    assert_eq!(
        run.stderr,
        format!("secerr: {}: Is a directory (os error 21)\n", dir.display())
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_long_line_without_newline_is_explained_in_pieces() {
    // 200 KiB in one line: read 64 KiB at a time, codes away from the cuts are still noted.
    let mut input = "status -25300 ".to_owned();
    input.push_str(&"a ".repeat(100 * 1024));
    input.push_str("errSecParam");
    let run = secerr_with_stdin(["--explain"], input.as_bytes());
    assert_eq!(run.stdout, format!("{input}\n{ITEM_NOT_FOUND}\n{PARAM}\n"));
    assert_eq!(run.code, 0);
}

#[test]
fn json_of_a_file_given_after_the_flags() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "app.log", b"x\n\ny err=-4\n");
    let run = secerr(["--explain".as_ref(), "--json".as_ref(), path.as_os_str()]);
    let object: Value = serde_json::from_str(run.stdout.trim_end()).unwrap();
    assert_eq!(object["file"], path.to_str().unwrap());
    assert_eq!((&object["line"], &object["column"]), (&3.into(), &7.into()));
    assert_eq!(
        (&object["match"], &object["name"]),
        (&"-4".into(), &"errSecUnimplemented".into())
    );
    assert_eq!(run.stdout.lines().count(), 1);
    assert_eq!((run.stderr.as_str(), run.code), ("", 0));
}

#[test]
fn messages_numbers_and_names_give_one_note_per_code_per_line() {
    assert_explains(
        "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\n\
         Error Domain=NSOSStatusErrorDomain Code=-25300 \"x\" (OSStatus error -25300.) errSecItemNotFound\n",
        &format!(
            "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\n\
             {ITEM_NOT_FOUND}\n\
             Error Domain=NSOSStatusErrorDomain Code=-25300 \"x\" (OSStatus error -25300.) errSecItemNotFound\n\
             {ITEM_NOT_FOUND}\n"
        ),
    );
}

#[test]
fn a_shared_message_is_noted_for_each_code_as_ambiguous() {
    let line = "open: a keychain database's internal information (\"blob\") is invalid\n";
    let run = secerr_with_stdin(["--explain"], line.as_bytes());
    let notes: Vec<&str> = run.lines().into_iter().skip(1).collect();
    assert_eq!(notes.len(), 2, "{}", run.stdout);
    for (note, name) in notes.iter().zip([
        "CSSMERR_APPLEDL_INVALID_DATABASE_BLOB",
        "CSSMERR_APPLEDL_INVALID_KEY_BLOB",
    ]) {
        assert!(note.contains(name), "{note}");
        assert!(
            note.ends_with(" (ambiguous: this message is the text of several codes)"),
            "{note}"
        );
    }
}

#[test]
fn json_says_how_each_code_was_recognized() {
    let run = secerr_with_stdin(
        ["--explain", "--json"],
        "errSecParam 0xFFFF9D2C status -34 code object is not signed at all\n".as_bytes(),
    );
    let how: Vec<(String, bool)> = run
        .stdout
        .lines()
        .map(|line| {
            let object: Value = serde_json::from_str(line).unwrap();
            (
                object["recognized_by"].as_str().unwrap().to_owned(),
                object["ambiguous"].as_bool().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("name", false),
        ("hex", false),
        ("number", false),
        ("message", false),
    ];
    assert_eq!(
        how,
        expected.map(|(how, ambiguous)| (how.to_owned(), ambiguous))
    );
}
