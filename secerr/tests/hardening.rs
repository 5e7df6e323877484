//! `secerr` with its output closed, full or a broken pipe, and with absurd input: exact exit
//! status, and never a panic.

#![cfg(unix)]

mod common;

use std::process::{Command, Output, Stdio};

use common::{binary, secerr};

/// Runs `secerr ARGS` through `sh` with the redirections `redirect` (e.g. `>&- 2>&-`), capturing
/// whatever of stdout and stderr is left open.
fn with_redirect(args: &str, redirect: &str) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("exec \"$0\" {args} {redirect}"))
        .arg(binary())
        .stdin(Stdio::null())
        .output()
        .expect("sh runs")
}

/// A pipe whose reading end is already closed: every write to it fails with `EPIPE`.
fn broken_pipe() -> Stdio {
    // The pipe to the stdin of a child that has exited (`io::pipe` needs Rust 1.87).
    let mut child = Command::new("true")
        .stdin(Stdio::piped())
        .spawn()
        .expect("true runs");
    let writer = child.stdin.take().expect("a pipe");
    child.wait().expect("true exits");
    Stdio::from(writer)
}

/// Runs `secerr ARGS` with stdout, stderr or both a broken pipe; the others are captured.
fn with_broken(args: &[&str], stdout: bool, stderr: bool) -> Output {
    let pick = |broken| {
        if broken {
            broken_pipe()
        } else {
            Stdio::piped()
        }
    };
    Command::new(binary())
        .args(args)
        .stdin(Stdio::null())
        .stdout(pick(stdout))
        .stderr(pick(stderr))
        .output()
        .expect("secerr runs")
}

/// Many names that are not codes: each is a line on stderr.
fn many_unknown() -> Vec<String> {
    (0..50).map(|i| format!("errSecNoSuchCode{i}")).collect()
}

#[test]
fn closed_stdout_is_an_error() {
    let output = with_redirect("-25300", ">&-");
    assert_eq!(output.stdout, b"");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "secerr: cannot write the output: standard output is closed\n"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn stdout_to_dev_null_is_fine() {
    let output = with_redirect("-25300", ">/dev/null");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn full_stdout_is_an_error() {
    let output = with_redirect("--list", ">/dev/full");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "secerr: cannot write the output: No space left on device (os error 28)\n"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn closed_stdout_and_stderr_exit_one_without_panicking() {
    // Nothing can be seen; the status says what happened (101 would be a panic).
    assert_eq!(with_redirect("-25300", ">&- 2>&-").status.code(), Some(1));
    assert_eq!(
        with_redirect("--explain", ">&- 2>&-").status.code(),
        Some(1)
    );
    let args = many_unknown().join(" ");
    assert_eq!(with_redirect(&args, "2>&-").status.code(), Some(1));
    let output = with_redirect("--search 'no such phrase'", "2>&-");
    assert_eq!(output.stdout, b"");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn broken_stderr_does_not_panic() {
    let mut args: Vec<String> = vec!["-25300".into()];
    args.extend(many_unknown());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = with_broken(&args, false, true);
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("0xFFFF9D2C -25300 "));
    assert_eq!(output.status.code(), Some(1));

    let output = with_broken(&["--search", "no such phrase"], false, true);
    assert_eq!(output.stdout, b"");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn broken_stdout_is_quiet_and_keeps_the_status() {
    for (args, status) in [
        (&["--list"][..], 0),
        (&["--list", "--json"][..], 0),
        (&["-25300", "nope"][..], 1),
    ] {
        let output = with_broken(args, true, false);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("cannot write"), "{args:?}: {stderr}");
        assert_eq!(output.status.code(), Some(status), "{args:?}");
    }
}

#[test]
fn broken_stdout_and_stderr_keep_the_status() {
    assert_eq!(with_broken(&["--list"], true, true).status.code(), Some(0));
    assert_eq!(with_broken(&["nope"], true, true).status.code(), Some(1));
}

#[test]
fn list_into_head_prints_no_error() {
    let output = with_redirect("--list", "| head -n 1");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "0x00000000 0 errSecSuccess [system] No error.\n"
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn a_huge_unknown_argument_gets_no_suggestions() {
    // 100 kB that starts like a real name: suggestions are not even computed for it.
    let arg = format!("errSecItemNotFound{}", "x".repeat(100_000));
    let run = secerr([&arg]);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        format!("secerr: {arg:?} is not a known Security framework result code\n")
    );
    assert_eq!(run.code, 1);
}

#[test]
fn explain_into_head_stops_quietly() {
    // Far more than a pipe holds, so secerr is still writing when head goes away.
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("big.log");
    std::fs::write(&log, "status -25300 and more text\n".repeat(100_000)).unwrap();
    let output = with_redirect(&format!("--explain '{}'", log.display()), "| head -n 2");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "status -25300 and more text\n    ^ -25300 0xFFFF9D2C errSecItemNotFound [keychain] \
         The specified item could not be found in the keychain.\n"
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

/// 300 kB of pseudo-random bytes (xorshift, fixed seed): about 7,000 words that name no code.
fn random_bytes() -> Vec<u8> {
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    (0..300_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect()
}

#[test]
fn random_bytes_on_stdin_finish_with_a_count() {
    use std::io::Write;
    use std::time::{Duration, Instant};

    // A hang guard, not a benchmark: it took minutes in a debug build when every unknown word
    // got its own "did you mean" search. BENCHMARKS.md has the time.
    const GUARD: Duration = Duration::from_secs(120);
    let mut child = Command::new(binary())
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("secerr runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || stdin.write_all(&random_bytes()));
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut text).map(|_| text)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("secerr can be waited for") {
            break status;
        }
        if started.elapsed() > GUARD {
            let _ = child.kill();
            panic!("secerr - did not finish within {GUARD:?} on 300 kB of random bytes");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    writer
        .join()
        .expect("the writer does not panic")
        .expect("stdin takes the bytes");
    let stderr = reader
        .join()
        .expect("the reader does not panic")
        .expect("stderr is read");
    assert_eq!(status.code(), Some(1));
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 21, "{stderr}");
    let last = lines.last().copied().unwrap_or_default();
    assert!(
        last.starts_with("secerr: … and ")
            && last.ends_with(" more that name no Security framework result code"),
        "{last}"
    );
}
