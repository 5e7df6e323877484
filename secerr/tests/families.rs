//! Tests that need the catalogue's new families (errSSL*, errSecCS*, errAuthorization*,
//! errSession*, errSecureDownload*, CSSMERR_*: 1,097 names in 26 categories).

mod common;

use common::{secerr, secerr_with_stdin};
use serde_json::Value;

const CLOSED_ABORT: &str =
    "0xFFFFD9B2 -9806 errSSLClosedAbort [secure_transport] connection closed via error";
const UNSIGNED: &str =
    "0xFFFEFA0A -67062 errSecCSUnsigned [code_signing_services] code object is not signed at all";
// The message of most CSSMERR_* codes is their name: shown once.
const NOT_TRUSTED: &str = "0x8001212A -2147409622 CSSMERR_TP_NOT_TRUSTED [cssm]";
const CANCELED: &str = "0xFFFF159A -60006 errAuthorizationCanceled [authorization] \
                        The authorization was canceled by the user.";
const INTERNAL: &str = "0xFFFF1598 -60008 errAuthorizationInternal [authorization] \
                        Unable to obtain authorization for this operation.";

/// Asserts a run exited 0 with nothing on stderr and printed exactly `lines`.
fn assert_prints(args: &[&str], lines: &[&str]) {
    let run = secerr(args);
    assert_eq!(run.stderr, "", "stderr of {args:?}");
    assert_eq!(run.lines(), lines, "stdout of {args:?}");
    assert_eq!(run.code, 0, "exit status of {args:?}");
}

#[test]
fn lookups_of_the_new_families() {
    assert_prints(
        &["-9806", "-67062", "-2147409622", "-60006", "-60008"],
        &[CLOSED_ABORT, UNSIGNED, NOT_TRUSTED, CANCELED, INTERNAL],
    );
    assert_prints(&["0x8001212A"], &[NOT_TRUSTED]);
    assert_prints(
        &["errSSLClosedAbort", "errsslclosedabort"],
        &[CLOSED_ABORT, CLOSED_ABORT],
    );
    assert_prints(
        &["CSSMERR_TP_NOT_TRUSTED", "cssmerr_tp_not_trusted"],
        &[NOT_TRUSTED, NOT_TRUSTED],
    );
    assert_prints(&["errSecCSUnsigned", "CSUnsigned"], &[UNSIGNED, UNSIGNED]);
}

#[test]
fn an_alias_across_families() {
    // -60008 is errAuthorizationInternal; errSessionInternal shares it as an alias.
    assert_prints(
        &["errSessionInternal"],
        &[
            "0xFFFF1598 -60008 errSessionInternal [session] internal error \
           (alias of errAuthorizationInternal)",
        ],
    );
}

#[test]
fn security_format_of_the_new_families() {
    assert_prints(
        &["--format", "security", "-2147409622", "-9806"],
        &[
            "Error: 0x8001212A -2147409622 CSSMERR_TP_NOT_TRUSTED",
            "Error: 0xFFFFD9B2 -9806 connection closed via error",
        ],
    );
}

#[test]
fn explain_notes_the_new_families() {
    let log = "\
CFNetwork SSLHandshake failed (-9806)
The operation couldn't be completed. (OSStatus error -67062.)
trust result CSSMERR_TP_NOT_TRUSTED
AuthorizationCopyRights: errAuthorizationCanceled
AuthorizationCreate status=-60008
";
    let run = secerr_with_stdin(["--explain"], log.as_bytes());
    let note = |line: &str| {
        format!("    ^ {}", {
            // A note is the lookup line with value and hex swapped.
            let mut words = line.splitn(3, ' ');
            let (hex, value, rest) = (
                words.next().unwrap(),
                words.next().unwrap(),
                words.next().unwrap(),
            );
            format!("{value} {hex} {rest}")
        })
    };
    let expected: String = log
        .lines()
        .zip([CLOSED_ABORT, UNSIGNED, NOT_TRUSTED, CANCELED, INTERNAL])
        .map(|(line, code)| format!("{line}\n{}\n", note(code)))
        .collect();
    assert_eq!(run.stdout, expected);
    assert_eq!((run.stderr.as_str(), run.code), ("", 0));
}

#[test]
fn list_has_every_name() {
    let run = secerr(["--list"]);
    assert_eq!(run.lines().len(), 1097);
    let array: Vec<Value> = serde_json::from_str(&secerr(["--list", "--json"]).stdout).unwrap();
    assert_eq!(array.len(), 1097);
}

#[test]
fn an_unknown_category_lists_all_26_keys() {
    let run = secerr(["--category", "nope"]);
    assert!(
        run.stderr.contains("unknown category \"nope\""),
        "{}",
        run.stderr
    );
    // One line per key, in catalogue order, with its count and title.
    let keys: Vec<&str> = run
        .stderr
        .lines()
        .skip_while(|line| !line.starts_with("the categories"))
        .skip(1)
        .take_while(|line| !line.is_empty())
        .filter_map(|line| line.split(' ').next())
        .collect();
    assert_eq!(
        keys,
        [
            "system",
            "internal_error",
            "keychain",
            "certificate",
            "acl",
            "crl",
            "smime",
            "ocsp",
            "code_signing",
            "mobile_me",
            "cryptographic_key",
            "invalid_attribute",
            "missing_attribute",
            "timestamp",
            "invalid_parameter",
            "unsupported_input",
            "apple_specific",
            "module_manager",
            "other",
            "secure_transport",
            "code_signing_services",
            "authorization",
            "session",
            "secure_download",
            "cssm",
            "cssm_apple"
        ],
        "{}",
        run.stderr
    );
    assert_eq!(run.code, 2);
    let run = secerr(["--category", "secure-transport"]);
    assert!(run.lines().contains(&CLOSED_ABORT));
}
