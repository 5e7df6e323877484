//! Running the `secerr` binary from the integration tests.

#![allow(dead_code)] // each test file uses a different part of this

use std::ffi::OsStr;
use std::io::Write;
use std::process::{Command, Stdio};

/// What one run of `secerr` did.
pub struct Run {
    /// The exit status.
    pub code: i32,
    /// Standard output, as UTF-8.
    pub stdout: String,
    /// Standard output, as bytes (for `--explain` of text that is not UTF-8).
    pub stdout_bytes: Vec<u8>,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Standard output's lines.
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// The binary Cargo built for this package.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_secerr")
}

/// Runs `secerr` with `args` and an empty standard input.
pub fn secerr<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(args: I) -> Run {
    secerr_with_stdin(args, b"")
}

/// Runs `secerr` with `args`, feeding `stdin` to its standard input.
pub fn secerr_with_stdin<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(args: I, stdin: &[u8]) -> Run {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("secerr runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    // Written from another thread: secerr may fill its stdout pipe before it reads all input.
    let writer = std::thread::spawn(move || {
        // secerr may exit without reading everything; a broken pipe here is no failure.
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("secerr finishes");
    writer.join().expect("the stdin writer does not panic");
    Run {
        code: output.status.code().expect("secerr exits, not killed"),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stdout_bytes: output.stdout,
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}
