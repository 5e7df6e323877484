//! Where output goes: standard output with every error checked, standard error best effort.

use std::fmt;
use std::io::{self, BufWriter, Write};

/// The buffer in front of standard output; large, so that `--explain` writes in big blocks.
const BUFFER: usize = 64 * 1024;

/// Standard output, buffered; every write and the final flush report their errors.
pub type Stdout = BufWriter<io::StdoutLock<'static>>;

/// Opens standard output for checked writes; fails when standard output was closed.
///
/// A program started with descriptor 1 closed (`secerr -25300 >&-`) does not see it closed: the
/// Rust runtime opens `/dev/null` in its place before `main`, so every write would succeed and a
/// run whose output went nowhere would exit 0. On Linux that stand-in is recognized and refused
/// (see [`stdout_was_closed`]); elsewhere such a run still writes into `/dev/null`.
pub fn stdout() -> io::Result<Stdout> {
    if stdout_was_closed() {
        return Err(io::Error::other("standard output is closed"));
    }
    Ok(BufWriter::with_capacity(BUFFER, io::stdout().lock()))
}

/// Whether descriptor 1 is the runtime's stand-in for a closed descriptor: `/dev/null` opened
/// for reading and writing. A shell's `>/dev/null` opens it write-only, so it is not mistaken
/// for one (only the unusual `1<>/dev/null` would be).
#[cfg(target_os = "linux")]
fn stdout_was_closed() -> bool {
    /// `O_ACCMODE` and `O_RDWR` of Linux's `open(2)` flags.
    const ACCESS_MODE: u32 = 0o3;
    const READ_WRITE: u32 = 0o2;
    let is_null = std::fs::read_link("/proc/self/fd/1")
        .is_ok_and(|target| target == std::path::Path::new("/dev/null"));
    is_null
        && std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
            info.lines()
                .find_map(|line| line.strip_prefix("flags:"))
                .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
                .is_some_and(|flags| flags & ACCESS_MODE == READ_WRITE)
        })
}

/// Elsewhere the stand-in cannot be told from a `/dev/null` the user chose.
#[cfg(not(target_os = "linux"))]
fn stdout_was_closed() -> bool {
    false
}

/// Writes `secerr: MESSAGE` and a newline to standard error, ignoring failure: when standard
/// error is closed or a broken pipe there is nobody left to tell, and `eprintln!` would panic.
pub fn warn(message: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "secerr: {message}");
}

/// Whether a write error only means the reader went away (`secerr --list | head`): not a
/// failure worth a message.
#[must_use]
pub fn is_broken_pipe(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::BrokenPipe
}
